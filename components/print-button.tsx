'use client';

// "Print / save as PDF": the browser's print dialog, where "Save as PDF" is one of the printers.
// What prints is decided by the page's print stylesheet. A React handler, not an inline one, so
// a strict Content-Security-Policy allows it.
export function PrintButton({ label = 'Print / save as PDF', className = 'button button--small' }: { label?: string; className?: string }) {
  return (
    <button type="button" className={className} onClick={() => window.print()} data-print-button="">
      {label}
    </button>
  );
}
