// The link the teacher shares: the selection only (never marks or answers), as text to copy and
// as a QR code for phones in the room.
import { requestOrigin } from '@/lib/http/origin';
import { qrDrawing } from '@/lib/shape/qr';
import { CopyButton } from './copy-button';

export async function ShareLink({ path, code }: { path: string; code: string }) {
  const url = `${await requestOrigin()}${path}`;
  const qr = qrDrawing(url);
  const quiet = 4;
  const side = qr.size + 2 * quiet;
  return (
    <section className="blind-share" aria-labelledby="blind-share-title">
      <div className="blind-share__text">
        <h2 id="blind-share-title">Share with the class</h2>
        <p className="small">
          Everyone who opens this link sees the same passages in the same order (set <strong>{code}</strong>). Marks stay on each
          reader&apos;s own screen and in their own address bar.
        </p>
        <div className="blind-share__row">
          <label htmlFor="blind-share-url" className="visually-hidden">
            Link to this set
          </label>
          <input id="blind-share-url" type="text" readOnly value={url} className="blind-share__url" />
          <CopyButton text={url} />
        </div>
      </div>
      <svg className="blind-share__qr" viewBox={`${-quiet} ${-quiet} ${side} ${side}`} role="img" aria-label="QR code of the link to this set" shapeRendering="crispEdges">
        <rect x={-quiet} y={-quiet} width={side} height={side} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
    </section>
  );
}
