/**
 * CSV for the NGO export. RFC 4180 quoting (commas, quotes, line breaks), CRLF rows, a UTF-8 BOM so
 * spreadsheet apps read Thai, Arabic or Hindi correctly, and formula-injection protection: a cell
 * that starts with = + - @ or a tab/carriage return is prefixed with ' so a spreadsheet shows it as
 * text instead of running it (OWASP "CSV Injection"). Sender names and sites come from web pages, so
 * they are attacker-controlled.
 */

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Numbers we write ourselves are safe; a negative number would otherwise be caught by the guard.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
