/**
 * Neutralises spreadsheet formulas (OWASP "CSV Injection"): a cell that starts with = + - @, a tab or a carriage
 * return is read as a formula by Excel, LibreOffice and Google Sheets, so it gets a leading apostrophe, which
 * those programs show as text. Applied to every text cell, since names, titles and URLs are all user input.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A timestamp as CSV carries it: ISO 8601 UTC, which spreadsheets and scripts parse alike; empty when absent. */
export function csvDate(date: Date | null | undefined): string {
  return date ? date.toISOString() : "";
}
