// CSV for spreadsheets: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
// (starting with =, +, -, @, tab or CR) neutralised with a leading apostrophe. Text that already
// starts with an apostrophe before one of those (or before another apostrophe) gets one more, so
// the added mark can always be told from the text ("'@" and "@" stay two values). Shared and pure.

const NEEDS_MARK = /^(?:[=+\-@\t\r]|'[=+\-@\t\r'])/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && NEEDS_MARK.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
