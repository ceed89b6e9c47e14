/**
 * Holidays that news stories date things by ("since Christmas", "on Thanksgiving Day", "before
 * Easter", "by Pentecost"), with the day each falls on in a given year: fixed days of the calendar, Easter
 * by the Gregorian computus and the Western church's feasts counted from it (Ash Wednesday, Palm
 * Sunday, Pentecost), Advent Sunday, and the American holidays set by a weekday of their month. Holidays whose day
 * differs by country ("Labour Day", "Independence Day") or follows another calendar (Eid, Diwali)
 * are left out.
 */

/** The holiday names this module knows, as a regular expression source (without the year or a preposition). */
export const HOLIDAY = String.raw`(?:Christmas\s+Eve|Christmas\s+Day|Christmas|Boxing\s+Day|St\.?\s+Stephen['’]s\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Hogmanay|Good\s+Friday|Easter\s+(?:Sunday|Monday)|Easter|Palm\s+Sunday|Ash\s+Wednesday|Shrove\s+Tuesday|Maundy\s+Thursday|Holy\s+(?:Thursday|Saturday)|Pentecost(?:\s+Sunday)?|Whit\s+(?:Sunday|Monday)|Ascension\s+Day|Trinity\s+Sunday|Epiphany|All\s+Saints['’]\s+Day|Advent\s+Sunday|first\s+Sunday\s+of\s+Advent|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Halloween|Valentine['’]s\s+Day|St\.?\s+Patrick['’]s\s+Day|Black\s+Friday|Cyber\s+Monday)`;

/** The day of Easter Sunday in `year` (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): Date {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return new Date(year, month - 1, day);
}

/** The `nth` (1-based; -1 the last) `weekday` (0 Sunday) of month `monthIndex` in `year`. */
function nthWeekday(year: number, monthIndex: number, weekday: number, nth: number): Date {
	if (nth < 0) {
		const last = new Date(year, monthIndex + 1, 0);
		return new Date(year, monthIndex, last.getDate() - ((last.getDay() - weekday + 7) % 7));
	}
	const first = new Date(year, monthIndex, 1);
	return new Date(year, monthIndex, 1 + ((weekday - first.getDay() + 7) % 7) + 7 * (nth - 1));
}

/** The feasts counted from Easter Sunday, by their days before (negative) or after it. */
const DAYS_FROM_EASTER: Readonly<Record<string, number>> = {
	'ash wednesday': -46,
	'shrove tuesday': -47,
	'palm sunday': -7,
	'maundy thursday': -3,
	'holy thursday': -3,
	'good friday': -2,
	'holy saturday': -1,
	easter: 0,
	'easter sunday': 0,
	'easter monday': 1,
	'ascension day': 39,
	pentecost: 49,
	'pentecost sunday': 49,
	'whit sunday': 49,
	'whit monday': 50,
	'trinity sunday': 56,
};

/** The day holiday `name` (as written, any case and spacing) falls on in `year`, or undefined for a name this module does not know. */
export function holidayDate(name: string, year: number): Date | undefined {
	const key = name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/^st\. /, 'st ');
	const offset = DAYS_FROM_EASTER[key];
	if (offset !== undefined) {
		const easter = easterSunday(year);
		return new Date(year, easter.getMonth(), easter.getDate() + offset);
	}
	switch (key) {
		case 'christmas':
		case 'christmas day':
			return new Date(year, 11, 25);
		case 'christmas eve':
			return new Date(year, 11, 24);
		case 'boxing day':
		case "st stephen's day":
			return new Date(year, 11, 26);
		case "new year's day":
			return new Date(year, 0, 1);
		case "new year's eve":
		case 'hogmanay':
			return new Date(year, 11, 31);
		case 'epiphany':
			return new Date(year, 0, 6);
		case "all saints' day":
			return new Date(year, 10, 1);
		// (the fourth Sunday before Christmas: the Sunday from 27 November to 3 December)
		case 'advent sunday':
		case 'first sunday of advent':
			return new Date(year, 10, 27 + ((7 - new Date(year, 10, 27).getDay()) % 7));
		case 'thanksgiving':
		case 'thanksgiving day':
			return nthWeekday(year, 10, 4, 4);
		case 'black friday':
			return new Date(year, 10, nthWeekday(year, 10, 4, 4).getDate() + 1);
		case 'cyber monday':
			return new Date(year, 10, nthWeekday(year, 10, 4, 4).getDate() + 4);
		case 'labor day':
			return nthWeekday(year, 8, 1, 1);
		case 'memorial day':
			return nthWeekday(year, 4, 1, -1);
		case 'halloween':
			return new Date(year, 9, 31);
		case "valentine's day":
			return new Date(year, 1, 14);
		case "st patrick's day":
			return new Date(year, 2, 17);
		default:
			return undefined;
	}
}
