const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function monthNumber(name: string): number {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? 0 : index + 1;
}

/**
 * Normalises a publication date to ISO 8601: a date-time with its offset when the source gives one, else the date
 * alone ("2025-11-26"). A time without a zone is dropped rather than guessed, so the result never depends on the
 * server's time zone. English month names are understood ("Nov. 26, 2025", "26 November 2025"); anything else is null.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const text = (value ?? "").trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date || iso[4] === undefined || iso[8] === undefined) return date;
    const zone = iso[8].toUpperCase() === "Z" ? "Z" : iso[8].replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2");
    return `${date}T${iso[4]}:${iso[5]}:${iso[6] ?? "00"}${iso[7] ?? ""}${zone}`;
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst && monthNumber(monthFirst[1])) {
    return validDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst && monthNumber(dayFirst[2])) {
    return validDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  }
  return null;
}
