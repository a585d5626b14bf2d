// Spreadsheet formula injection ("CSV injection"), neutralised as OWASP recommends: a text cell
// that begins with = + - @, a tab (0x09) or a carriage return (0x0D) is a formula (or becomes
// one when a user edits the cell) in Excel, LibreOffice and Google Sheets, so it gets a leading
// apostrophe and is read as text. Article titles, quoted sentences and filter values all come
// from outside (imported files, the address bar), so every string written to a CSV or XLSX cell
// goes through here. Numbers and booleans are never touched: -3 stays the number -3.
//
// JSON, JSON Lines and the API keep the exact text: they are not spreadsheet formats, and a
// program reading them must see what was stored.
// https://owasp.org/www-community/attacks/CSV_Injection

/** First characters that make a spreadsheet treat a cell as a formula. */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

export function isFormulaLike(text: string): boolean {
  return text.length > 0 && (FORMULA_TRIGGERS as readonly string[]).includes(text[0]!);
}

/** The text a spreadsheet will show as text: `'` prepended when it would start a formula. */
export function neutralizeText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

export type CellValue = string | number | boolean | null | undefined;

/** A cell for CSV or XLSX: strings neutralised, numbers, booleans and nulls as they are. */
export function neutralizeCell<T extends CellValue>(value: T): T {
  return (typeof value === 'string' ? neutralizeText(value) : value) as T;
}
