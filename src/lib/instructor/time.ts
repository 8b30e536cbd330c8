/**
 * Dates and times that arrive from outside (links, files, pasted codes):
 * checked for being real calendar dates, not only well-formed strings, so an
 * edited package cannot carry 2026-02-31 or an offset like `+08` into the
 * class table, the CSV or xAPI.
 */
import * as v from 'valibot';

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDay(y: number, m: number, d: number): boolean {
	if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
	return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isCalendarDate(text: string): boolean {
	const m = DATE.exec(text);
	return !!m && realDay(+m[1], +m[2], +m[3]);
}

/** ISO 8601 date and time with seconds and a zone (`Z` or `±hh:mm`), naming a moment that exists. */
export function isRealTimestamp(text: string): boolean {
	const m = TIMESTAMP.exec(text);
	if (!m || !realDay(+m[1], +m[2], +m[3])) return false;
	if (+m[4] > 23 || +m[5] > 59 || +m[6] > 59) return false;
	if (m[7] && (+m[8] > 14 || +m[9] > 59)) return false;
	return Number.isFinite(Date.parse(text));
}

export const timestampSchema = v.pipe(
	v.string(),
	v.maxLength(40),
	v.check(isRealTimestamp, 'not a real date and time (expected e.g. 2026-11-22T08:30:00.000Z)')
);

export const calendarDateSchema = v.pipe(v.string(), v.check(isCalendarDate, 'not a real calendar date (expected YYYY-MM-DD)'));

/** The last moment of `day` (YYYY-MM-DD) anywhere on Earth: a due date is kept if it was still that day somewhere. */
export function endOfDayEverywhere(day: string): number {
	return Date.parse(`${day}T23:59:59.999-12:00`);
}
