import { at } from '../lists.js';
// Dates as pages give them, in ISO 8601 as linked data needs them. Pages write their
// dates many ways (meta tags are free text); these are the ways seen on news pages:
//
//   2019-04-28T06:01:07Z, 2019-04-28T06:01:07+02:00   ISO 8601 already: kept as written
//   2019-04-28 06:01:07, 2019/04/28                    ISO with a space or slashes
//   Sun, 28 Apr 2019 06:01:07 GMT                      RFC 2822 (feeds, HTTP): an instant, in UTC
//   April 28, 2019; 28 April 2019; Apr. 28 2019        a day, written out
//
// Anything else is no date: undefined, for the caller to drop with a note rather than
// pass on what no reader of the linked data could parse. Pure.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const RFC_2822 = /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC|UT|[+-]\d{4}|[A-Z]{3})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** A day as YYYY-MM-DD, if it is one on the calendar. */
function day(year: number, month: number, date: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, date));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === date ? `${year}-${pad(month)}-${pad(date)}` : undefined;
}

function monthNumber(name: string): number | undefined {
  // The name is a month's, whole or cut short to three letters or more ("Sept"); "Mayor 5, 2019" is not a date.
  const cut = name.toLowerCase();
  const k = cut.length >= 3 ? MONTHS.findIndex((month) => month.startsWith(cut)) : -1;
  return k >= 0 ? k + 1 : undefined;
}

/** A date or date-time of a page in ISO 8601 ("2019-04-28 06:01:07" → "2019-04-28T06:01:07"), or undefined when it is none of the forms above. */
export function isoDate(text: string): string | undefined {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, m, d, hh, mm, ss, fraction, zone] = iso;
    const date = day(Number(y), Number(m), Number(d));
    if (date === undefined) return undefined;
    if (hh === undefined) return date;
    if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return undefined;
    const offset = zone === undefined || zone === 'Z' ? (zone ?? '') : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${date}T${hh}:${mm}${ss === undefined ? '' : `:${ss}${fraction ?? ''}`}${offset}`;
  }
  const slashed = SLASHED.exec(value);
  if (slashed) return day(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  if (RFC_2822.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy) {
    const month = monthNumber(at(mdy, 1));
    return month === undefined ? undefined : day(Number(mdy[3]), month, Number(mdy[2]));
  }
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) {
    const month = monthNumber(at(dmy, 2));
    return month === undefined ? undefined : day(Number(dmy[3]), month, Number(dmy[1]));
  }
  return undefined;
}
