/**
 * Dates: every temporal expression of the article, resolved against the publication date to a
 * TimeML value. Bare weekdays and months follow the tense of their clause; "that year", "the
 * following day", "two days later" follow the date last mentioned; "tomorrow" in a quote follows
 * the day the words were said. Calendar arithmetic uses date-fns on local calendar dates, so the
 * machine's time zone never shifts a value.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { getISOWeeksInYear } from 'date-fns/getISOWeeksInYear';
import { getQuarter } from 'date-fns/getQuarter';
import { nextDay } from 'date-fns/nextDay';
import { previousDay } from 'date-fns/previousDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { HOLIDAY, holidayDate } from './holidays.ts';
import { DAY_PART_WORDS, FUNCTION_WORDS, MONTHS, NUMBER_WORDS, PERSON_NOUNS, ROLE_NOUNS, SUPERLATIVES, WEEKDAYS } from './lexicon.ts';
import type { Granularity } from './schema.ts';
import { isSouthernCountry, lookupPlace } from './places.ts';
import { futureInPast, tenseAround, tenseBefore, type Tense } from './tense.ts';
import { lowerBound, sentenceAt, type TextBlock, type TextDocument } from './text/document.ts';
import type { Token } from './text/tokens.ts';

/** A resolved temporal expression (offsets in its block's text). */
export interface DateDraft {
	block: number;
	start: number;
	end: number;
	value: string | null;
	granularity: Granularity;
	anchor: 'absolute' | 'publication' | 'previous' | 'speech';
	anchorDate: string | null;
	tense: Tense | null;
	explanation: string;
	inQuote: boolean;
}

/** Where direct quotes are, so dates inside them are marked and anchored to the words' own day. */
export interface QuoteRegion {
	block: number;
	start: number;
	end: number;
}

/** A calendar position with its precision, the reference for anaphoric expressions. */
/** A quarter or half of a year ("Q3", "H1"), or its first months ("01/09"), that a story of results reports on. */
interface ReportedPeriod {
	year: number;
	part: string;
}

/** The TimeML value of a reported period in `year`: "2023-Q3", or "2023-01/2023-09" for the first nine months. */
function periodIn(period: ReportedPeriod, year: number): string {
	const [first, last] = period.part.split('/');
	return last ? `${year}-${first}/${year}-${last}` : `${year}-${period.part}`;
}

interface Point {
	date: Date;
	granularity: 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade';
}

type Resolver = (match: RegExpExecArray, context: ResolveContext) => Omit<DateDraft, 'block' | 'start' | 'end' | 'inQuote'> | undefined;

interface ResolveContext {
	publication: Date;
	/** The day the surrounding words were said: the publication date unless the text says otherwise. */
	speech: Date;
	previous: Point | undefined;
	/** The decade mentioned last ("the 1980s"), for "the following decade"; finer references keep to `previous`. */
	decade: Point | undefined;
	/** The day mentioned last, for a clock time with no day of its own ("Tuesday night … The vote came at 11:52 p.m."). */
	lastDay: Date | undefined;
	/** The clock time written with `lastDay`, in minutes after midnight, if it had one ("at 9:30 p.m. on Friday"). */
	lastClock: number | undefined;
	/** Whether `lastDay` was written in the same sentence. */
	lastDayInSentence: boolean;
	/** Whether `previous` was written in this paragraph or the one before. */
	previousNearby: boolean;
	/** Whether `previous` is a year naming a thing ("the 2016 peace deal"), no point in the story's time line for "the next day". */
	previousNames: boolean;
	/** Whether `previous` was counted from another date ("a year earlier"), not named. */
	previousCounted: boolean;
	/** The text from the start of `previous` to this expression, when both are in its sentence (else empty). */
	sincePrevious: () => string;
	/** Whether the date mentioned last is in the same sentence. */
	previousInSentence: boolean;
	/** Whether `previous` was written in the same sentence (a duration or range after it leaves it `previous`). */
	previousPointInSentence: boolean;
	tense: () => Tense;
	/** The tense of the words before the expression alone, if they give one. */
	tenseBefore: () => Tense | undefined;
	/** Whether the expression is in a future seen from the past ("announced … that it would raise prices from October 1"). */
	futureInPast: () => boolean;
	/** Each weekday the story has already put on a day, by its number (0 Sunday): a story's "Sunday" is one day throughout. */
	weekdays: Map<number, Date>;
	/** The latest quarter or half-year the story has named that had ended by the publication date: the period its results are for. */
	reportedPeriod: ReportedPeriod | undefined;
	/** The text of the sentence before the expression. */
	textBefore: () => string;
	/** How the story's sport counts its seasons, if the story is about one. */
	sportSeasons: SportSeasons;
	/** Whether the story's seasons are the southern hemisphere's (the country it names most lies south of the tropics' heart). */
	southern: boolean;
	/** The month (0 January) the financial year of the story's country begins, when that country keeps one by law or custom. */
	fiscalStart: number | undefined;
	/** Whether the story speaks of financial or fiscal years at all, so that "2024-25" may be one. */
	fiscalYears: boolean;
	/** Whether the story counts weeks as epidemiologists do ("epidemiological week 14"), so that "week 13" is one. */
	epidemiologicalWeeks: boolean;
}

/** How a sport counts its seasons: across two years (football, basketball: "2023/2024") or as calendar years (cycling, tennis). */
type SportSeasons = 'split' | 'calendar' | undefined;

/** Words that make a story one about sport, in which "this season" is a sporting season. */
const SPORT_WORDS = /\b(?:league|coach|goals|scored|striker|midfielder|defender|goalkeeper|playoffs?|tournament|championship|fixtures?|quarterback|innings|pitcher|peloton|stage races?|tennis|cycling|football|basketball|baseball|hockey|rugby|cricket|volleyball|golf|squad|transfer window|relegat\w+|touchdowns?|matches)\b/gi;
/** Sports whose season is a calendar year, or is named by the year it starts in (American football), and a season written as one year ("the 2023 season"). */
const CALENDAR_SPORTS = /\b(?:tennis|cycling|cyclists?|peloton|stage races?|golf|grand slam|marathon|athletics|formula one|grand prix|baseball|pitchers?|innings|quarterbacks?|touchdowns?|(?:1[89]|20)\d\d season)\b/i;

/** The country a story names most, by name, capital or people (or a U.S. state's), if any. */
function mainCountry(doc: TextDocument): string | undefined {
	const counts = new Map<string, number>();
	for (const block of doc.blocks) {
		for (const token of block.tokens) {
			if (!token.capitalised || token.kind !== 'word') continue;
			const place = lookupPlace(token.base);
			// (countries, their capitals and peoples, and U.S. states: a city's name alone is too often another word, "Springs")
			if (!place?.country || place.kind === 'continent' || place.kind === 'city') continue;
			// (nor a word of a person's name: "Santiago Morales", "Ana Lima", "Grace Wellington")
			const k = block.tokens.indexOf(token);
			const name = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.capitalised && !lookupPlace(t.base);
			const before = block.tokens[k - 1];
			const after = block.tokens[k + 1];
			if (place.kind === 'capital' && ((name(before) && before?.end === token.start - 1) || (name(after) && after?.start === token.end + 1))) continue;
			counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
		}
	}
	let best: string | undefined;
	for (const [code, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = code;
	// (one mention is no setting: "said Mira Holt, an Australian hydrologist" in a story elsewhere)
	return best !== undefined && (counts.get(best) ?? 0) >= 2 ? best : undefined;
}

/**
 * The month (0 January) a country's public financial year begins, where its press says "the financial year" of it:
 * July in Australia, New Zealand and much of East Africa and South Asia, April in Britain, Canada, India, Japan and
 * South Africa. (The United States' federal year starts in October, but its companies' years vary: not listed.)
 */
const FISCAL_YEAR_STARTS: Readonly<Record<string, number>> = { AU: 6, NZ: 6, KE: 6, UG: 6, TZ: 6, PK: 6, BD: 6, EG: 6, GB: 3, CA: 3, IN: 3, JP: 3, ZA: 3, HK: 3, SG: 3, IE: 0, NG: 0 };

/** How the story whose text is `text` counts sporting seasons: undefined when it is about no sport. */
function sportSeasonsOf(text: string): SportSeasons {
	// (two different words of sport: "goals" and "league" alone may be a party's and mayors')
	const words = new Set([...text.matchAll(SPORT_WORDS)].map((match) => match[0].toLowerCase()));
	if (words.size < 2) return undefined;
	return CALENDAR_SPORTS.test(text) ? 'calendar' : 'split';
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
/** A number as an ordinal in figures: 1 → "1st", 12 → "12th", 22 → "22nd". */
function withOrdinalSuffix(n: number): string {
	const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
	return `${n}${suffix}`;
}

/** Ordinals in words, first to twentieth, for centuries ("the ninth century"). */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const CENTURY_ORDINALS = ORDINAL_WORDS.join('|');
/** Words before a length of time that make it one, whatever follows: "closed for a week after the shooting", "over three days before returning". */
const LENGTH_BEFORE = String.raw`(?:\b(?<!\b(?:scheduled|set|planned|fixed|slated|due|moved|rescheduled|called|pencilled\s+in)\s+)for|(?<!\b(?:just|little|slightly|took|take|takes|taking|handed|hand|hands)\s+)\bover|\bwithin|\bduring|\blasting|\bspent)(?:\s+(?:about|around|nearly|almost|more\s+than|less\s+than))?`;
const NUM = String.raw`(?:(?<!\d[,.])\d+(?![,.]\d)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|a hundred|a thousand|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|several|a few)`;
/** Words (`on|since`) that also match with a capital, as the first word of a sentence does ("In March 2022"). */
const anyCase = (words: string) => words.split('|').map((word) => `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`).join('|');
/** The time zone after a clock time: "local time", "Eastern time", "GMT". */
const TIME_ZONE = String.raw`(?:(?:[Ll]ocal|Eastern|Central|Mountain|Pacific|Atlantic)\s+time|GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|WAT|CAT|EAT|SAST|IST|PKT|SGT|HKT|JST|KST|AEST|AEDT|AWST|NZST|NZDT)`;
const PREP = String.raw`(?:(?:${anyCase('on|since|from|until|till|by|in|during|before|after|through|as of|starting|beginning')})\s+)`;
/** The verbs of a thing moved to another day: "adjourned … to June 3", "postponed to March 12". */
const MOVED = String.raw`\b(?:adjourned|postponed|deferred|rescheduled|put\s+off|pushed\s+back|brought\s+forward)\b`;
/** A thing moved, then "to" right before the day: "The judge adjourned the question of a compensation order to June 3". */
const MOVED_TO = new RegExp(String.raw`${MOVED}[^.;]*\bto\s+$`, 'i');
/** The verb of a thing moved, and the rest of its clause: taken off to see whether an aside came before it. */
const MOVED_CLAUSE = new RegExp(String.raw`${MOVED}[^,]*$`, 'i');
/** The story's own publishing before a clock time: "An earlier version of this story, published at", "Updated at". */
const OWN_STORY_TIME = /(?:\b(?:this\s+(?:story|article)|the\s+story)\b[^.;]{0,40}\b(?:published|posted|updated|amended|corrected)|^\s*(?:(?:first\s+)?published|updated|posted))\s+$/i;
/** Words of a clause that measures on a scale, where "the forties" is a reading, not a decade. */
const MEASURED = /\b(?:temperatures?|highs?|lows?|degrees|readings?|mercury|thermometers?|aged|crude|barrel|shares?|stocks?|traded|trading|rates?|rating|polls?|polling|per\s*cent|percent|score[sd]?|scoring|shot|batting|average|winds?|gust\w*|chill|mph|zone|bracket|fahrenheit|celsius|forecasts?)\b/i;
/** The decades written in words, from the 1920s. */
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4 };
const B = String.raw`(?<![\p{L}\p{N}])`;
/** A clock time of day: "9 p.m.", "10:30am", "noon", "midnight". */
const CLOCK = String.raw`(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)`;
/** A clock time written with "a.m." or "p.m.", its minutes after a colon or a full stop: "9 p.m.", "3.47 pm", "10:30am". */
const CLOCK_AM_PM = String.raw`\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)`;
const E = String.raw`(?![\p{L}\p{N}])`;

// TimeML values and the explanations' dates are written by hand: they are made for every date of every article, and date-fns'
// `format` (kept for the rarer long month names) is a tenth of the engine's time there
const pad = (value: number, width: number) => String(value).padStart(width, '0');
const day = (date: Date) => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
const month = (date: Date) => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}`;
const year = (date: Date) => pad(date.getFullYear(), 4);
/** A decade as TimeML writes it ("202" for the 2020s), `shift` decades on. */
const decadeValue = (date: Date, shift = 0) => String(Math.floor(date.getFullYear() / 10) + shift);
const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const week = (date: Date) => `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
const longDay = (date: Date) => `${SHORT_WEEKDAYS[date.getDay()]} ${date.getDate()} ${SHORT_MONTHS[date.getMonth()]} ${date.getFullYear()}`;

/** The week (ISO), month, year or decade `shift` of them away from `date`, as a TimeML value. */
function periodFrom(date: Date, unit: string, shift: number): string {
	if (unit === 'week') return week(addWeeks(date, shift));
	if (unit === 'decade') return decadeValue(date, shift);
	return unit === 'month' ? month(addMonths(date, shift)) : year(addYears(date, shift));
}

/** Parses `YYYY-MM-DD` as a local calendar date. */
export function parseCalendarDate(value: string): Date {
	const [y, m, d] = value.split('-').map(Number);
	return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function monthNumber(name: string): number {
	return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? 1;
}

function count(word: string): number {
	const lower = word.toLowerCase();
	// ("thirty-one years": tens and units joined by a hyphen)
	const [tens, units] = lower.split('-');
	if (units !== undefined && NUMBER_WORDS.has(tens ?? '') && NUMBER_WORDS.has(units)) return (NUMBER_WORDS.get(tens ?? '') ?? 0) + (NUMBER_WORDS.get(units) ?? 0);
	return /^\d+$/.test(lower) ? Number(lower) : (NUMBER_WORDS.get(lower) ?? 1);
}

function relativeAnchor(context: ResolveContext, inQuoteAnchor: boolean): { date: Date; anchor: DateDraft['anchor'] } {
	return inQuoteAnchor && context.speech.getTime() !== context.publication.getTime() ? { date: context.speech, anchor: 'speech' } : { date: context.publication, anchor: 'publication' };
}

const absolute = (value: string, granularity: Granularity, explanation: string) => ({ value, granularity, anchor: 'absolute' as const, anchorDate: null, tense: null, explanation });
/** A value resolved against the publication date, with the tense that chose it (none when the choice needs none). */
const fromPublication = (publication: Date, value: string, granularity: Granularity, tense: Tense | null, explanation: string) => ({ value, granularity, anchor: 'publication' as const, anchorDate: day(publication), tense, explanation });

/** Verbs that announce a period running from the day they are done: "extended a warning through Thursday", "imposed a curfew until Friday"
 * (and a forecast's words: "rain was likely across the district until Tuesday"; not a guess at a past deed, "was likely held until Tuesday"). */
const ANNOUNCED_PERIOD = /\b(?:extended|extends|issued|issues|imposed|imposes|suspended|suspends|ordered|orders|declared|declares|closed|closes|postponed|postpones|adjourned|adjourns|shut|banned|bans|remanded|bailed|released\s+on\s+bail|cancell?ed|cancels|halted|halts|grounded|grounds|(?:has|have)\s+(?:been\s+)?(?:kept|put)|in\s+(?:place|force|effect)|(?:is|are|was|were)\s+(?:likely|expected|forecast)(?!\s+(?:[a-z]+ed|held|kept|made|taken|seen|done|shot|hit|built|caught|sold|found|left|lost|struck|stolen|driven|given)\b))\b/i;

/** Words of an obligation, after which a day after "by" is a deadline still ahead: "must file by", "warned that X had to send it by 15 October" ("had to" only in reported speech; not a missed one, "should have been public by October 1"; "must have been received by" and "should have received by" are ahead). */
const OBLIGATION = /\b(?:(?:has|have)\s+to|must|should(?!\s+(?:not\s+)?have\s+been\b)|needs?)\b|(?<!\b(?:who|which)\s+)\b(?:recommends?|(?:has|have)\s+recommended|proposes?|wants?|urges?|asks?|expects?)\s+(?:that\s+)?[^.;]*$|\b(?:said|says|warned|told|insisted|stressed)\b.*\bhad\s+to\b/i;

/** A deadline right before "until": "Kestran had until Wednesday", "gave the company until Friday". */
const DEADLINE = /\b(?:ha[sd]|have|having)\s+$|\b(?:gave|give|gives|given|giving|granted|grants)\s+(?:[\p{L}’'-]+\s+){0,6}$/iu;

/** A happening called or set right before its start: "has called a strike from May 4", "set a two-day walkout starting Monday". */
/**
 * What makes a holiday's name no date: another capitalised word before it that does not open the sentence or is no preposition
 * ("Father Christmas", "Councillor Jim Easter"; "On Christmas Eve", "Last Christmas" are dates), another calendar's ("Orthodox
 * Easter", "Lunar New Year"), or a name's "of" ("A Service of Thanksgiving"; not "ahead of Christmas", "the morning of Christmas Eve").
 */
const NOT_A_HOLIDAY_BEFORE = String.raw`(?<!(?<!(?:^|[.!?”"]\s+|(?:On|In|By|Since|Until|Before|After|From|During|Over|At|Through|Last|This|Next|For)\s))\p{Lu}[\p{L}'’.-]*\s|(?:Orthodox|Lunar|Chinese|Coptic|Jewish|Father|Mother)\s|\p{Lu}\p{L}*\s+of\s)`;
/**
 * …and after it: a capitalised word that is no "Day" or "Eve" ("the Good Friday Agreement", "A Christmas Carol"), a noun it describes
 * ("Christmas trees", "Easter eggs", "the Easter weekend", "the worst Easter toll"), or a possessive.
 */
const NOT_A_HOLIDAY_AFTER = String.raw`(?!\s+(?!(?:Day|Eve)\b)\p{Lu}|\s+(?:[a-z]+s\b(?<!\b(?:is|was|has|as|this|its|his|us|thus|yes|less|unless|across|plus|does|goes|comes|falls|lies|begins|ends|starts|opens|closes)\b)|(?:tree|card|market|party|dinner|lunch|shopping|rush|trading|toll|period|season|break|weekend|bonus|pudding|spirit|special|edition|appeal|message|address|service|truce|ceasefire|campaign|display|traffic|getaway|food|fair|concert|show|menu|opening|closure|timetable|schedule|egg|hunt|outage|holiday|long|celebration|lights|eve|day|morning\s+service)\b)|['’]s)`;

/** What a plan, a decision or a deal is to do, which lies ahead: "unveiled plans to close the library in September". */
const PLAN_INFINITIVE = /\b(?:plans?|decision|proposal|deal|invitation|offer|bid|agreement|promise|pledge|commitment)\s+to\s+(?:(?!\b(?:was|were|is|are|has|had|have)\b)[^,;.])*$/i;
/** What someone was directed to do from a day: "directed the agency to begin enforcing the ban from Wednesday". */
const DIRECTED_TO = /\b(?:directed|instructed|ordered|authori[sz]ed|mandated)\s+[^.;]*?\bto\s+[^.;]*$/i;

/** A warning issued for a period, which runs ahead ("issued an amber warning for further heavy rain from Friday night"), and a curfew imposed in a present or perfect (not "imposed a curfew from Saturday", told afterwards). */
const WARNING_ISSUED = /\b(?:(?:(?:has|have)\s+)?(?:issued|extended|declared)|issues|extends|declares)\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}(?:warning|watch|alert|advisory)\b[^.;]*$|\b(?:(?:has|have)\s+(?:imposed|declared)|imposes|declares)\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}curfew\b[^.;]*$/iu;
/** A period declared or imposed, whose start after "from" is the nearer such day: "declared three days of national mourning from Tuesday". */
const DECLARED_PERIOD = /\b(?:declared|imposed|introduced)\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{L}\d-]+\s+){0,4}(?:mourning|curfew|holiday|lockdown|emergency|ban|closure)\b[^.;]*$/iu;
const CALLED_HAPPENING = /\b(?:call|calls|called|set|sets|scheduled|announced|announces)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:strike|walkout|stoppage|march|protest|rally|boycott|blockade|vote|referendum|election|meeting|summit|hearing)s?\s+$/iu;

/** A year named by words after a day: "3 June last year", "28 September that year", "9 November the following year". */
const NAMED_YEAR = 'last year|this year|next year|that year|that same year|the same year|the following year|the previous year';

/** The rest of a list of days after one of them, up to the year they share: ", 9 June, 30 June and 4 August 2023" (group 1 the year). */
const LIST_YEAR = new RegExp(String.raw`^(?:(?:,|,?\s+and|,?\s+or)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?))+,?\s+((?:1[89]|20)\d\d)\b`, 'u');

/** A market's close before its day: "to the closing price on Friday", "the shares' close on Tuesday" (not "until the close on Friday"). */
const CLOSING_PRICE = /\b(?:closing\s+(?:price|prices|level|value|rate)|(?:['’]s?|its|their)\s+close)\s+$/i;

/** A planned happening before the day it is set for: "the annual general meeting on July 24", "a deadline of March 24". */
const PLANNED_HAPPENING_BEFORE = /\b(?:meeting|agm|hearing|deadline|vote|election|run-?off|referendum|ballot|summit|conference|congress|trial|auction|launch|listing|ipo|ceremony|inauguration|record\s+date|payment\s+date|ex-dividend\s+date)\s+(?:(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:set|fixed|scheduled)\s+(?:for|as)\s+|on\s+|of\s+|for\s+)?$/i;

/** An opening, a reopening or a season before the day it comes on: "the opening of the spring clam season on", "the reopening on". */
const OPENING_BEFORE = /\b(?:opening|reopening|season)\s+(?:of\s+(?:the\s+)?[^,.;]{0,40}?\s+)?(?:on\s+)?$/i;

/** Verbs that set a happening, which a past sentence tells of before it takes place: "announced the vote on June 2", "ahead of the summit on", "three months before the election on June 14". */
const SCHEDULED_BEFORE = /\b(?:announced|called|set|scheduled|confirmed|fixed)\s+(?:a|an|the|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}-]+\s+(?:(?:for|on|of)\s+)?$|\bahead\s+of\s+(?:a|an|the|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}-]+\s+(?:on\s+)?$/iu;

/** A count before a happening ("three months before the general election on"): its number and unit. */
const COUNTED_BEFORE = /\b(\w+)\s+(days?|weeks?|months?)\s+before\s+(?:a|an|the|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}-]+\s+(?:(?:on|of)\s+)?$/iu;

/** A happening right before its month: "regional elections in May", "the three-match series against Zimbabwe in March". */
const HAPPENING_BEFORE_MONTH = /\b(?:elections?|series|tour|final|finals|match|summit|games|tournament|championships?|conference|referendum|ballot|congress|festival|talks|trial|hearing|olympics)\s+(?:(?:against|with|between|in|of)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*\s+)?$/u;

/** Nouns of a forecast before "for" and the period forecast: "the outlook for August", "its guidance for the fourth quarter". */
const FORECAST_FOR = /\b(?:outlook|forecasts?|projections?|predictions?|guidance|bookings|reservations)\s+$/i;

/** A financial year said to end in a month: "the fiscal year ending March 2026", "its financial year to June 30" (group 1 the month). */
const FISCAL_YEAR_END = new RegExp(String.raw`(?:fiscal|financial)\s+year(?:\s+|,\s+which\s+|\s+that\s+)(?:ending|ended|ends|to|through|runs\s+(?:to|until|through))\s+(?:in\s+)?(?:\d{1,2}\s+)?(${MONTH})`, 'u');
/** A story's own financial year by its first month: "the fiscal year, which began on July 1", "its financial year starts in April". */
const FISCAL_YEAR_START = new RegExp(String.raw`(?:fiscal|financial)\s+year,?\s+(?:which\s+|that\s+)?(?:begins|began|starts|started|beginning|starting|runs\s+from)\s+(?:on\s+|in\s+)?(?:\d{1,2}\s+)?(${MONTH})`, 'u');

/** A meeting someone has called people to, whose day lies ahead: "has summoned both sides to a conciliation meeting at her office", "has called the unions for talks"
 * (only places and times between the meeting and its day: not "has called for talks after a worker was killed on Sunday"). */
const SUMMONED_TO = /\b(?:(?:has|have)\s+(?:been\s+)?(?:summoned|invited|called|convened)|summons|invites)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:to|for)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|hearing|session|sitting|summit|briefing|conference|consultations?|negotiations|dialogue)(?:,?\s+(?!(?:after|following|since|when|which|who|because|first|last|once|but|and|until)\b)[\p{L}'’-]+){0,8},?\s+$/iu;

/** Words around a 24-hour time that make it a score: "drew level at 19:19", "the score at 21:19 in the third set". */
const SCORE_WORDS = /\b(?:score|scores|scored|level|drew|draw|led|lead|leading|trailed|set|half-time|halftime|handball|volleyball|badminton|basketball|netball|points?|goals?)\b/i;

/** The odds of something, right before a date with no past verb or comma between: "the chance of an El Niño developing by September"
 * (not the base of a comparison after a comma: "a 58% probability of a cut, up from 35% on Monday"). */
const CHANCE_OF = /\b(?:chances?|probability|likelihood|odds)\s+(?:of|that)\s(?![^.;,]*\b(?:was|were|had|[a-z]+ed)\b)[^.;,]*$/i;

/** A sentence opening with a month: "In February, economists put the odds of a rate rise in March at 20%". */
const OPENING_MONTH = new RegExp(String.raw`^\s*In\s+${MONTH}`, 'u');

/** Words of a timetable in the present before a date: "Nominations close on April 30", "the new year begins on Monday". */
const TIMETABLE_BEFORE = /\b(?:close|closes|expire|expires|open|opens|start|starts|begin|begins|takes?\s+effect|runs?|ends?|resumes?|due|kicks?\s+off|falls?)\b/i;
/** Such a word right before the date: "begins on Monday". */
const TIMETABLE_RIGHT_BEFORE = new RegExp(String.raw`${TIMETABLE_BEFORE.source}\s+$`, 'i');

/** A financial year's first day told with the year: "on July 1, at the start of the 2022/23 financial year", "1 April, the first day of the fiscal year". */
const FISCAL_YEAR_OPENING = new RegExp(String.raw`(?:(${MONTH})\s+1|\b1\s+(${MONTH})),?\s+(?:at\s+)?the\s+(?:start|beginning|first\s+day)\s+of\s+(?:the\s+|its\s+)?(?:new\s+)?(?:\d{4}[/-]\d{2,4}\s+)?(?:fiscal|financial)\s+year`, 'u');
/** A financial year told to begin on a weekday near the story: "The county's new financial year begins on Monday" (group 1 the verb, 2 the day). */
const FISCAL_YEAR_WEEKDAY = new RegExp(String.raw`(?:fiscal|financial)\s+year\s+(begins|starts|began|started)\s+(?:on\s+)?(${WEEKDAY})`, 'u');

/**
 * The country whose money a story counts in, where the sign names one country: "Sh210 million" (Kenya, Uganda and Tanzania
 * keep the same financial year), "₹1,460 crore", "Tk 40 crore", "A$2 billion". For a story that names no country.
 */
const CURRENCY_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
	[/(?:\bK?Shs?\.?|\bTSh|\bUSh)\s?\d/u, 'KE'],
	[/₹\s?\d/u, 'IN'],
	[/(?:\bTk\.?|৳)\s?\d/u, 'BD'],
	[/\bA\$\s?\d/u, 'AU'],
	[/\bNZ\$\s?\d/u, 'NZ'],
	[/\bC\$\s?\d/u, 'CA'],
	[/₦\s?\d/u, 'NG'],
];

/** The end of the words before a date that give a schedule as it stood, kept or not: "had been due to finish", "was scheduled to take place", "which had been due". */
const FORMER_SCHEDULE = /\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?(?:(?:due|scheduled|set|slated|supposed|meant|planned)(?:\s+to\s+(?:(?!\bbut\b)[^,;.])*?)?|to\s+have\s+been\s+(?:(?!\bbut\b)[^,;.])*?)\s*$/i;

/** What happened to a plan after its day: "but collapsed the day before", "but was postponed", "before it was called off". */
const FELL_THROUGH = /\b(?:but|before|until)\b[^.]*?\b(?:collapsed|cancell?ed|postponed|delayed|called\s+off|scrapped|abandoned|fell\s+through|moved|put\s+off|pushed\s+back|suspended)\b/i;

/** The noun of a happening no one schedules, right after an attributive date ("the February 3 crash", "the May 9 shooting"). */
const UNPLANNED_HAPPENING = /^\s+(?:[\p{Ll}-]+\s+)?(?:crash|collision|accident|derailment|explosion|blast|fire|blaze|wildfire|earthquake|quake|tremor|flood|floods|flooding|landslide|mudslide|storm|tornado|cyclone|hurricane|typhoon|shooting|stabbing|attack|attacks|bombing|ambush|raid|killing|killings|murder|massacre|assassination|coup|riot|riots|clashes|collapse|capsizing|sinking|outage|blackout|spill|leak|breach|hack|cyberattack|derailing|disappearance|kidnapping|abduction|death|deaths|crash-landing)\b/u;

/** A day a figure was reported on, not the day it is of: "said on Tuesday that net profit rose 8% from a year earlier". */
const REPORTED_ON_DAY = new RegExp(String.raw`\b(?:said|says|reported|reports|announced|released|published|showed|show|shows|filed|issued)\s+(?:late\s+|early\s+)?(?:on\s+)?${WEEKDAY}`, 'iu');

/** A source named after what it reports: "…, the commission said", "…, the filing shows", "according to the letter". */
const SOURCED = /,\s+(?!(?:but|and|yet)\b)(?:[\p{L}'’-]+\s+){1,6}(?:said|says|told|show|shows|showed|state|states|stated|reported)\b|\baccording\s+to\b/iu;
/** A paper or a record and its date after "of" or "dated": "log 0932 of 15 November", "the letter of 3 March", "a memo dated 14 March". */
const DATED_RECORD = /\b(?:log|letter|report|order|decision|ruling|minutes|edition|statement|memo|e-?mail|judgment|judgement|notice|circular|decree|filing|note)\s+(?:(?:no\.?\s+)?[\dA-Z][\w/-]*\s+)?(?:of|dated)\s+$/i;
/** "by" and a clock time right before a day: "by 5 p.m. on Friday". */
const BY_CLOCK = new RegExp(String.raw`\bby\s+${CLOCK_AM_PM}\s+(?:on\s+)?$`, 'i');
/** A clock time ending the words before a day, with its "at" or "about": "had been set to begin at 7 a.m." (before "Tuesday"). */
const CLOCK_AT_END = new RegExp(String.raw`(?:at\s+)?(?:about\s+)?${CLOCK_AM_PM}\s*$`, 'i');
/** "until" and a clock time right before a day: "until 06:00 local time on Sunday", "until 5 p.m. on Friday". */
const UNTIL_CLOCK = new RegExp(String.raw`\b(?:until|through|till)\s+(?:${CLOCK_AM_PM}|(?:[01]?\d|2[0-3])[:.]?[0-5]\d|midnight|noon)(?:\s+${TIME_ZONE})?\s+$`, 'i');
/** A weekday's deadline told in the past outside reported speech, which has passed: "Medvale had until Tuesday to offer …, but told the regulator on Thursday"
 * (not with a source after it, `SOURCED`: "Parties had until Friday to submit their lists, the commission said"). */
const NARRATED_DEADLINE = /^(?![^]*\b(?:said|says|told|tells|warned|added|announced|stated)\b)[^]*\bhad\s+$/i;

/**
 * Whether "until", "through" or "till" after `before` (the sentence up to it) ends a period announced or a deadline set, which runs
 * ahead of the story, unless the words `after` it tell that it has come ("cancelled all sailings until Monday, when the storm finally
 * eased"; not "…, when it will be reassessed").
 */
const periodAhead = (before: string, after: string, weekday = false): boolean =>
	(ANNOUNCED_PERIOD.test(before) || (DEADLINE.test(before) && !(weekday && NARRATED_DEADLINE.test(before) && (!SOURCED.test(after) || /\bbut\b/i.test(after))))) && !/^[^.;]*?,\s*(?:when|after\s+which)\b(?![^.;]*\b(?:will|would|is|are|be|expected)\b)[^.;]*?\b(?:was|were|had|\p{Ll}+ed)\b/u.test(after);

/** The year of the latest month `monthIndex` to have ended by `publication`: September 2025 in October 2025, September 2024 in September 2025. */
function yearOfLatestEnded(publication: Date, monthIndex: number): number {
	return publication.getFullYear() - (monthIndex >= publication.getMonth() ? 1 : 0);
}

/**
 * Day `dayOfMonth` of month `monthIndex` in one of the years `base + shift`, the nearest to `publication` among those on weekday
 * `weekday` (0 Sunday): the year whose calendar agrees with a weekday written beside a date ("Monday, February 3").
 */
function agreeingDay(publication: Date, base: number, shifts: readonly number[], monthIndex: number, dayOfMonth: number, weekday: number): Date | undefined {
	const byDistance = (a: Date, b: Date) => Math.abs(a.getTime() - publication.getTime()) - Math.abs(b.getTime() - publication.getTime());
	return shifts.map((shift) => new Date(base + shift, monthIndex, dayOfMonth)).filter((d) => d.getMonth() === monthIndex && d.getDay() === weekday).sort(byDistance)[0];
}

/** A weekday written after the range's first word: "from Thursday, April 9, to …". */
const RANGE_WEEKDAY = new RegExp(String.raw`^\S+\s+(${WEEKDAY})\b`, 'u');

/** What comes before a month or a day that pay or a rule is made to count from: "backdated to". */
const BACKDATED_TO = String.raw`\bback-?dat(?:e|ed|es|ing)\s+to\s+`;
const BACKDATED_BEFORE = new RegExp(`${BACKDATED_TO}$`, 'i');

/** The financial year that begins on `first`: the calendar year when it begins in January, else its twelve months as a range. */
function financialYear(first: Date): { value: string; granularity: Granularity } {
	return first.getMonth() === 0 ? { value: String(first.getFullYear()), granularity: 'year' } : { value: `${month(first)}/${month(addMonths(first, 11))}`, granularity: 'range' };
}

/** The weekday `weekday` (0 Sunday) of the article's own day, else the next one. */
function thisOrNext(publication: Date, weekday: number): Date {
	return publication.getDay() === weekday ? publication : nextDay(publication, weekday as 0);
}

/** The step that words such as "the following", "next" (1), "the previous", "last" (-1) or "that", "the same", "this" (0) name, from the date mentioned before or the publication year. */
function stepOf(which: string): -1 | 0 | 1 {
	return /following|next/i.test(which) ? 1 : /previous|preceding|last/i.test(which) ? -1 : 0;
}

/** A range of days from the first month's day `from` to the last month's (the first's when undefined) day `to`, in the year written or the one the tense gives. */
function dayRange(context: ResolveContext, firstMonth: number, from: number, lastMonthOrSame: number | undefined, to: number, writtenYear: string | undefined, written: string): Omit<DateDraft, 'block' | 'start' | 'end' | 'inQuote'> | undefined {
	const lastMonth = lastMonthOrSame ?? firstMonth;
	const tense = writtenYear ? null : context.tense();
	const nearest = writtenYear ? new Date(Number(writtenYear), firstMonth, from) : nearestYear(context.publication, firstMonth, from, tense ?? 'past');
	// ("from Thursday, April 9, to Wednesday, April 15": the weekday written with the first day picks the nearest year whose calendar agrees)
	const weekday = WEEKDAYS.get(RANGE_WEEKDAY.exec(written)?.[1]?.toLowerCase() ?? '');
	const agreeing = weekday === undefined || writtenYear ? undefined : agreeingDay(context.publication, context.publication.getFullYear(), [0, -1, 1], firstMonth, from, weekday);
	const start = agreeing ?? nearest;
	const end = new Date(start.getFullYear() + (lastMonth < firstMonth ? 1 : 0), lastMonth, to);
	if (start.getMonth() !== firstMonth || end.getMonth() !== lastMonth || end.getTime() <= start.getTime()) return undefined;
	const value = `${day(start)}/${day(end)}`;
	if (writtenYear) return absolute(value, 'range', `${longDay(start)} to ${longDay(end)}, as written`);
	const chosen = agreeing ? `the nearest year whose calendar agrees with the weekday written` : `the ${tense === 'past' ? 'latest' : 'next'} such days from the publication date (${tense} tense)`;
	return fromPublication(context.publication, value, 'range', tense, `days without a year: ${chosen} → ${longDay(start)} to ${longDay(end)}`);
}

/** The patterns, most specific first; a later pattern never overlaps an earlier match. */
const PATTERNS: Array<{ regex: RegExp; resolve: Resolver; hint?: RegExp }> = [
	{
		// "212 mm by May 20, against 90 mm on the same date last year": the day named before, a year earlier (before "last year"
		// alone takes the end of the phrase)
		hint: /same (?:day|date)/i,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('on|by')})\s+)?the\s+same\s+(?:day|date)\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before))${E}`, 'gu'),
		resolve: (m, context) => {
			const previous = context.previous;
			// (after no day, the year before the article's: "By the end of May … by the same date last year")
			if (previous?.granularity !== 'day') {
				const last = String(context.publication.getFullYear() - 1);
				return { value: last, granularity: 'year', anchor: 'publication', anchorDate: day(context.publication), tense: null, explanation: `"${m[0]}" with no day named before: the year before the article → ${last}` };
			}
			const value = day(addYears(previous.date, -1));
			return { value, granularity: 'day', anchor: 'previous', anchorDate: day(previous.date), tense: null, explanation: `"${m[0]}": the day mentioned before, ${day(previous.date)}, a year earlier → ${value}` };
		},
	},
	{
		// "in the first nine months of the year", "the first 10 months of 2024": January to that month (of the year before when those
		// months have not passed yet, unless the words look ahead); "in the final three months of 2019", "the last six months of the
		// year": the months up to December (without a year written, the latest such months to have ended, or this year's in the
		// future tense)
		// (and quarters counted so: "the first three quarters of 2022" is January to September)
		hint: /(?:first|final|last) .* (?:months|quarters) of/,
		// (the first three are the first quarter, the first six the first half, as the gold files have them; the last three and six the
		// fourth quarter and the second half)
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|during|over|for')})\s+)?[Tt]he\s+(first|final|last)\s+(?:(${NUM})\s+months|(two|three)\s+quarters)\s+of\s+(${YEAR}|this year|last year|next year|the year)${E}`, 'gu'),
		resolve: (m, context) => {
			const opening = m[1] === 'first';
			const months = m[3] ? 3 * count(m[3]) : count(m[2] ?? '');
			const which = m[4] ?? '';
			const pub = context.publication;
			if (months < 2 || months > 11) return undefined;
			// (months still to come in the future tense: "are expected to rise in the first three months of the year")
			const thisYear = which === 'this year' || (opening && months <= pub.getMonth()) || context.tense() === 'future';
			const y = /^\d/.test(which) ? Number(which) : which === 'last year' || which === 'next year' ? pub.getFullYear() + stepOf(which) : thisYear ? pub.getFullYear() : pub.getFullYear() - 1;
			const period = months === 3 ? `${y}-Q${opening ? 1 : 4}` : months === 6 ? `${y}-H${opening ? 1 : 2}` : undefined;
			const value = period ?? (opening ? `${y}-01/${y}-${pad(months, 2)}` : `${y}-${pad(13 - months, 2)}/${y}-12`);
			const granularity: Granularity = period ? 'quarter' : 'range';
			if (/^\d/.test(which)) return absolute(value, granularity, opening ? `January to ${format(new Date(y, months - 1, 1), 'MMMM yyyy')}, as written → ${value}` : `the last ${months} months of ${y}, as written → ${value}`);
			return fromPublication(pub, value, granularity, null, `the ${opening ? 'first' : 'last'} ${months} months of the year the publication date gives → ${value}`);
		},
	},
	{
		// "in the October-December period", "the September-November period": the quarter it is, else the months it names, of the
		// year written after it, else the latest such months to have ended
		hint: /period/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|during|over|for|from')})\s+)?[Tt]he\s+(${MONTH})[-–](${MONTH})\s+period(?:\s+of\s+(${YEAR}))?${E}`, 'gu'),
		resolve: (m, context) => {
			const [first, last] = [monthNumber(m[1] ?? '') - 1, monthNumber(m[2] ?? '') - 1];
			if (first < 0 || last < 0) return undefined;
			const pub = context.publication;
			// (in the future tense, the next such months still to end: "expects sales to rise in the April-June period", said in March)
			const y = m[3] ? Number(m[3]) : context.tense() === 'future' ? pub.getFullYear() + (last >= pub.getMonth() ? 0 : 1) : yearOfLatestEnded(pub, last);
			const start = new Date(last < first ? y - 1 : y, first, 1);
			const value = last - first === 2 && first % 3 === 0 ? `${y}-Q${first / 3 + 1}` : `${month(start)}/${month(new Date(y, last, 1))}`;
			const granularity: Granularity = value.includes('Q') ? 'quarter' : 'range';
			return m[3] ? absolute(value, granularity, `the months ${format(start, 'MMMM')} to ${format(new Date(y, last, 1), 'MMMM yyyy')}, as written → ${value}`) : fromPublication(pub, value, granularity, context.tense() === 'future' ? 'future' : 'past', `the ${context.tense() === 'future' ? 'next' : 'latest'} ${format(start, 'MMMM')} to ${format(new Date(y, last, 1), 'MMMM')} ${context.tense() === 'future' ? 'still to end after' : 'to have ended before'} the article of ${longDay(pub)} → ${value}`);
		},
	},
	{
		// "in the same period of 2023", "the same period last year": the period the story reports on, in that year
		hint: /same period/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|during|over|for|from')})\s+)?[Tt]he\s+same\s+period\s+(?:(?:of|in)\s+(${YEAR})|(last year|a year earlier|a year ago|the previous year))${E}`, 'gu'),
		resolve: (m, context) => {
			const period = context.reportedPeriod;
			const y = m[1] ? Number(m[1]) : period ? period.year - 1 : context.publication.getFullYear() - 1;
			if (!period) return m[1] ? absolute(String(y), 'year', `the year ${y}`) : undefined;
			const value = periodIn(period, y);
			return { value, granularity: period.part.includes('/') ? 'range' : 'quarter', anchor: 'previous', anchorDate: periodIn(period, period.year), tense: null, explanation: `"${m[0]}": the period the story reports on, ${periodIn(period, period.year)}, in ${y} → ${value}` };
		},
	},
	{
		// "in the last financial year" in an Australian story: July to June, the year before the one under way
		hint: /(?:financial|fiscal) year/i,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|during|for|over')})\s+)?(?:(?:${anyCase('the|its|their')})\s+)?(${anyCase('last|this|next|current|previous|coming|past')})\s+(?:financial|fiscal)\s+year${E}`, 'gu'),
		resolve: (m, context) => {
			const start = context.fiscalStart;
			const which = (m[1] ?? '').toLowerCase();
			const pub = context.publication;
			const shift = /^(?:last|previous|past)$/.test(which) ? -1 : /^(?:next|coming)$/.test(which) ? 1 : 0;
			// (a country with no such year, or a company's own: the calendar year, as "last year")
			if (start === undefined) {
				const value = String(pub.getFullYear() + shift);
				return fromPublication(pub, value, 'year', null, `"${m[0]}" from the article of ${longDay(pub)}, as a calendar year → ${value}`);
			}
			const first = new Date(pub.getFullYear() - (pub.getMonth() < start ? 1 : 0) + shift, start, 1);
			const { value, granularity } = financialYear(first);
			return fromPublication(pub, value, granularity, null, `"${m[0]}": the story's country keeps its financial year from ${format(first, 'MMMM')}; from the article of ${longDay(pub)} → ${value}`);
		},
	},
	{
		// "the fiscal year beginning April 1", "the financial year starting in July": the twelve months from that month (without a
		// year, the one that begins in the article's year)
		hint: /year (?:beginning|starting)/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|during|for|over')})\s+)?[Tt]he\s+(?:fiscal|financial|budget)\s+year\s+(?:beginning|starting)\s+(?:on\s+|in\s+)?(?:(${MONTH})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}\s+(${MONTH}))(?:,?\s+(${YEAR}))?${E}`, 'gu'),
		resolve: (m, context) => {
			const monthIndex = monthNumber(m[1] ?? m[2] ?? '') - 1;
			const pub = context.publication;
			// (the one that begins this year, whether under way or still to come; in the future tense, once this year's has begun, next year's)
			const y = m[3] ? Number(m[3]) : pub.getFullYear() + (context.tense() === 'future' && pub.getMonth() > monthIndex ? 1 : 0);
			const first = new Date(y, monthIndex, 1);
			const { value, granularity } = financialYear(first);
			return m[3] ? absolute(value, granularity, `the twelve months from ${format(first, 'MMMM yyyy')} → ${value}`) : fromPublication(pub, value, granularity, null, `the twelve months from ${format(first, 'MMMM yyyy')}, the article being of ${longDay(pub)} → ${value}`);
		},
	},
	{
		// "the fiscal year ending March 2026", "the year to June 30": the twelve months to that month (without a year, the
		// latest to end before the article)
		hint: /year (?:end|to|thr)|12 months|twelve months/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|during|over|for')})\s+)?[Tt]he\s+(?:(?:fiscal|financial)\s+year|year|12\s+months|twelve\s+months)\s+(?:ending|ended|to|through)\s+(?:(${MONTH})\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(${YEAR}))?|(${MONTH})(?:\s+(${YEAR}))?|\d{1,2}\s+(${MONTH})(?:\s+(${YEAR}))?)${E}`, 'gu'),
		resolve: (m, context) => {
			const monthIndex = monthNumber(m[1] ?? m[3] ?? m[5] ?? '') - 1;
			const written = m[2] ?? m[4] ?? m[6];
			const pub = context.publication;
			// (ahead in the future tense: "expects profit for the year to June 30 to rise"; and "ending", the year under way: "the
			// deficit for the fiscal year ending March 31 is now forecast at", said in February)
			const tense = context.tense();
			const ahead = !written && (tense === 'future' || (/\bending\s/i.test(m[0]) && tense !== 'past'));
			const end = written ? new Date(Number(written), monthIndex, 1) : ahead ? new Date(pub.getFullYear() + (monthIndex < pub.getMonth() ? 1 : 0), monthIndex, 1) : new Date(yearOfLatestEnded(pub, monthIndex), monthIndex, 1);
			const value = `${month(addMonths(end, -11))}/${month(end)}`;
			return written ? absolute(value, 'range', `the twelve months to ${format(end, 'MMMM yyyy')} → ${value}`) : fromPublication(pub, value, 'range', ahead ? 'future' : 'past', `the twelve months to the ${ahead ? 'next' : 'latest'} ${format(end, 'MMMM')} ${ahead ? 'from' : 'before'} the article of ${longDay(pub)} → ${value}`);
		},
	},
	{
		// "grew 0.3% in the first quarter from the previous three months": the quarter before the one just named
		hint: /(?:previous|preceding|prior) three months/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('from|over|in|than|on')})\s+)?[Tt]he\s+(?:previous|preceding|prior)\s+three\s+months${E}`, 'gu'),
		resolve: (m, context) => {
			const named = context.previous;
			if (!named || named.granularity !== 'quarter' || !context.previousInSentence) return absolute('P3M', 'duration', `"${m[0]}": a duration of three months`);
			const value = pointValue({ date: addMonths(named.date, -3), granularity: 'quarter' });
			return { value, granularity: 'quarter', anchor: 'previous', anchorDate: pointValue(named), tense: null, explanation: `"${m[0]}" after ${pointValue(named)}: the quarter before → ${value}` };
		},
	},
	{
		// "the quarter ended Sept. 30": the quarter that day closes, the latest before the article
		hint: /quarter (?:end|to|thr)/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|for|during|over')})\s+)?[Tt]he\s+(?:(?:first|second|third|fourth|fiscal|financial)\s+)?quarter\s+(?:ended|ending|to|through)\s+(${MONTH})\s+(\d{1,2})(?:,?\s+(${YEAR}))?${E}`, 'gu'),
		resolve: (m, context) => {
			const monthIndex = monthNumber(m[1] ?? '') - 1;
			const dayOfMonth = Number(m[2]);
			const pub = context.publication;
			// "the quarter ended Sept. 30" is past; "the quarter ending Dec. 31" may lie ahead
			const ended = /\bended\b/i.test(m[0]);
			const end = m[3] ? new Date(Number(m[3]), monthIndex, dayOfMonth) : nearestYear(pub, monthIndex, dayOfMonth, ended ? 'past' : context.tense());
			if (end.getMonth() !== monthIndex) return undefined;
			const value = pointValue({ date: end, granularity: 'quarter' });
			return { value, granularity: 'quarter', anchor: m[3] ? 'absolute' : 'publication', anchorDate: m[3] ? null : day(pub), tense: null, explanation: `"${m[0]}": the quarter closing on ${longDay(end)} → ${value}` };
		},
	},
	{
		// "in the three months to September", "the three months to Dec. 31": the quarter that month closes (the latest to
		// have closed, without a year); "the six months to June 30": the half-year; any other span of three, six or nine
		// months is the range of months it names ("the three months to July", "the six months to September 30")
		hint: /(?:three|six|nine) months (?:to|end|thr)/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|for|during|over')})\s+)?[Tt]he\s+(three|six|nine)\s+months\s+(?:to|ended|ending|through)\s+(${MONTH})(?:\s+(?:2[89]|3[01]))?(?!\.?\s+\d{1,2}(?!\d))(?:,?\s+(${YEAR}|next year|last year|this year))?${E}`, 'gu'),
		resolve: (m, context) => {
			const length = m[1] === 'three' ? 3 : m[1] === 'six' ? 6 : 9;
			const monthIndex = monthNumber(m[2] ?? '') - 1;
			const pub = context.publication;
			// (a period not yet ended, in the future tense: "expects sales to rise in the six months to June", said in March; "will publish
			// figures for the three months to September", said in October, is the quarter just ended)
			// (a month two or more before the article's, in the future tense, is next year's: "expects output to rise in the six months to
			// March", said in May; the month just ended is still this year's, "will publish figures for the three months to September",
			// said in October)
			// (but results still to be reported are for the period just ended: "will report figures for the three months to June", said in August)
			const reporting = /\b(?:report|publish|release|announce|post|present|unveil|file)(?:s|ed|ing)?\b/i.test(context.textBefore());
			const ahead = context.tense() === 'future' ? (monthIndex >= pub.getMonth() ? pub.getFullYear() : pub.getMonth() - monthIndex >= 2 && !reporting ? pub.getFullYear() + 1 : undefined) : undefined;
			// ("to December next year": the year the words give)
			const said = m[3] === undefined ? undefined : /^\d/.test(m[3]) ? Number(m[3]) : pub.getFullYear() + (m[3] === 'next year' ? 1 : m[3] === 'last year' ? -1 : 0);
			const y = said ?? ahead ?? yearOfLatestEnded(pub, monthIndex);
			const end = new Date(y, monthIndex, 1);
			const [value, period] =
				length === 3 && monthIndex % 3 === 2 ? [`${y}-Q${Math.floor(monthIndex / 3) + 1}`, 'quarter']
				: length === 6 && monthIndex % 6 === 5 ? [`${y}-H${monthIndex < 6 ? 1 : 2}`, 'half-year']
				: [`${month(addMonths(end, 1 - length))}/${month(end)}`, `${m[1]} months`];
			const granularity = period === 'quarter' || period === 'half-year' ? 'quarter' : 'range';
			if (said !== undefined && !/^\d/.test(m[3] ?? '')) return fromPublication(pub, value, granularity, null, `the ${period} closing in ${format(end, 'MMMM yyyy')}, ${m[3]} from the article of ${longDay(pub)} → ${value}`);
			return m[3] ? absolute(value, granularity, `the ${period} closing in ${format(end, 'MMMM yyyy')} → ${value}`) : fromPublication(pub, value, granularity, ahead === undefined ? 'past' : 'future', `the ${m[1]} months to the ${ahead === undefined ? 'latest' : 'coming'} ${format(end, 'MMMM')} ${ahead === undefined ? 'before' : 'after'} the article of ${longDay(pub)} → ${value}`);
		},
	},
	{
		// quarters of a financial year the story keeps: "the first quarter of the 2019/20 financial year" (July to September 2019 in a
		// Kenyan story), "the first three quarters of the financial year" (the one under way, from its start)
		hint: /quarters? of/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|during|for|over')})\s+)?[Tt]he\s+(?:(first|second|third|fourth)\s+quarter\s+of\s+(?:the|its|their)\s+(${YEAR})[-–/](\d\d)|first\s+(two|three)\s+quarters\s+of\s+(?:the|its|their|this)\s+(?:current\s+)?)\s*(?:financial|fiscal)\s+year${E}`, 'gu'),
		resolve: (m, context) => {
			const start = context.fiscalStart;
			if (start === undefined) return undefined;
			const pub = context.publication;
			if (m[1] && m[2]) {
				const first = addMonths(new Date(Number(m[2]), start, 1), 3 * ((ORDINALS[m[1]] ?? 1) - 1));
				// (a quarter of the calendar when the year starts with one; else its three months)
				const value = start % 3 === 0 ? `${first.getFullYear()}-Q${Math.floor(first.getMonth() / 3) + 1}` : `${month(first)}/${month(addMonths(first, 2))}`;
				return absolute(value, start % 3 === 0 ? 'quarter' : 'range', `"${m[0]}": quarter ${ORDINALS[m[1]] ?? 1} of the financial year the story keeps, from ${format(first, 'MMMM yyyy')} → ${value}`);
			}
			// (the year under way, or in a past sentence the last whose quarters have ended: "earned ₹900 crore in the first three quarters
			// of the financial year", said in May, is April to December of last year)
			const underWay = new Date(pub.getFullYear() - (pub.getMonth() < start ? 1 : 0), start, 1);
			const lastMonth = 3 * count(m[4] ?? 'two') - 1;
			const first = context.tense() === 'past' && addMonths(underWay, lastMonth) >= new Date(pub.getFullYear(), pub.getMonth(), 1) ? addMonths(underWay, -12) : underWay;
			const value = `${month(first)}/${month(addMonths(first, lastMonth))}`;
			return fromPublication(pub, value, 'range', null, `"${m[0]}": the first ${m[4]} quarters of the financial year under way at the article of ${longDay(pub)}, from ${format(first, 'MMMM yyyy')} → ${value}`);
		},
	},
	{
		// ranges: "from 2019 to 2021", "between 2015 and 2018", "1939-1945", "data for 2021 to 2024", "the 2026-27 season"
		hint: /\d{4}/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('from|between')})\s+(${YEAR})\s+(?:to|and|until|through)\s+(${YEAR})|(${YEAR})\s*[-–]\s*(${YEAR})|(${YEAR})\s+(?:to|through)\s+(${YEAR})|(${YEAR})[-–/](\d\d))${E}`, 'gu'),
		resolve: (m, context) => {
			const from = m[1] ?? m[3] ?? m[5] ?? m[7] ?? '';
			// "the 2026-27 season": the second year written by its last two digits
			const to = m[2] ?? m[4] ?? m[6] ?? (m[8] ? `${from.slice(0, 2)}${m[8]}` : '');
			if (Number(to) <= Number(from)) return undefined;
			// ("the winter of 2020-21": the winter that begins in the first year)
			if (Number(to) === Number(from) + 1 && /\bwinter\s+(?:of\s+)?$/i.test(context.textBefore())) return absolute(`${from}-WI`, 'season', `the winter of ${from} to ${to}`);
			// ("the financial year 2024-25" in an Indian story, "2025-26" in a Canadian budget story: the months of that financial
			// year, when the story keeps one that starts after January and speaks of financial years; not "the 2024-25 season")
			const start = context.fiscalStart;
			const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 45);
			const fiscal = m[8] !== undefined && Number(to) === Number(from) + 1 && start !== undefined && start > 0 && context.fiscalYears && !/^\s+(?:[\p{L}-]+\s+){0,3}?(?:season|campaign|league|championship|school|academic|term|harvest|crop|marketing|coffee|sugar|tea|cotton|winter|summer)/iu.test(after);
			if (fiscal) {
				const first = new Date(Number(from), start, 1);
				const { value, granularity } = financialYear(first);
				return fromPublication(context.publication, value, granularity, null, `"${m[0]}": the financial year the story keeps, from ${format(first, 'MMMM yyyy')} → ${value}`);
			}
			return absolute(`${from}/${to}`, 'range', `the years ${from} to ${to}`);
		},
	},
	{
		// a range from a month to a year: "between March 2019 and late 2021", "from June 2020 to 2023"
		hint: /\d{4}\s+(?:and|to|until|through)\s/,
		regex: new RegExp(String.raw`${B}(?:${anyCase('from|between')})\s+(${MONTH})\s+(${YEAR})\s+(?:and|to|until|through)\s+(?:(?:early|late|mid-?)\s*)?(${YEAR})${E}`, 'gu'),
		resolve: (m) => {
			const from = month(new Date(Number(m[2]), monthNumber(m[1] ?? '') - 1, 1));
			if (Number(m[3]) <= Number(m[2])) return undefined;
			return absolute(`${from}/${m[3]}`, 'range', `from ${from} to the year ${m[3]}, as written`);
		},
	},
	{
		// "on the 20th": a day of the month the story named last
		hint: /the\s+\d{1,2}(?:st|nd|rd|th)\b/,
		// (closing a clause, not a number before a noun: "from the 14th District")
		// (not a hole, a fence or a district: "three-putted on the 17th", "stumbled after the 3rd", "voters from the 14th"; only with a
		// month named in this paragraph or the one before; a day before the one named is next month's: "signed on January 30 … came
		// into force on the 1st")
		regex: new RegExp(String.raw`${B}(?:${anyCase('on|by|until|since')})\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?=\s*[,.;:)]|\s*$)`, 'gu'),
		resolve: (m, context) => {
			const previous = context.previous;
			const dayOfMonth = Number(m[1]);
			if (!previous || !context.previousNearby || (previous.granularity !== 'day' && previous.granularity !== 'month') || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
			if (/\b(?:putt\w*|birdie\w*|bogey\w*|eagle|par|holes?|tee|green|fences?|furlongs?|laps?|innings|bunker|fairway|hurdles?|minute|district|ward|floor|precinct)\b/i.test(context.textBefore())) return undefined;
			const nextMonth = previous.granularity === 'day' && dayOfMonth < previous.date.getDate() ? 1 : 0;
			const date = new Date(previous.date.getFullYear(), previous.date.getMonth() + nextMonth, dayOfMonth);
			if (date.getMonth() !== (previous.date.getMonth() + nextMonth) % 12) return undefined;
			return { value: day(date), granularity: 'day', anchor: 'previous', anchorDate: pointValue(previous), tense: null, explanation: `"${m[0]}": that day of the month named before${nextMonth ? ', or of the next when it is past' : ''}, ${pointValue(previous)} → ${longDay(date)}` };
		},
	},
	{
		// ranges of months: "between March 2022 and June 2025", "from May to July 2024"
		hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
		// ("between October and December": without a year, the months nearest the publication date in the tense's direction)
		// ("between January and March last year": the months of the year named)
		regex: new RegExp(String.raw`${B}(?:${anyCase('from|between')})\s+(${MONTH})(?:\s+(${YEAR}))?\s+(?:to|and|until|through)\s+(${MONTH})(?:\s+(${YEAR})|(?:\s+of)?\s+(last|this|next)\s+year)?${E}`, 'gu'),
		resolve: (m, context) => {
			const [firstMonth, lastMonth] = [monthNumber(m[1] ?? ''), monthNumber(m[3] ?? '')];
			const namedYear = m[5] ? context.publication.getFullYear() + stepOf(m[5]) : undefined;
			const lastYear = m[4] ? Number(m[4]) : (namedYear ?? nearestYear(context.publication, lastMonth - 1, 1, context.tense()).getFullYear());
			const firstYear = m[2] ? Number(m[2]) : firstMonth <= lastMonth ? lastYear : lastYear - 1;
			const [from, to] = [month(new Date(firstYear, firstMonth - 1, 1)), month(new Date(lastYear, lastMonth - 1, 1))];
			if (from >= to) return undefined;
			return m[4] ? absolute(`${from}/${to}`, 'range', `the months ${from} to ${to}`) : fromPublication(context.publication, `${from}/${to}`, 'range', null, `the months ${from} to ${to}, the year from the publication date and ${m[5] ? `"${m[5]} year"` : 'the tense'}`);
		},
	},
	{
		// holidays: "since Christmas", "on Thanksgiving Day", "before Easter", "Christmas Day 2024", "Thanksgiving in 2019": the day the
		// holiday falls on, in the year written; else the latest after "since" and in the past tense, the next in the future or before a
		// deadline ("until Easter", "ahead of Christmas", told in the past tense too: the nearer), the nearer otherwise; "the day after
		// Thanksgiving", "two days before Christmas" and "the week after Thanksgiving" count from it
		// (not a name, another calendar's holiday or a period it begins: "Christmas Island", "the Good Friday Agreement", "Father
		// Christmas", "Orthodox Easter", "the Easter weekend", "Christmas trees"; nor one a date follows, "Good Friday, April 18", which
		// the weekday's pattern reads)
		hint: /Christmas|Easter|Boxing|Stephen|New Year|Hogmanay|Good Friday|Thanksgiving|Labor Day|Memorial Day|Halloween|Valentine|Patrick|Black Friday|Cyber Monday|Palm Sunday|Ash Wednesday|Shrove|Maundy|Holy|Pentecost|Whit|Ascension|Trinity|Epiphany|All Saints|Advent/,
		regex: new RegExp(String.raw`${B}(?:(?<!\b(?:last|first|final)\s)(the\s+day|the\s+week|\w+\s+days?)\s+(before|after)\s+)?((?:${PREP}|(?:ahead\s+of|in\s+the\s+run-up\s+to|for)\s+))?(?:the\s+)?(?:(?<which>last|next)\s+)?${NOT_A_HOLIDAY_BEFORE}(${HOLIDAY})${NOT_A_HOLIDAY_AFTER}(?!,?\s+(?:${MONTH}\s+\d|\d{1,2}\s+${MONTH}))(?:,?\s+(?:in\s+)?(${YEAR}))?${E}`, 'gu'),
		resolve: (m, context) => {
			const name = m[5] ?? '';
			const pub = context.publication;
			const offset = (m[1] ?? '').toLowerCase();
			const sign = (m[2] ?? '').toLowerCase() === 'before' ? -1 : 1;
			const step = offset === '' ? 0 : offset === 'the day' ? 1 : offset === 'the week' ? 7 : (/^\d+/.test(offset) ? Number.parseInt(offset, 10) : NUMBER_WORDS.get(offset.split(/\s+/)[0] ?? '') ?? Number.NaN);
			if (Number.isNaN(step)) return undefined;
			const shifted = (date: Date) => addDays(date, sign * step);
			const result = (date: Date, tense: Tense | null, explanation: string) => {
				const value = offset === 'the week' ? week(shifted(date)) : day(shifted(date));
				return { value, granularity: (offset === 'the week' ? 'week' : 'day') as Granularity, anchor: tense === null ? ('absolute' as const) : ('publication' as const), anchorDate: tense === null ? null : day(pub), tense, explanation: `${explanation}${step ? `, ${m[1]} ${m[2]} it → ${value}` : ''}` };
			};
			if (m[6]) {
				const date = holidayDate(name, Number(m[6]));
				return date ? result(date, null, `${name} ${m[6]}: ${longDay(date)}`) : undefined;
			}
			const preposition = (m[3] ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
			const deadline = /^(?:until|till|by|before|ahead of|in the run-up to|for)$/.test(preposition);
			const told = context.tense();
			// ("last Thanksgiving", "next Easter": the one before or after the article, whatever the tense)
			const named = m.groups?.['which'];
			const tense: Tense = named === 'last' || preposition === 'since' ? 'past' : named === 'next' ? 'future' : deadline ? (told === 'past' ? 'present' : 'future') : told;
			// (the day or week counted from it is what lies before or after the article: "the week after Thanksgiving", told on the Saturday)
			const days = [-1, 0, 1].map((year) => holidayDate(name, pub.getFullYear() + year)).filter((date): date is Date => date !== undefined);
			const before = days.filter((date) => shifted(date).getTime() <= pub.getTime() + (offset === 'the week' ? 6 * 86_400_000 : 0)).at(-1);
			const after = days.find((date) => shifted(date).getTime() >= pub.getTime() - (offset === 'the week' ? 6 * 86_400_000 : 0));
			const nearer = before && after ? (pub.getTime() - before.getTime() <= after.getTime() - pub.getTime() ? before : after) : (before ?? after);
			// (the first of a pair the story spans, "between Palm Sunday and Easter Sunday", is the latest one before the second)
			const pairedWith = new RegExp(String.raw`^\s+(?:and|to|until)\s+(?:the\s+)?(${HOLIDAY})\b`, 'u').exec(m.input.slice(m.index + m[0].length))?.[1];
			const second = pairedWith && tense !== 'past' ? [0, 1].map((year) => holidayDate(pairedWith, pub.getFullYear() + year)).find((found) => found !== undefined && found.getTime() >= pub.getTime()) : undefined;
			const first = second ? [0, -1].map((year) => holidayDate(name, second.getFullYear() + year)).find((found) => found !== undefined && found <= second) : undefined;
			const date = first ?? (tense === 'past' ? before : tense === 'future' ? after : nearer);
			if (!date) return undefined;
			return result(date, tense, `"${m[0]}", article of ${longDay(pub)}, ${tense} tense → ${name} on ${longDay(date)}`);
		},
	},
	{
		// "a rise backdated to April": pay or a rule made to count from a month gone, the latest such month up to the article's
		hint: /back-?dat/i,
		// (not a day: "backdated to Sept. 3, 2024" is the day's pattern's)
		// ("backdated to April last year": the year named; "will be backdated to April", said in March: the nearer April)
		regex: new RegExp(String.raw`(?<=${BACKDATED_TO})(${MONTH})(?!\.?\s+\d{1,2}(?!\d))(?:\s+(${YEAR})|\s+(last|this|next)\s+year)?${E}`, 'gu'),
		resolve: (m, context) => {
			const monthIndex = monthNumber(m[1] ?? '') - 1;
			if (m[2]) return absolute(month(new Date(Number(m[2]), monthIndex, 1)), 'month', `backdated to ${m[1]} ${m[2]}`);
			const pub = context.publication;
			const named = m[3] ? new Date(pub.getFullYear() + stepOf(m[3]), monthIndex, 1) : undefined;
			const date = named ?? (context.tense() === 'future' ? nearerMonth(pub, monthIndex) : new Date(pub.getFullYear() - (monthIndex > pub.getMonth() ? 1 : 0), monthIndex, 1));
			const how = named ? `"${m[3]} year"` : context.tense() === 'future' ? `the nearer ${m[1]}` : `the latest ${m[1]}`;
			return fromPublication(pub, month(date), 'month', named ? null : context.tense() === 'future' ? 'future' : 'past', `backdated: ${how} from the article of ${longDay(pub)} → ${month(date)}`);
		},
	},
	{
		// ranges of days: "from April 14 to 16", "between May 2 and May 5", "April 14-16, 2026"
		hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
		// (with the weekdays written: "from Monday, February 19, to Friday, March 1")
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('from|between')})\s+(?:${WEEKDAY},?\s+)?(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:to|and|until|through)\s+(?:${WEEKDAY},?\s+)?(?:(${MONTH})\s+)?(\d{1,2})(?:st|nd|rd|th)?|(${MONTH})\s+(\d{1,2})\s*[-–]\s*(\d{1,2}))(?:,?\s+(${YEAR}))?${E}`, 'gu'),
		resolve: (m, context) => dayRange(context, monthNumber(m[1] ?? m[5] ?? '') - 1, Number(m[2] ?? m[6]), m[3] ? monthNumber(m[3]) - 1 : undefined, Number(m[4] ?? m[7]), m[8], m[0]),
	},
	{
		// the same with the day first: "from 3 to 5 June", "between 28 May and 2 June", "3-5 June 2026"
		hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('from|between')})\s+(?:${WEEKDAY},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:(${MONTH}),?\s+)?(?:to|and|until|through)\s+(?:${WEEKDAY},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})|(\d{1,2})\s*[-–]\s*(\d{1,2})\s+(${MONTH})(?!\s+\d{1,2}(?!\d)))(?:,?\s+(${YEAR}))?${E}`, 'gu'),
		resolve: (m, context) => {
			const lastMonth = monthNumber(m[4] ?? m[7] ?? '') - 1;
			return dayRange(context, m[2] ? monthNumber(m[2]) - 1 : lastMonth, Number(m[1] ?? m[5]), lastMonth, Number(m[3] ?? m[6]), m[8], m[0]);
		},
	},
	{
		// "On May 4 of that year", "4 May of the following year": a day in the year mentioned before
		hint: / year/,
		regex: new RegExp(String.raw`${B}${PREP}?(?:(${MONTH})\s+(\d{1,2})|(\d{1,2})\s+(${MONTH}))\s+of\s+(that|the same|the following|the next|the previous|the preceding)\s+year${E}`, 'gu'),
		resolve: (m, context) => {
			if (!context.previous) return undefined;
			const shift = stepOf(m[5] ?? '');
			const date = new Date(context.previous.date.getFullYear() + shift, monthNumber(m[1] ?? m[4] ?? '') - 1, Number(m[2] ?? m[3]));
			return { value: day(date), granularity: 'day', anchor: 'previous', anchorDate: year(context.previous.date), tense: null, explanation: `"${m[5]} year" refers back to ${context.previous.date.getFullYear()}: ${longDay(date)}` };
		},
	},
	{
		// "by the last week of June", "in the first week of May": the ISO week holding that part of the month (its fourth day from
		// the start or the end), in the month's nearer year, the next in the future tense, the latest in the past
		hint: /week of/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|by|during|until|from|for|before|after')})\s+)?[Tt]he\s+(first|second|third|fourth|last|final)\s+week\s+of\s+(${MONTH})(?:\s+(${YEAR}))?${E}`, 'gu'),
		resolve: (m, context) => {
			const monthIndex = monthNumber(m[2] ?? '') - 1;
			const pub = context.publication;
			const tense = context.tense();
			const year = m[3] ? Number(m[3]) : tense === 'future' ? pub.getFullYear() + (monthIndex < pub.getMonth() ? 1 : 0) : tense === 'past' ? pub.getFullYear() - (monthIndex > pub.getMonth() ? 1 : 0) : nearerMonth(pub, monthIndex).getFullYear();
			const which = (m[1] ?? '').toLowerCase();
			const date = which === 'last' || which === 'final' ? addDays(new Date(year, monthIndex + 1, 0), -3) : new Date(year, monthIndex, 4 + 7 * (['first', 'second', 'third', 'fourth'].indexOf(which)));
			const value = week(date);
			return { value, granularity: 'week', anchor: m[3] ? 'absolute' : 'publication', anchorDate: m[3] ? null : day(pub), tense: m[3] ? null : tense, explanation: `"${m[0]}": the week of ${longDay(date)} → ${value}` };
		},
	},
	{
		// "the week of July 7", "in the week of 17 February", "in the week beginning 2 March", "the week ending 8 February": the ISO
		// week of that day, the nearer one without a year, the next when set for it or in the future tense, the latest in the past tense
		hint: /week (?:of|beginning|starting|commencing|ending|to)/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|for|during|from|by|until')})\s+)?(?:[Tt]he\s+)?week\s+(?:of|beginning|starting|commencing|ending|to)\s+(?:(?:on\s+)?${WEEKDAY},?\s+)?(?:(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH}))(?:,?\s+(${YEAR}))?${E}`, 'gu'),
		resolve: (m, context) => {
			const monthIndex = monthNumber(m[1] ?? m[4] ?? '') - 1;
			const dayOfMonth = Number(m[2] ?? m[3]);
			if (dayOfMonth < 1 || dayOfMonth > 31) return undefined;
			const pub = context.publication;
			// (a week something is set for lies ahead, "set the trial for the week of 15 April"; "Sales for the week of May 5 rose" is past)
			const scheduled = /\b(?:set|scheduled|planned|booked|pencill?ed|moved|postponed|adjourned|fixed|announced\s+(?:its|the|a|their)\s+(?:programme|program|schedule|line-?up|plans?|timetable|calendar|fixtures))\b[^.;]*$/i.test(context.textBefore()) && (/\bfor\s+(?:the\s+)?$/i.test(context.textBefore()) || /^for\s/i.test(m[0]));
			const tense = scheduled ? 'future' : context.tense();
			const date = m[5] ? new Date(Number(m[5]), monthIndex, dayOfMonth) : tense === 'future' ? nearestYear(pub, monthIndex, dayOfMonth, 'future') : tense === 'past' ? nearestYear(pub, monthIndex, dayOfMonth, 'past') : nearerYear(pub, monthIndex, dayOfMonth);
			// (a week that begins on a Sunday, as calendars that start weeks on Sundays have it, is the ISO week of the six days after it)
			const opening = /week\s+(?:beginning|starting|commencing)\s/i.test(m[0]) && date.getDay() === 0;
			const value = week(opening ? addDays(date, 1) : date);
			return { value, granularity: 'week', anchor: m[5] ? 'absolute' : 'publication', anchorDate: m[5] ? null : day(pub), tense: m[5] ? null : tense, explanation: `"${m[0]}": the week of ${longDay(date)} → ${value}` };
		},
	},
	{
		// a weekday with its day in brackets, as the press of South-East Asia writes it: "on Monday (Sept 2)", "last Friday (Nov 10)",
		// "until Wednesday (22 Oct)": that day, in the year whose calendar agrees with the weekday, the nearest to the article
		hint: /day\s*\(/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('last|this|next|on|by|until|till|from|since|before|after')})\s+)?(${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\s*\((?:(${MONTH})\s+(\d{1,2})|(\d{1,2})\s+(${MONTH}))\)`, 'gu'),
		resolve: (m, context) => {
			const [target, monthIndex, dayOfMonth] = [WEEKDAYS.get((m[1] ?? '').toLowerCase()) ?? 0, monthNumber(m[2] ?? m[5] ?? '') - 1, Number(m[3] ?? m[4])];
			const pub = context.publication;
			// (a day on no such weekday in those years is the nearer one: the weekday is the writer's slip)
			const date = agreeingDay(pub, pub.getFullYear(), [0, -1, 1], monthIndex, dayOfMonth, target) ?? nearerYear(pub, monthIndex, dayOfMonth);
			if (date.getMonth() !== monthIndex) return undefined;
			return fromPublication(pub, day(date), 'day', null, `"${m[0]}": the day in brackets, in the year nearest the article of ${longDay(pub)} whose calendar agrees with the weekday → ${longDay(date)}`);
		},
	},
	{
		// "March 3, 2024", "3 March 2024", "Monday, March 3, 2024", "on March 3" (a score's second number is no day: "won 3-1
		// June 14"; "On 5 May 12 protesters" is 5 May)
		hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
		regex: new RegExp(String.raw`${B}${PREP}?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:${WEEKDAY},?\s+)?(?:(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(${YEAR}|${NAMED_YEAR}))?|(?<!\d[-–])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})(?:,?\s+(${YEAR}|${NAMED_YEAR}))?)${E}`, 'gu'),
		resolve: (m, context) => {
			const monthName = m[1] ?? m[5] ?? '';
			const dayOfMonth = Number(m[2] ?? m[4]);
			// ("on Jan. 20 last year": the year counted from the article's)
			// ("on 2 May, 9 June and 4 August 2023": a list of days shares the year written after its last)
			const written = m[3] ?? m[6] ?? LIST_YEAR.exec(m.input.slice(m.index + m[0].length))?.[1];
			const pubYear = context.publication.getFullYear();
			// ("on 28 September that year", "on the morning of 9 November the following year": the year of the date before)
			const namedYear = written !== undefined && /^(?:that|the)\s/.test(written) && context.previous !== undefined;
			const baseYear = namedYear ? (context.previous?.date.getFullYear() ?? pubYear) : pubYear;
			const explicitYear = written && !/^\d/.test(written) ? String(baseYear + (/^(?:last|the previous)/.test(written) ? -1 : /^(?:next|the following)/.test(written) ? 1 : 0)) : written;
			const monthIndex = monthNumber(monthName) - 1;
			if (dayOfMonth < 1 || dayOfMonth > 31) return undefined;
			if (explicitYear) {
				const date = new Date(Number(explicitYear), monthIndex, dayOfMonth);
				if (date.getMonth() !== monthIndex) return undefined;
				if (written === explicitYear) return absolute(day(date), 'day', `${longDay(date)}, as written`);
				if (namedYear && context.previous) return { value: day(date), granularity: 'day', anchor: 'previous', anchorDate: pointValue(context.previous), tense: null, explanation: `"${written}" from the date mentioned before, ${pointValue(context.previous)} → ${longDay(date)}` };
				return fromPublication(context.publication, day(date), 'day', null, `"${written}" from the article of ${longDay(context.publication)} → ${longDay(date)}`);
			}
			// "Six weeks later, on the morning of 9 November": a day in apposition to one counted from an earlier date is the
			// same day, in that date's year
			const counted = context.previousInSentence && context.previous?.granularity === 'day' && /\b(?:later|earlier|afterwards|after|before|the next day|the following day|the day after|the day before)\s*,\s*$/i.test(context.textBefore());
			if (counted && context.previous) {
				const direction = /\b(?:later|afterwards|after|the next day|the following day|the day after)\s*,\s*$/i.test(context.textBefore()) ? 'future' : 'past';
				const date = nearestYear(context.previous.date, monthIndex, dayOfMonth, direction);
				return { value: day(date), granularity: 'day', anchor: 'previous', anchorDate: day(context.previous.date), tense: null, explanation: `a day in apposition to one counted from ${longDay(context.previous.date)}, no year: the ${direction === 'future' ? 'next' : 'latest'} ${format(date, 'd MMMM')} ${direction === 'future' ? 'from' : 'before'} it → ${longDay(date)}` };
			}
			// ("will be backdated to January 1": the latest such day up to the article)
			if (BACKDATED_BEFORE.test(context.textBefore())) {
				const date = nearestYear(context.publication, monthIndex, dayOfMonth, 'past');
				return fromPublication(context.publication, day(date), 'day', 'past', `backdated: the latest ${format(date, 'd MMMM')} up to the article of ${longDay(context.publication)} → ${longDay(date)}`);
			}
			// ("detected them on 9 February 2023 and did not notify the regulator until 6 March", "the Day of Arafah on Tuesday, June 27,
			// followed by Eid al-Adha on June 28": a day within two months after a day the same sentence named is of that run of days)
			const earlier = context.previousPointInSentence && !context.previousCounted && context.previous?.granularity === 'day' ? context.previous.date : undefined;
			const following = earlier ? nearestYear(earlier, monthIndex, dayOfMonth, 'future') : undefined;
			// (not across a speaker's cue, "The firm, founded on 4 May 1998, said it would close on 30 June"; nor into the future from a
			// past day in a past sentence, "The talks on 5 May failed, and the summit on 12 June was called off")
			const acrossCue = /\b(?:said|says|told|tells|announced|added|warned|wrote|stated|confirmed)\b/.test(context.sincePrevious());
			const intoFuture = following !== undefined && earlier !== undefined && following > context.publication && earlier <= context.publication && context.tense() === 'past';
			if (earlier && following && !acrossCue && !intoFuture && following.getTime() > earlier.getTime() && following.getTime() - earlier.getTime() <= 60 * 86_400_000) {
				return { value: day(following), granularity: 'day', anchor: 'previous', anchorDate: day(earlier), tense: null, explanation: `no year given: the first ${format(following, 'd MMMM')} after the day the sentence named before, ${longDay(earlier)} → ${longDay(following)}` };
			}
			// "stabbed on Boxing Day 2024 … shortly after 4pm on December 26": the day the story named last, when it is that day of that month
			// (not a day to come, nor one that recurs: "Families will gather on March 24 to mark the anniversary", "This year it opens on May 3")
			const sentenceAround = `${context.textBefore()} ${m.input.slice(m.index + m[0].length).split(/[.;!?]/)[0] ?? ''}`;
			const recurring = /anniversar|annual|each\s+year|every\s+year|this\s+year|as\s+usual|memorial|commemorat|vigil/i.test(sentenceAround);
			const near = context.lastDay !== undefined && Math.abs(context.publication.getTime() - context.lastDay.getTime()) <= 31 * 86_400_000;
			const sameDay = context.lastDay?.getMonth() === monthIndex && context.lastDay.getDate() === dayOfMonth && (context.tense() !== 'future' || near) && !recurring ? context.lastDay : undefined;
			if (sameDay) return { value: day(sameDay), granularity: 'day', anchor: 'previous', anchorDate: day(sameDay), tense: null, explanation: `no year given: the day named before, ${longDay(sameDay)}` };
			// "was remanded in custody until May 2", "extended the ban until June 30": an announced period runs ahead
			// (and "a hearing set for Jan. 15", "the talks scheduled for June 3": a day something is set for)
			// (and a deadline: "had to send its budget by 15 October", "must be finished by Dec. 1")
			// ("need 6,214 signatures by 5 p.m. on July 14": a deadline with its hour)
			const byClock = BY_CLOCK.test(context.textBefore());
			const announced = (/^(?:until|through|till)\s/i.test(m[0]) && periodAhead(context.textBefore(), m.input.slice(m.index + m[0].length))) || ((/^by\s/i.test(m[0]) || byClock) && OBLIGATION.test(context.textBefore())) || /\bfor\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?$/i.test(context.textBefore()) || (/^(?:from|starting)\s/i.test(m[0]) && CALLED_HAPPENING.test(context.textBefore()));
			// (how many days ahead of the story the next such day is)
			const daysAhead = (nearestYear(context.publication, monthIndex, dayOfMonth, 'future').getTime() - context.publication.getTime()) / 86_400_000;
			// ("fixed December 7 for the hearing", "set May 2 for sentencing": a day set for something, the nearer such day)
			if (/\b(?:fixed|set|scheduled|slated)\s+$/i.test(context.textBefore()) && /^\s+for\s/i.test(m.input.slice(m.index + m[0].length))) {
				const date = nearerYear(context.publication, monthIndex, dayOfMonth);
				return fromPublication(context.publication, day(date), 'day', null, `"${m[0]}": a day set for something, the nearer ${format(date, 'd MMMM')} to the article of ${longDay(context.publication)} → ${longDay(date)}`);
			}
			// ("The judge adjourned the question of a compensation order to June 3", "the vote was postponed to March 12": the day a
			// thing was moved to, the next such day, or one of the month before when the story tells of it after the fact; the day of
			// a year the sentence set before: "In 2019, the trial was adjourned to June 3")
			if (MOVED_TO.test(context.textBefore())) {
				const pub = context.publication;
				const set = yearNamedBefore(context.textBefore(), pub, monthIndex, 'past');
				const back = nearestYear(pub, monthIndex, dayOfMonth, 'past');
				// (told of as over: "was moved to February 14, when the plan was approved")
				// (or in an aside before a past main verb: "The trial, postponed to April 3 because of a strike, ended on Friday")
				const rest = m.input.slice(m.index + m[0].length);
				const over = /^,\s+when\s+(?![^.;]*\b(?:is|are|will|would|can|must|shall)\b)[^.;]*\b(?:was|were|had|\p{Ll}+ed)\b/iu.test(rest) || /^[^.;]*?\b(?:ended|returned|was\s+(?:finally\s+)?held)\b/i.test(rest) || (/,\s*$/.test(context.textBefore().replace(MOVED_CLAUSE, '')) && /^[^.;]*?,\s+(?:[\p{L}'’-]+\s+){0,3}(?:ended|began|started|opened|closed|finished|collapsed|resumed|was|were|went)\b/u.test(rest));
				const date = set !== undefined ? new Date(set, monthIndex, dayOfMonth) : over || (pub.getTime() - back.getTime()) / 86_400_000 <= 31 ? back : nearestYear(pub, monthIndex, dayOfMonth, 'future');
				const how = set !== undefined ? 'in the year the sentence named before' : date === back ? `the latest ${format(date, 'd MMMM')} before the article of ${longDay(pub)} (told of as over, or within the month before)` : `the next ${format(date, 'd MMMM')} from the article of ${longDay(pub)}`;
				return fromPublication(pub, day(date), 'day', null, `"to ${m[0]}": the day a thing was moved to, ${how} → ${longDay(date)}`);
			}
			// ("had asked Stratovane for a full account of the incident by June 28": a deadline set in a request, the nearer such day)
			if (/^by\s/i.test(m[0]) && !announced && /\b(?<!\b(?:is|are|be|being|has|have|will|to)\s+)(?<!\b(?:has|have)\s+been\s+)(?:asked|requested|ordered|instructed|directed|told)\b[^.;]*$/i.test(context.textBefore()) && (context.tense() === 'past' || /\b(?:had\s+been|was|were)\s+(?:asked|requested|ordered|instructed|directed|told)\b[^.;]*$/i.test(context.textBefore()))) {
				const date = nearerYear(context.publication, monthIndex, dayOfMonth);
				return fromPublication(context.publication, day(date), 'day', null, `"${m[0]}": a deadline set in a request, the nearer ${format(date, 'd MMMM')} to the article of ${longDay(context.publication)} → ${longDay(date)}`);
			}
			// ("the fiscal year beginning July 1", "a ban starting June 3": a period's start told of around it, the nearer such day)
			// (not a change told of: "Fuel prices rose sharply beginning March 3")
			// (and "with effect from July 1", the start of a rule, as the press of South Asia and Africa writes it)
			// (in a past sentence only when the day is near: "raised fuel prices with effect from September 1, triggering protests" in March is last year's)
			const withEffect = /^from\s/i.test(m[0]) && /\bwith\s+(?:immediate\s+)?effect\s+$/i.test(context.textBefore()) && (context.tense() !== 'past' || daysAhead <= 60);
			if ((/^(?:beginning|starting)\s/i.test(m[0]) || withEffect) && !announced && context.tense() !== 'future' && !/\b(?:rose|fell|increased|decreased|dropped|declined|climbed|jumped|slumped|surged|soared|plunged|slowed|grew)\b/i.test(context.textBefore())) {
				const date = nearerYear(context.publication, monthIndex, dayOfMonth);
				return fromPublication(context.publication, day(date), 'day', null, `"${m[0]}": a period's start, the nearer ${format(date, 'd MMMM')} to the article of ${longDay(context.publication)} → ${longDay(date)}`);
			}
			// ("since Feb. 14": a period that began on or before the article)
			const tense = announced ? 'future' : /^since\s/i.test(m[0]) ? 'past' : context.tense();
			// a date naming a happening ("the April 5 run-off", "the June 30 deadline") is the nearer one, whatever the tense
			// (a past tense keeps it past: "won the April 5 run-off", "since the March 9 election")
			// (or counted towards in a past one: "clashed in a debate, less than two weeks before the March 24 election")
			const countedTowards = /\b(?:(?:hours?|days?|weeks?|months?)\s+(?:before|ahead\s+of)|ahead\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of)\s+the\s+$/i.test(context.textBefore());
			// (only when it lies within two months ahead: "days before the November 5 election, which Ruiz lost", in June, is last year's)
			const attributive = /\bthe\s+$/i.test(context.textBefore()) && /^\s+\p{Ll}/u.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3)) && (tense !== 'past' || (countedTowards && daysAhead <= 60));
			// (but no one schedules a crash: "are still examining the February 3 crash" looks back)
			const happening = UNPLANNED_HAPPENING.exec(m.input.slice(m.index + m[0].length));
			// (the noun ends the phrase: "the March 12 fire drill", "the October 15 data breach deadline" are planned)
			const compoundAfter = happening ? /^\s+(?!(?:at|in|on|near|of|off|outside|that|which|and|or|but|was|were|is|are|has|had|have|will|would|could|may|might|killed|left|injured|destroyed|damaged|claimed|by|when|where|next|last|this|investigation|inquiry|probe|victims|survivors|site|scene)\b)\p{Ll}/u.test(m.input.slice(m.index + m[0].length + happening[0].length)) : false;
			if (attributive && happening && !compoundAfter) {
				const date = nearestYear(context.publication, monthIndex, dayOfMonth, 'past');
				return fromPublication(context.publication, day(date), 'day', 'past', `"the ${m[0]} …" names a happening no one plans: the latest ${format(date, 'd MMMM')} from the article of ${longDay(context.publication)} → ${longDay(date)}`);
			}
			// ("at the annual general meeting on July 24", "a deadline of March 24", "The record date has been fixed as 6 June")
			// (not in a past sentence, "At the annual general meeting on May 20, shareholders rejected …", unless still ahead: "subject to
			// approval at the annual general meeting on July 24")
			// (or within a month ahead: "rejected the budget, four days before the legal deadline of June 30")
			const soon = daysAhead <= 31;
			const planned = tense !== 'future' && PLANNED_HAPPENING_BEFORE.test(context.textBefore()) && (tense !== 'past' || soon || /\b(?:subject\s+to|(?:has|have)\s+been\s+(?:set|fixed|scheduled))\b|\b(?:set|sets|setting|fixed|gave|gives)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?deadline\s+(?:of|for)\s+$/iu.test(context.textBefore()) || SCHEDULED_BEFORE.test(context.textBefore()) || countedFromBefore(context.textBefore(), context.publication, monthIndex, dayOfMonth));
			// ("who leads the polls ahead of the first round on Feb. 4": a happening looked forward to, the nearer such day)
			const aheadOf = /\bahead\s+of\s+(?:a|an|the|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}(?:on\s+)?$/iu.test(context.textBefore()) && daysAhead <= 120;
			// (an opening or a season looked forward to is the next one: "preparing for the opening of the spring clam season on May 1";
			// not one told of as over, "The theatre's opening on 9 May was a sell-out")
			const opening = OPENING_BEFORE.test(context.textBefore()) && (tense !== 'past' || /\b(?:preparing\s+for|ahead\s+of|in\s+the\s+run-up\s+to)\b/i.test(context.textBefore()));
			if (opening) {
				const date = nearestYear(context.publication, monthIndex, dayOfMonth, 'future');
				return fromPublication(context.publication, day(date), 'day', 'future', `"${m[0]}" dates an opening looked forward to: the next ${format(date, 'd MMMM')} from the article of ${longDay(context.publication)} → ${longDay(date)}`);
			}
			if (attributive || planned || aheadOf) {
				const date = nearerYear(context.publication, monthIndex, dayOfMonth);
				return fromPublication(context.publication, day(date), 'day', null, `"the ${m[0]} …" names a happening: the nearer ${format(date, 'd MMMM')} to the article of ${longDay(context.publication)} → ${longDay(date)}`);
			}
			// a schedule as it stood ("had been due to finish on 6 September", "was due to take place on November 14 but
			// collapsed"): the day may lie on either side of the story, so the nearer one
			// a future seen from a day the sentence gave before ("announced on 30 September that it would raise the price from
			// October 1"): the next such day after that one
			// (only the day the words were said: "announced on 30 September that", not "founded on 4 May 1998, said it would")
			const saidOn = /\b(?:said|announced|confirmed|declared|stated|warned|pledged|promised|agreed|decided|told\s+[\p{L}’' ]{1,30}?)\s+(?:late\s+|early\s+)?on\s+[^,.;]{3,30}?\s+that\s/u.test(context.textBefore());
			const seenFrom = tense === 'future' && saidOn && context.previousInSentence && context.previous?.granularity === 'day' && context.futureInPast() ? context.previous.date : undefined;
			if (seenFrom) {
				const date = nearestYear(seenFrom, monthIndex, dayOfMonth, 'future');
				return { value: day(date), granularity: 'day', anchor: 'previous', anchorDate: day(seenFrom), tense, explanation: `a future seen from ${longDay(seenFrom)}, no year: the next ${format(date, 'd MMMM')} after it → ${longDay(date)}` };
			}
			const former = FORMER_SCHEDULE.exec(context.textBefore());
			// ("had been due to finish on 6 September"; "was due to take place on November 14 but collapsed": "was" only with a plan
			// that fell through, not "the line was due to reopen on 28 September, the ministry said")
			const fellThrough = former !== null && (/^had/i.test(former[0].trim()) || FELL_THROUGH.test(m.input.slice(m.index + m[0].length).split(/[.;]/)[0] ?? ''));
			if (!announced && fellThrough) {
				const date = nearerYear(context.publication, monthIndex, dayOfMonth);
				return fromPublication(context.publication, day(date), 'day', null, `a schedule as it stood, no year: the nearer ${format(date, 'd MMMM')} to the article of ${longDay(context.publication)} → ${longDay(date)}`);
			}
			// (a day of the last month told of in the present is that one: "a 41 per cent premium to the closing price on November 3", in a
			// story of November 21)
			const lately = nearestYear(context.publication, monthIndex, dayOfMonth, 'past');
			// (not a timetable: "Nominations close on April 30", "the tariff takes effect on January 1")
			const timetable = TIMETABLE_BEFORE.test(context.textBefore());
			const recent = tense === 'present' && !timetable && (context.publication.getTime() - lately.getTime()) / 86_400_000 <= 31;
			// (nor the date of a paper or a record cited, whatever the tense: "quoting log 0932 of 15 November", "the letter of 3 March")
			// (unless the record is still to come: "the edition of 2 June will carry …", "the letter of 20 May, which the council will send",
			// "will appear in the edition of 2 June"; "will examine the letter of 3 March" cites one that is not)
			const dated = DATED_RECORD.test(context.textBefore()) && !/^\s*(?:will\b|,\s*which\b[^.;]*?\bwill\s+(?:send|publish|issue|carry|post|release|print)\b)/.test(m.input.slice(m.index + m[0].length)) && !/\bwill\s+(?:appear|be\s+(?:published|printed|carried|announced))\s+in\s+[^.;]*$/.test(context.textBefore());
			// ("In 1976, the rain came back only on October 3": the year the sentence set before)
			const setYear = recent || dated ? undefined : yearNamedBefore(context.textBefore(), context.publication, monthIndex, tense);
			const date = recent || dated ? lately : setYear !== undefined ? new Date(setYear, monthIndex, dayOfMonth) : nearestYear(context.publication, monthIndex, dayOfMonth, tense);
			// ("on Monday, February 3": the weekday written with the day picks the year whose calendar agrees, the nearer of two)
			const weekdayWritten = new RegExp(String.raw`^(?:\S+\s+)*?(${WEEKDAY})\b`, 'u').exec(m[0])?.[1];
			const target = weekdayWritten ? WEEKDAYS.get(weekdayWritten.toLowerCase()) : undefined;
			if (target !== undefined && date.getDay() !== target) {
				const agreeing = agreeingDay(context.publication, date.getFullYear(), [-1, 1, -2, 2], monthIndex, dayOfMonth, target);
				if (agreeing) return fromPublication(context.publication, day(agreeing), 'day', tense, `no year given, but ${format(agreeing, 'd MMMM')} is a ${weekdayWritten} in ${agreeing.getFullYear()}, the nearest such year to the article of ${longDay(context.publication)} → ${longDay(agreeing)}`);
			}
			if (setYear !== undefined) return fromPublication(context.publication, day(date), 'day', tense, `no year given: ${format(date, 'd MMMM')} of the year the sentence named before → ${longDay(date)}`);
			return fromPublication(context.publication, day(date), 'day', tense, `no year given: the ${tense === 'past' || recent || dated ? 'latest' : 'next'} ${format(date, 'd MMMM')} from the publication date (${dated ? 'the date of a record cited' : `${tense} tense`}${recent ? ', within the month before' : ''}) → ${longDay(date)}`);
		},
	},
	{
		// ISO dates: "2024-03-08"
		hint: /\d{4}-\d\d-\d\d/,
		regex: new RegExp(String.raw`${B}${PREP}?(${YEAR})-(\d\d)-(\d\d)${E}`, 'gu'),
		resolve: (m) => {
			const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
			if (date.getMonth() !== Number(m[2]) - 1) return undefined;
			return absolute(day(date), 'day', `${longDay(date)}, as written`);
		},
	},
	{
		// "February of that year", "March of the following year"
		hint: / year/,
		regex: new RegExp(String.raw`${B}${PREP}?(${MONTH})\s+(?:of\s+)?(that|the same|the following|the next|the previous|the preceding)\s+year${E}`, 'gu'),
		resolve: (m, context) => {
			if (!context.previous) return undefined;
			const shift = stepOf(m[2] ?? '');
			const y = context.previous.date.getFullYear() + shift;
			const date = new Date(y, monthNumber(m[1] ?? '') - 1, 1);
			return { value: month(date), granularity: 'month', anchor: 'previous', anchorDate: year(context.previous.date), tense: null, explanation: `"${m[2]} year" refers back to ${y - shift}: ${format(date, 'MMMM yyyy')}` };
		},
	},
	{
		// "March 2022", "in March 2022", "since March of 2022", "March last year"
		hint: /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[\p{L}.]*\s+(?:of\s+)?(?:\d{4}|last|this|next)/u,
		regex: new RegExp(String.raw`${B}${PREP}?(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:early\s+|late\s+|mid-)?(${MONTH})\s+(?:of\s+)?(${YEAR}|last year|this year|next year)${E}`, 'gu'),
		resolve: (m, context) => {
			const which = m[2] ?? '';
			const y = /^\d/.test(which) ? Number(which) : context.publication.getFullYear() + (which.startsWith('last') ? -1 : which.startsWith('next') ? 1 : 0);
			const date = new Date(y, monthNumber(m[1] ?? '') - 1, 1);
			return /^\d/.test(which) ? absolute(month(date), 'month', `${format(date, 'MMMM yyyy')}, as written`) : fromPublication(context.publication, month(date), 'month', null, `${which} from the publication date → ${format(date, 'MMMM yyyy')}`);
		},
	},
	{
		// decades in words: "in the eighties", "since the early seventies", "the team of the Sixties" (not a measure on a scale: "highs in
		// the sixties", "Brent crude has hovered in the seventies", "slowed into the thirties", "the thirties zone")
		hint: /ties\b/i,
		regex: new RegExp(String.raw`${B}(?:(${anyCase('in|since|during|from|until|through|throughout|by|after|before')})\s+|(?<=\b[Oo]f\s+)|(?<=^\s*|[.!?]\s+))[Tt]he\s+(?:early\s+|late\s+)?([Tt]wenties|[Tt]hirties|[Ff]orties|[Ff]ifties|[Ss]ixties|[Ss]eventies|[Ee]ighties|[Nn]ineties)${E}`, 'gu'),
		resolve: (m, context) => {
			const after = m.input.slice(m.index + m[0].length);
			// (the clause around it: "The band, which broke up in the eighties, is going back out on tour" measures nothing)
			const clause = `${context.textBefore().split(/[,;:]/).at(-1) ?? ''} ${after.split(/[,.;:!?]/)[0] ?? ''}`;
			if (MEASURED.test(clause) || /\b(?:into|to)\s+$/i.test(context.textBefore())) return undefined;
			// (nor a reading to come: "Thursday will be in the nineties"; "since the nineties" has been, whatever the tense)
			if (context.tense() === 'future' && /^in$/i.test(m[1] ?? '')) return undefined;
			const decade = `19${DECADE_WORDS.indexOf((m[2] ?? '').toLowerCase()) + 2}`;
			return absolute(decade, 'decade', `"${m[0]}": the decade ${decade}0–${decade}9`);
		},
	},
	{
		// a week counted in the year, as health ministries report outbreaks: "in epidemiological week 14", and "in week 13" in a story
		// that counts them so; the ISO week of that number, in the article's year, or the year before for a past week still ahead of
		// the article's ("Last year's outbreak peaked in week 12", in early March)
		hint: /\bweek\s+\d/,
		// (a bare "week 13" after "in", "during", "by", "since", "from" or "until" only: not "Last week 45 new cases", "at week 28")
		regex: new RegExp(String.raw`${B}(?:(?:[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Ff]rom|[Uu]ntil)\s+(?:(?:[Ee]pidemiological|[Ee]pi)\s+)?|(?:[Ee]pidemiological|[Ee]pi)\s+)week\s+(\d{1,2})(?![\d.,]\d|\s+of\b|\s*[-–]\s*\d)${E}`, 'gu'),
		resolve: (m, context) => {
			const number = Number(m[1]);
			if (!context.epidemiologicalWeeks || number < 1) return undefined;
			const [pubYear, pubWeek] = [getISOWeekYear(context.publication), getISOWeek(context.publication)];
			const tense = context.tense();
			// (a week still ahead of the article's is last year's unless the words look ahead: "in week 52", told in January)
			// (and a week of last year's: "Last year's outbreak peaked in epidemiological week 12")
			const year = (tense !== 'future' && number > pubWeek) || /\blast\s+year\b/i.test(context.textBefore()) ? pubYear - 1 : pubYear;
			if (number > getISOWeeksInYear(new Date(year, 6, 1))) return undefined;
			const value = `${year}-W${pad(number, 2)}`;
			return fromPublication(context.publication, value, 'week', tense, `"${m[0]}": week ${number} of the year as outbreaks are counted (ISO weeks), ${year === pubYear ? 'the article’s year' : 'the year before the article’s (last year’s, or a week still ahead of the article’s own)'} → ${value}`);
		},
	},
	{
		// decades: "the 1990s", "the '90s"
		hint: /0s\b/,
		regex: new RegExp(String.raw`${B}(?:[Ii]n\s+)?[Tt]he\s+(?:early\s+|late\s+|mid-)?(?:(1\d\d|20\d)0s|['’](\d)0s)(?!\s+of\b)${E}`, 'gu'),
		resolve: (m) => {
			// ("the 1600s" before the 1800s is a century, the 17th)
			if (m[1] && /^1[0-7]0$/.test(m[1])) return absolute(m[1].slice(0, 2), 'century', `"${m[0]}": the century ${m[1].slice(0, 2)}00–${m[1].slice(0, 2)}99`);
			const decade = m[1] ?? `19${m[2] ?? ''}`;
			return absolute(decade, 'decade', `the decade ${decade}0–${decade}9`);
		},
	},
	{
		// centuries: "the 19th century", "in the early 10th century", "the late ninth century", and as an adjective: "17th-century
		// lace collars", "the late-19th-century baseline"
		hint: /century/,
		// (not a batter's hundred, "the second century of his Test career", nor one before Christ)
		regex: new RegExp(String.raw`${B}(?:(?:[Ii]n\s+)?[Tt]he\s+(?:early\s+|late\s+|mid-)?(?:(\d{1,2})(?:st|nd|rd|th)|(${CENTURY_ORDINALS}))\s+century|(?:early-|late-|mid-)?(\d{1,2})(?:st|nd|rd|th)[-‐]century)(?!\s+(?:B\.?C\.?E?|of\s+(?:his|her|their|its|the\s+(?:match|innings|series|season|tour))\b)|\s+(?:for|in)\s+(?:Test|ODI|one-day|first-class)\b)${E}`, 'gu'),
		resolve: (m) => {
			const ordinal = Number(m[1] ?? m[3] ?? ORDINAL_WORDS.indexOf(m[2]?.toLowerCase() ?? '') + 1);
			const century = String(ordinal - 1).padStart(2, '0');
			return absolute(century, 'century', `the ${m[2] ?? withOrdinalSuffix(ordinal)} century`);
		},
	},
	{
		// quarters and halves: "the first quarter of 2024", "the second quarter", "Q3 2025", "the first half of next year",
		// "the April-June quarter", "the April–June quarter last year" (not a half of something else: "the first half of the 2024-25 season", "of the match")
		hint: /quarter|half|Q[1-4]/,
		regex: new RegExp(String.raw`${B}(?:in\s+|during\s+)?(?:(?:the\s+)?(first|second|third|fourth|final|last)[\s-](quarter|half)(?:\s+of\s+(${YEAR}|this year|last year|next year|the year|that year|the same year))?(?!\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|next\s+|last\s+|this\s+|[\p{L}\d–-]+\s+(?=(?:century|season|campaign)\b))?(?:${MONTH}|month|week|day|decade|century|season|match|game|race|innings|term|semester|campaign|tournament|series|war|reign))|Q([1-4])(?:\s+(${YEAR}))?|(?:the\s+)?(January|April|July|October)[-–](?:March|June|September|December)\s+quarter(?:\s+(?:of\s+)?(${YEAR}|last\s+year|next\s+year|this\s+year))?|(?<=\bthe\s+)(March|June|September|December)\s+quarter(?![-‐–]\p{L})(?:\s+of\s+(${YEAR}))?)${E}`, 'gu'),
		resolve: (m, context) => {
			// ("the September quarter": a quarter named by its last month, in Australian and New Zealand copy)
			const which = m[3] ?? m[5] ?? m[7] ?? m[9];
			// ("the third quarter of that year": of the year named before)
			const thatYear = which === 'that year' || which === 'the same year' ? context.previous?.date.getFullYear() : undefined;
			const y = which && /^\d/.test(which) ? Number(which) : (thatYear ?? context.publication.getFullYear() + (which?.startsWith('last') ? -1 : which?.startsWith('next') ? 1 : 0));
			if (m[2] === 'half') {
				const half = m[1] === 'first' ? 1 : 2;
				return { value: `${y}-H${half}`, granularity: 'quarter', anchor: which && /^\d/.test(which) ? 'absolute' : 'publication', anchorDate: which && /^\d/.test(which) ? null : day(context.publication), tense: null, explanation: `half ${half} of ${y}` };
			}
			// "last quarter", without "the", is the quarter before the article's ("the last quarter" is the year's fourth)
			if (m[1] === 'last' && m[2] === 'quarter' && !which && !/^(?:(?:in|during)\s+)?the\s/i.test(m[0])) {
				const previous = addMonths(context.publication, -3);
				const value = pointValue({ date: previous, granularity: 'quarter' });
				return fromPublication(context.publication, value, 'quarter', null, `"${m[0]}": the quarter before the article's, ${longDay(context.publication)} → ${value}`);
			}
			const quarter = m[4] ? Number(m[4]) : m[6] ? Math.floor((monthNumber(m[6]) - 1) / 3) + 1 : m[8] ? monthNumber(m[8]) / 3 : (ORDINALS[m[1] ?? ''] ?? 1);
			// "will report fourth-quarter results on February 6" (in January), "will publish its second-quarter figures on July 15"
			// (in April), "expects first-quarter revenue to fall" (in December): results to come are for the quarter that ends between
			// four months before and eight months after the article; results in the past tense keep the tense's reading
			const results = /^[\s-]+(?:results|earnings|profits?|figures|sales|revenues?|numbers|loss(?:es)?)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12));
			if (!which && results && context.tense() !== 'past') {
				const pub = context.publication;
				const ends = (y: number) => new Date(y, quarter * 3, 1);
				const at = [pub.getFullYear() - 1, pub.getFullYear(), pub.getFullYear() + 1].find((y) => ends(y) >= addMonths(pub, -4) && ends(y) <= addMonths(pub, 8)) ?? pub.getFullYear();
				return fromPublication(pub, `${at}-Q${quarter}`, 'quarter', null, `results of quarter ${quarter} to come: the one ending nearest ${longDay(pub)} → ${at}-Q${quarter}`);
			}
			if (!which) {
				const tense = context.tense();
				const current = getQuarter(context.publication);
				const y2 = tense === 'past' && quarter > current ? y - 1 : tense === 'future' && quarter < current ? y + 1 : y;
				return fromPublication(context.publication, `${y2}-Q${quarter}`, 'quarter', tense, `quarter ${quarter} without a year, article of ${longDay(context.publication)}, ${tense} tense → ${y2}-Q${quarter}`);
			}
			if (thatYear !== undefined && context.previous) return { value: `${y}-Q${quarter}`, granularity: 'quarter', anchor: 'previous', anchorDate: pointValue(context.previous), tense: null, explanation: `quarter ${quarter} of the year named before, ${y}` };
			return { value: `${y}-Q${quarter}`, granularity: 'quarter', anchor: which && /^\d/.test(which) ? 'absolute' : 'publication', anchorDate: which && /^\d/.test(which) ? null : day(context.publication), tense: null, explanation: `quarter ${quarter} of ${y}` };
		},
	},
	{
		// a sporting season: "this season", "last season", "until the end of the season" in a story about sport; across two
		// years from August ("2023/2024") for most team sports, the calendar year for cycling, tennis and the like
		hint: /season/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|during|until|since|by|for|through|after|before|from|over')})\s+)?(?:(?:the\s+)?(?:whole|end|start|beginning|rest)\s+of\s+)?(?:(${anyCase('this|last|next')}|(?<=of\s+)the)\s+season|(${NUM}|${anyCase('two|three|four|five|six|several')})\s+seasons\s+ago)(?![\p{L}-])`, 'gu'),
		resolve: (m, context) => {
			const kind = context.sportSeasons;
			if (!kind) return undefined;
			const pub = context.publication;
			// ("Last season", opening a sentence; "two seasons ago": that many back)
			const word = (m[1] ?? '').toLowerCase();
			// (not a vague count: "a few seasons ago")
			if (m[2] && /^(?:several|a few)$/i.test(m[2])) return undefined;
			const shift = m[2] ? -count(m[2]) : word === 'last' ? -1 : word === 'next' ? 1 : 0;
			if (kind === 'calendar') {
				const y = pub.getFullYear() + shift;
				return fromPublication(pub, String(y), 'year', null, `"${m[0]}": a sport whose season is the calendar year → ${y}`);
			}
			// (in June and July, between seasons, "last season" is the one just ended)
			const between = pub.getMonth() === 5 || pub.getMonth() === 6;
			const first = (pub.getMonth() >= 7 ? pub.getFullYear() : pub.getFullYear() - 1) + (between && shift < 0 ? shift + 1 : shift);
			const value = `${first}/${first + 1}`;
			const which = shift === 0 ? 'the current one' : shift === -1 ? 'the last one' : shift === 1 ? 'the next one' : `${-shift} back`;
			return fromPublication(pub, value, 'range', null, `"${m[0]}": a season from August to May, ${which} from ${longDay(pub)} → ${value}`);
		},
	},
	{
		// "two winters ago", "three summers ago": that many such seasons back, "last winter" the first of them
		hint: /(?:springs|summers|autumns|falls|winters) ago/i,
		regex: new RegExp(String.raw`${B}(${NUM})\s+(spring|summer|autumn|fall|winter)s\s+ago${E}`, 'giu'),
		resolve: (m, context) => {
			const code = SEASONS[(m[2] ?? '').toLowerCase()] ?? 'SU';
			const current = seasonOf(context.publication, context.southern);
			const last = seasonIndex(code, context.southern) >= seasonIndex(current.code, context.southern) ? current.year - 1 : current.year;
			const at = last - (count(m[1] ?? '') - 1);
			return fromPublication(context.publication, `${at}-${code}`, 'season', 'past', `"${m[0]}" from ${longDay(context.publication)}: the last such season was ${last} → ${at}-${code}`);
		},
	},
	{
		// "since the spring of last year", "by the summer of next year": the season of the year named
		hint: /(?:spring|summer|autumn|fall|winter)\s+of\s+(?:last|this|next)\s+year/i,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|since|by|until|during|through|over|before|after|from')})\s+)?the\s+(spring|summer|autumn|fall|winter)\s+of\s+(${anyCase('last|this|next')})\s+year${E}`, 'gu'),
		resolve: (m, context) => {
			const season = (m[1] ?? '').toLowerCase();
			const y = context.publication.getFullYear() + ({ last: -1, next: 1 }[(m[2] ?? '').toLowerCase()] ?? 0);
			return fromPublication(context.publication, `${y}-${SEASONS[season] ?? 'SU'}`, 'season', null, `"${m[0]}": the ${season} of ${y}`);
		},
	},
	{
		// seasons: "last summer", "this winter", "the spring of 2023", "by the spring of 2027", "summer 2024", "in the autumn", "since the spring", "in spring"
		hint: /spring|summer|autumn|fall|winter/i,
		regex: new RegExp(String.raw`${B}(?:(?:[Ii]n\s+)?(${anyCase('last|this|next|the coming|the past|the following|the previous|that')})\s+(spring|summer|autumn|fall|winter)|(?:(?:${anyCase('in|since|by|until|during|through|over|before|after|from')})\s+)?(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(${YEAR})|(?:in|since|by|until|during|through|over|before|after)\s+the\s+(spring|summer|autumn|winter|fall)|in\s+(spring|summer|autumn|winter)|(?:into|from)\s+the\s+(spring|summer|autumn|winter)(?!\s+(?:of|in)\b))${E}`, 'gu'),
		resolve: (m, context) => {
			const season = (m[2] ?? m[3] ?? m[5] ?? m[6] ?? m[7] ?? '').toLowerCase();
			const code = SEASONS[season] ?? 'SU';
			if (m[4]) return absolute(`${m[4]}-${code}`, 'season', `${season} ${m[4]}, as written`);
			const pub = context.publication;
			const modifier = (m[1] ?? '').toLowerCase();
			let y = pub.getFullYear();
			const current = seasonOf(pub, context.southern);
			// "opened the Sentinel in 1976 … that autumn": the season of the year before
			if (modifier === 'that') {
				// ("said that summer camps would be cut": a conjunction, not the summer before)
				if (!context.previous || /\b(?:said|says|told|tells|added|warned|reported|announced|insisted|argued|noted|believes?|thinks?|knew|know|hoped?|hopes|claimed|found|showed|shows)\s+$/i.test(context.textBefore())) return undefined;
				const at = context.previous.date.getFullYear();
				return { value: `${at}-${code}`, granularity: 'season', anchor: 'previous', anchorDate: pointValue(context.previous), tense: null, explanation: `"that ${season}": the ${season} of ${at}, the year mentioned before` };
			}
			// "took command in 1999. The following spring": the first such season after the date before (before it, for "the previous")
			const relative = modifier === 'the following' || modifier === 'the previous';
			if (relative && context.previous && context.previous.granularity !== 'decade') {
				const point = context.previous;
				const following = modifier === 'the following';
				let at: number;
				// a year's following spring is the next year's; a day's or a month's, the first spring after it
				if (point.granularity === 'year') at = point.date.getFullYear() + (following ? 1 : -1);
				else {
					const from = seasonOf(point.date, context.southern);
					if (following) at = seasonIndex(code, context.southern) > seasonIndex(from.code, context.southern) ? from.year : from.year + 1;
					else at = seasonIndex(code, context.southern) < seasonIndex(from.code, context.southern) ? from.year : from.year - 1;
				}
				return { value: `${at}-${code}`, granularity: 'season', anchor: 'previous', anchorDate: pointValue(point), tense: null, explanation: `${modifier} ${season} from ${pointValue(point)}, the date before → ${season} ${at}` };
			}
			if (modifier === 'last' || modifier === 'the past' || modifier === 'the previous') y = seasonIndex(code, context.southern) >= seasonIndex(current.code, context.southern) ? current.year - 1 : current.year;
			else if (modifier === 'the following') y = seasonIndex(code, context.southern) <= seasonIndex(current.code, context.southern) ? current.year + 1 : current.year;
			else if (modifier === 'next' || modifier === 'the coming') y = seasonIndex(code, context.southern) <= seasonIndex(current.code, context.southern) ? current.year + 1 : current.year;
			// "this summer", "this autumn": the season of the article's own year, passed or to come (as the gold files date them:
			// "this fall" in January is the autumn ahead, in November the one just gone); "this winter" in January to March is
			// the winter under way, which began the December before
			else if (modifier === 'this') y = code === 'WI' && !context.southern && pub.getMonth() <= 2 ? pub.getFullYear() - 1 : pub.getFullYear();
			else {
				const tense = context.tense();
				// (a limit set in the present lies ahead: "we see no case for moving again before the spring", in December)
				const ahead = tense === 'future' || (tense !== 'past' && /^(?:by|until|before)\s/i.test(m[0]));
				if (code === current.code) y = current.year;
				else if (ahead) y = seasonIndex(code, context.southern) < seasonIndex(current.code, context.southern) ? current.year + 1 : current.year;
				else y = seasonIndex(code, context.southern) > seasonIndex(current.code, context.southern) ? current.year - 1 : current.year;
			}
			return fromPublication(pub, `${y}-${code}`, 'season', null, `${modifier || 'this'} ${season} from ${longDay(pub)} → ${season} ${y}`);
		},
	},
	{
		// "over the weekend", "last weekend", "this weekend", "next weekend": the Saturday and Sunday of
		// an ISO week (TimeML `2025-W19-WE`); a bare "the weekend" follows the tense of its clause
		hint: /weekend/i,
		// (not one its days name: "on the weekend of 12-13 April" is the range of those days)
		regex: new RegExp(String.raw`${B}(last|this past|the past|this|next|the coming|the previous|the following|over the|at the|during the|on the|for the|by the|until the|the)\s+weekend${E}(?!\s+of\s+(?:\d|${MONTH}\s+\d))`, 'giu'),
		resolve: (m, context) => {
			const modifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
			const pub = context.publication;
			// "the previous weekend", "the following weekend": around the day mentioned before
			const previous = context.previous;
			if ((modifier === 'the previous' || modifier === 'the following') && previous?.granularity === 'day') {
				const saturday = modifier === 'the previous' ? previousDay(previous.date, 6) : nextDay(previous.date, 6);
				return { value: `${week(saturday)}-WE`, granularity: 'week', anchor: 'previous', anchorDate: day(previous.date), tense: null, explanation: `"${m[0]}" from the date mentioned before, ${longDay(previous.date)} → the weekend of ${longDay(saturday)}` };
			}
			const inWeekend = pub.getDay() === 0 || pub.getDay() === 6;
			let tense: Tense | null = null;
			let shift: number;
			if (modifier === 'last') shift = -1;
			else if (modifier === 'this past' || modifier === 'the past') shift = inWeekend ? 0 : -1;
			else if (modifier === 'this') shift = 0;
			// as "next Friday" is the first Friday to come, "next weekend" is the first weekend to come
			// (from a Friday too, whose "this weekend" is the next day's)
			else if (modifier === 'next' || modifier === 'the coming') shift = inWeekend || (modifier === 'next' && pub.getDay() === 5) ? 1 : 0;
			else {
				tense = context.tense();
				shift = tense === 'past' ? (inWeekend ? 0 : -1) : tense === 'future' && pub.getDay() === 0 ? 1 : 0;
			}
			const date = addWeeks(pub, shift);
			const saturday = addDays(startOfISOWeek(date), 5);
			return fromPublication(pub, `${week(date)}-WE`, 'week', tense, `"${m[0]}", article of ${longDay(pub)}${tense ? `, ${tense} tense` : ''} → the weekend of ${longDay(saturday)}`);
		},
	},
	{
		// "by the end of the year", "at the start of next month", "the middle of last week": the week,
		// month or year (TimeML keeps its part as a modifier, which the value leaves out)
		hint: /end|start|beginning|middle/i,
		regex: new RegExp(String.raw`${B}(?:(?:by|at|before|until|from|after|toward|towards)\s+)?the\s+(?:end|start|beginning|middle)\s+of\s+(the|this|next|last)\s+(week|month|year|decade)${E}`, 'giu'),
		resolve: (m, context) => {
			const which = (m[1] ?? '').toLowerCase();
			const unit = (m[2] ?? '').toLowerCase();
			const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
			const pub = context.publication;
			// "by the end of the decade": the decade as TimeML writes it ("202")
			// (in a past told of an earlier year, "In the spring of 1968 … by the end of the decade she had become", that year's)
			// (not after a year in an aside: "The company, founded in 1987, set a goal of becoming carbon neutral by the end of the decade";
			// but "In 1962, the president vowed to land on the moon by the end of the decade" is the 1960s)
			const aside = /,\s+(?:(?:was|were)\s+)?(?:founded|established|opened|built|born|created|launched|formed|set\s+up)\s+in\s+\d{4},/i.test(context.textBefore());
			// (nor a goal or a baseline: "wants to cut emissions by 40% from 2015 levels by the end of the decade")
			const sentence = `${context.textBefore()}${m.input.slice(m.index + m[0].length).split(/[.;]/)[0] ?? ''}`;
			const goal = /\b(?:goal|target|aim|aims|aimed|plan|plans|planned|pledged?|promised?|would|will|expects?|expected|hopes?|hoped|intends?|intended|wants?|wanted)\b/i.test(sentence);
			const opening = context.previousInSentence && /^\s*(?:In|By|During)\s+(?:(?:the\s+)?[\p{L}]+\s+of\s+)?\d{4},/u.test(context.textBefore());
			const told = which === 'the' && unit === 'decade' && context.previous !== undefined && context.previous.date.getFullYear() < pub.getFullYear() && ((context.tense() === 'past' && !goal) || opening) && !aside;
			const value = periodFrom(told && context.previous ? context.previous.date : pub, unit, shift);
			if (told && context.previous) return { value, granularity: unit as Granularity, anchor: 'previous', anchorDate: pointValue(context.previous), tense: 'past', explanation: `"${m[0]}" in a past told of ${pointValue(context.previous)} → ${value}` };
			return fromPublication(pub, value, unit as Granularity, null, `"${m[0]}", article of ${longDay(pub)} → ${value}`);
		},
	},
	{
		// a live blog's time stamp opening an update: "5:20 p.m. — The mayor says …", "17:40 GMT — Grid operator … says", "09:15 — Crowds
		// begin gathering": a time of the article's day
		hint: /^\d{1,2}[:.]\d\d|\d\d[:.]?\d\d/,
		// (a 24-hour one at the start of any line, before a sentence, which may open with a figure or a quotation: not a score, "21:19 —
		// a thriller of a first set"; four digits only with a zone: "1552 GMT —", not a year, "2019 — a year of floods")
		regex: new RegExp(String.raw`^\d{1,2}[:.]\d\d\s*(?:a\.m\.|p\.m\.|am|pm)(?=\s*[—–]\s)|(?<=^|\n)(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s+${TIME_ZONE})?|(?:[01]\d|2[0-3])[0-5]\d\s+${TIME_ZONE})(?=\s+[—–-]\s+[“"‘']?[\p{Lu}\d])`, 'gu'),
		resolve: (m, context) => (fromPublication(context.publication, day(context.publication), 'day', null, `"${m[0]}": a live update's time stamp, a time of the article's day, ${longDay(context.publication)} (the time itself is not written in the value)`)),
	},
	{
		// "in the new year", "until the new year": the year to come (in January, the one just begun, as "since the new year" is)
		hint: /new year/i,
		regex: new RegExp(String.raw`${B}(${anyCase('in|into|until|till|after|by|before|over|since|from')})\s+the\s+new\s+year(?!['’]s|\s+(?:holiday|holidays|break|day|eve|honours|honors|celebrations?|party|parties|message|address|resolutions?|sales?|period)\b)${E}`, 'gu'),
		resolve: (m, context) => {
			const year = context.publication.getFullYear() + (m[1]?.toLowerCase() === 'since' || context.publication.getMonth() === 0 ? 0 : 1);
			return fromPublication(context.publication, String(year), 'year', null, `"${m[0]}": the new year from the article of ${longDay(context.publication)} → ${year}`);
		},
	},
	{
		// "by month-end", "by year-end", "before month end": the end of the article's month or year
		hint: /(?:month|year)[- ]end/i,
		// ("by year-end 2026": the year written; in a past sentence, "net debt stood at … at year-end", the last one gone)
		regex: new RegExp(String.raw`${B}(?:${anyCase('by|before|until|at|after')})\s+(?:the\s+)?(month|year)[- ]end(?:\s+(${YEAR}))?${E}`, 'giu'),
		resolve: (m, context) => {
			const year = m[1]?.toLowerCase() === 'year';
			// (not a present perfect: "the contractor has assured us of delivery by month-end")
			const past = !m[2] && context.tense() === 'past' && !context.futureInPast() && !/\b(?:has|have)\b/i.test(context.textBefore());
			const value = m[2] ?? (year ? String(context.publication.getFullYear() - (past ? 1 : 0)) : month(addMonths(context.publication, past ? -1 : 0)));
			return fromPublication(context.publication, value, year ? 'year' : 'month', null, `"${m[0]}": the end of the article's ${year ? 'year' : 'month'} → ${value}`);
		},
	},
	{
		// "this day last year": the article's day a year (a month, a week) before, or after with "next"; "this time last year", less
		// exact, its month a year before ("this time last week": its day)
		hint: /this (?:day|time)/i,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('on|at|by|since|until')})\s+)?[Tt]his\s+(day|time)\s+(last|next)\s+(year|month|week)${E}`, 'gu'),
		resolve: (m, context) => {
			const step = m[2]?.toLowerCase() === 'last' ? -1 : 1;
			const unit = m[3]?.toLowerCase();
			const date = unit === 'year' ? addYears(context.publication, step) : unit === 'month' ? addMonths(context.publication, step) : addWeeks(context.publication, step);
			const byMonth = m[1] === 'time' && unit === 'year';
			const value = byMonth ? month(date) : day(date);
			return fromPublication(context.publication, value, byMonth ? 'month' : 'day', null, `"${m[0]}": the article's ${byMonth ? 'month' : 'day'}, ${longDay(context.publication)}, a ${unit} ${step < 0 ? 'before' : 'after'} → ${value}`);
		},
	},
	{
		// "on Monday last", "by Friday next" (the press of South Asia and Africa): the latest such day before the article, or the next
		hint: /day\s+(?:last|next)/i,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('on|by|until|from|since|before|after')})\s+)?(${WEEKDAY})\s+(last|next)(?![\s-]+(?:week|weekend|month|year|season|time|summer|winter|spring|autumn|fall|to|door|${MONTH})\b)${E}`, 'gu'),
		resolve: (m, context) => {
			const target = WEEKDAYS.get((m[1] ?? '').toLowerCase()) ?? 1;
			const date = m[2] === 'last' ? previousDay(context.publication, target as 0) : nextDay(context.publication, target as 0);
			return fromPublication(context.publication, day(date), 'day', null, `"${m[0]}": the ${m[2] === 'last' ? 'latest' : 'next'} ${m[1]} ${m[2] === 'last' ? 'before' : 'after'} the article of ${longDay(context.publication)} → ${longDay(date)}`);
		},
	},
	{
		// "on Tuesday week" (British and Australian): a week after the coming Tuesday (a week today in a Tuesday story); told in the past
		// it is the last such day
		hint: /day week/i,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('on|by|until|from')})\s+)?(${WEEKDAY})\s+week(?!\s+(?:of|to|ending|beginning)\b)${E}`, 'gu'),
		resolve: (m, context) => {
			const target = WEEKDAYS.get((m[1] ?? '').toLowerCase()) ?? 0;
			const pub = context.publication;
			if (context.tense() === 'past') {
				const date = pub.getDay() === target ? pub : previousDay(pub, target as 0);
				return fromPublication(pub, day(date), 'day', 'past', `"${m[0]}" told in the past: the latest ${m[1]} → ${longDay(date)}`);
			}
			const date = addDays(thisOrNext(pub, target), 7);
			return fromPublication(pub, day(date), 'day', 'future', `"${m[0]}": a week after the coming ${m[1]} from the article of ${longDay(pub)} → ${longDay(date)}`);
		},
	},
	{
		// a weekday with its week beside it: "last week Thursday", "on Monday next week", "Friday this week" (the English of West and
		// East Africa): that day of that week
		hint: /week/,
		// (not a range's end, "from Monday to Wednesday last week")
		regex: new RegExp(String.raw`${B}(?<!${WEEKDAY}\s+(?:to|and|until|through)\s+)(?:(?:${anyCase('on|by|until|from|since|before|after')})\s+)?(?:(${anyCase('last|next|this')})\s+week\s+(${WEEKDAY})|(${WEEKDAY})\s+(${anyCase('last|next|this')})\s+week(?:(?!['’])|(?<![Oo]n\s+${WEEKDAY}\s+(?:last|next|this)\s+week)['’]s))${E}`, 'gu'),
		resolve: (m, context) => {
			const which = (m[1] ?? m[4] ?? '').toLowerCase();
			const weekday = m[2] ?? m[3] ?? '';
			const monday = addWeeks(startOfISOWeek(context.publication), which === 'last' ? -1 : which === 'next' ? 1 : 0);
			const inWeek = addDays(monday, ((WEEKDAYS.get(weekday.toLowerCase()) ?? 1) + 6) % 7);
			// ("will address the nation on Wednesday this week" in a Sunday paper: the week to come)
			const date = which === 'this' && inWeek < context.publication && context.tense() === 'future' ? addDays(inWeek, 7) : inWeek;
			return fromPublication(context.publication, day(date), 'day', null, `"${m[0]}": ${weekday} of ${which} week, article of ${longDay(context.publication)} → ${longDay(date)}`);
		},
	},
	{
		// "last week", "this month", "next year", "the past week" (weeks as ISO weeks); "late last
		// month", "earlier this week", "later this year" are the same period, their words kept in the text
		hint: /week|month|year/i,
		// ("last fiscal year", "this financial year": the year, whatever month the fiscal year starts in)
		regex: new RegExp(String.raw`${B}(?:(?:late|early|earlier|later)(?<!(?<!\bfor\s+\S+\s+)(?:day|week|month|year|decade|hour)s?\s+(?:late|early|earlier|later))\s+)?(last|this|(?<!\bthe\s)next|the past|the coming)\s+(?:(?:fiscal|financial)\s+(?=year))?(week|month|year)${E}`, 'giu'),
		resolve: (m, context) => {
			const modifier = (m[1] ?? '').toLowerCase();
			const unit = (m[2] ?? '').toLowerCase();
			// ("rose 4% over the past week", "in the past year": the span up to the article, as "the past decade" is)
			if (modifier === 'the past') return absolute(`P1${unit.charAt(0).toUpperCase()}`, 'duration', `"${m[0]}": the span of a ${unit} up to the article`);
			const shift = modifier === 'last' ? -1 : modifier === 'next' || modifier === 'the coming' ? 1 : 0;
			const pub = context.publication;
			const value = periodFrom(pub, unit, shift);
			return fromPublication(pub, value, unit as Granularity, null, `${modifier} ${unit} from ${longDay(pub)} → ${value}`);
		},
	},
	{
		// "this decade": the decade of the article ("202"); "over the last decade" and "the next decade" are spans, found before
		hint: /this decade/i,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|during|by|before')})\s+)?(?:[Ll]ater\s+|[Ee]arlier\s+)?[Tt]his\s+decade${E}`, 'gu'),
		resolve: (m, context) => {
			const value = decadeValue(context.publication);
			return fromPublication(context.publication, value, 'decade', null, `"${m[0]}", article of ${longDay(context.publication)} → the ${value}0s`);
		},
	},
	{
		// anaphoric: "the following day", "the next week", "the previous month", "that year", "the same day",
		// "the previous quarter" (after a quarter), "the following decade"
		hint: /day|week|month|year|quarter|decade|night|morning|afternoon|evening|date/i,
		// ("over the next decade" looks ahead from the article: a duration, below; "that night", "the next morning": a part of the day before)
		// ("From that date, burning off will require a permit": the day named before)
		regex: new RegExp(String.raw`${B}(?:on\s+|in\s+|(?:from|since|until|by|after|before)\s+(?=that\s+date|the\s+same\s+date))?(the following|the next|the previous|the preceding|the same|that)\s+(?:first\s+)?(day|week|month|quarter|year|decade|night|morning|afternoon|evening|(?<=(?:from|since|until|by|after|before|on)\s+(?:that|the\s+same)\s+)date(?![\p{L}-]))(?<!next\s+decade)(?<!(?:following|next|previous|preceding)\s+date)${E}`, 'giu'),
		resolve: (m, context) => {
			const previous = (m[2] ?? '').toLowerCase() === 'decade' ? (context.decade ?? context.previous) : context.previous;
			if (!previous) return undefined;
			const which = (m[1] ?? '').toLowerCase();
			const written = (m[2] ?? '').toLowerCase();
			if (written === 'date' && previous.granularity !== 'day') return undefined;
			const unit = written === 'date' ? 'day' : written;
			const shift = stepOf(which);
			const from = pointValue(previous);
			const period = (value: string, granularity: Granularity) => ({ value, granularity, anchor: 'previous' as const, anchorDate: from, tense: null, explanation: `"${which} ${unit}" from the date mentioned before, ${from} → ${value}` });
			// (a part of a day counts from the day named last, even when a year was named since: "left on March 1 … founded in 1998 …
			// reached them at 6 a.m. the following morning")
			const partOf = previous.granularity === 'day' ? previous.date : which !== 'that' ? context.lastDay : undefined;
			if (/^(?:night|morning|afternoon|evening)$/.test(unit)) return partOf ? { ...period(day(addDays(partOf, shift)), 'day'), anchorDate: day(partOf) } : undefined;
			if (unit === 'decade') return period(decadeValue((context.decade ?? previous).date, shift), 'decade');
			// ("on December 26 … who had moved to Britain in 2016, died in hospital the following day": a day counts from the day named last)
			// (only over a year or month in a relative clause of the same sentence; "In 2020 it was sold, and the next day …" is no day named)
			// (or when that day is in the same sentence: "rose on Tuesday after the utility published second-quarter results the same day")
			// (or when the year names a thing: "on October 17 on a camp of a faction that rejected the 2016 peace deal. … said the next day")
			const aside = (context.previousPointInSentence && /\b(?:who|which|whose)\b[^.;]*?,[^,]*$/.test(context.textBefore())) || context.lastDayInSentence || context.previousNames;
			if (unit === 'day' && previous.granularity !== 'day' && which !== 'that' && context.lastDay && aside) return shifted({ date: context.lastDay, granularity: 'day' }, 'day', shift, `${which} ${unit}`);
			if (unit === 'quarter') {
				if (previous.granularity !== 'quarter' && previous.granularity !== 'month' && previous.granularity !== 'day') return undefined;
				const date = addMonths(previous.date, 3 * shift);
				return period(pointValue({ date, granularity: 'quarter' }), 'quarter');
			}
			// "the following week" after a day is that week, as "a week later" is a day
			if (unit === 'week' && previous.granularity === 'day') return period(week(addWeeks(previous.date, shift)), 'week');
			// ("the following year" and "that year" after a month name the year, where "a year later" names the month a year on)
			if (unit === 'year') return period(String(previous.date.getFullYear() + shift), 'year');
			return shifted(previous, unit as 'day' | 'week' | 'month' | 'year', shift, `${which} ${unit}`);
		},
	},
	{
		// "hours later", "about 40 minutes later", "moments after": the day mentioned last (a clock time is not kept; "for 48
		// hours earlier this month" is a length, then "earlier this month")
		hint: /(?:hours|minutes|moments)\s+(?:later|earlier|afterwards)/i,
		regex: new RegExp(String.raw`${B}(?:(?:about|around|some|nearly|just|only)\s+)?(?:(?:a\s+few|several|two|three|four|five|six|\d+)\s+)?(?:hours|minutes|moments)\s+(?:later|earlier|afterwards)(?!(?<=earlier)\s+(?:this|last|that)\s+(?:week|month|year))${E}`, 'giu'),
		resolve: (m, context) => {
			const day_ = context.lastDay;
			if (!day_) return undefined;
			return { value: day(day_), granularity: 'day', anchor: 'previous', anchorDate: day(day_), tense: null, explanation: `"${m[0]}": the day mentioned last, ${longDay(day_)}` };
		},
	},
	{
		// two units counted on from the date before: "Three months and 10 days later", "a year and two months earlier"
		hint: /\sand\s/,
		regex: new RegExp(String.raw`${B}(${NUM})\s+(years?|months?|weeks?)\s+and\s+(${NUM})\s+(months?|weeks?|days?)\s+(later|earlier)${E}`, 'giu'),
		resolve: (m, context) => {
			const named = context.previous;
			const [larger, smaller] = [(m[2] ?? '').toLowerCase().replace(/s$/, ''), (m[4] ?? '').toLowerCase().replace(/s$/, '')] as ('day' | 'week' | 'month' | 'year')[];
			if (!named || !larger || !smaller || larger === smaller) return undefined;
			const sign = /later/i.test(m[5] ?? '') ? 1 : -1;
			// (from a day, a day: "on March 3 … Three months and 10 days later" is June 13; from a month, as precise as the units allow)
			const between = named.granularity === 'day' ? { date: shiftDate(named.date, larger, sign * count(m[1] ?? '')), granularity: 'day' as const } : toPoint(shifted(named, larger, sign * count(m[1] ?? ''), m[0])?.value ?? null, named.granularity);
			const result = between && shifted(between, smaller, sign * count(m[3] ?? ''), m[0]);
			return result && { ...result, anchorDate: pointValue(named), explanation: `"${m[0]}" from the date mentioned before, ${pointValue(named)} → ${result.value}` };
		},
	},
	{
		// "two days later", "a week earlier", "three years before" (not "two years later than planned":
		// a delay, which the durations below take)
		// "the day before", "the week after": one unit from the date before
		hint: /(?:day|week|month|year|decade)s?\s+(?:later|earlier|after|before)/i,
		// (not a length before what it runs up to or on from: "closed for a week after the shooting", "over three days before returning")
		// (nor one counted from a date written after it: "two weeks before the March 24 election" counts from March 24, not the day before)
		regex: new RegExp(String.raw`${B}((?<!${LENGTH_BEFORE}\s+)${NUM}|the)\s+(days?|weeks?|months?|years?|decades?)\s+(later|earlier|after|before)(?!\s+than\b|(?<=earlier)\s+(?:this|last|that)\s+(?:week|month|year)|(?<=after|before)\s+(?:the\s+)?(?:${MONTH}\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${WEEKDAY})|(?<=after|before)\s+(?:it|he|she|they|we|I|you)\b)${E}`, 'giu'),
		resolve: (m, context) => {
			if (/^(?:a|one|the)\s+year\s+(?:earlier|before)$/i.test(m[0])) {
				const quarter = yearAgoQuarter(context, m[0]);
				if (quarter) return quarter;
				// "fell 18% in May from a year earlier": a month's figure compared with the same month a year before
				// (and a day's written in the sentence: "54% full on Sunday, compared with 68% a year earlier" is that Sunday's date a year
				// before; not the last day of a period, "for its second quarter, which ended Sept. 30, up 18 per cent from a year earlier")
				const month = context.previous;
				// (only a figure compared right before it, "compared with 68%", "up 8% from"; not a day the figure was reported on, "said on
				// Tuesday that net profit rose 8% from a year earlier", nor the end of a period, "in the week ended March 8", "the four
				// weeks to Sunday", nor a narrative "which it had rejected a year earlier")
				const textBefore = context.textBefore();
				const compared = /(?:\b(?:compared\s+(?:with|to)|against|from|than|versus|vs\.?|with)\s+(?:about\s+|around\s+|nearly\s+|just\s+)?[$€£]?\d[\d.,]*(?:\s*(?:%|per\s*cent|percent|[\p{L}-]+)){0,3}\s*|\b(?:up|down|rose|fell|higher|lower|more|less|increase|decrease|rise|drop|fall)\s+(?:by\s+)?(?:about\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent|points?)?\s+(?:from|on|than)\s+)$/iu.test(textBefore);
				const reportedOn = REPORTED_ON_DAY.test(textBefore);
				const dayCompared = month?.granularity === 'day' && context.previousPointInSentence && compared && !reportedOn && !/\b(?:quarter|half|year|months?|weeks?|days|fortnight|period|ended|ending)\b|\bto\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/iu.test(textBefore);
				if (((month?.granularity === 'month' && context.previousInSentence) || dayCompared) && /\d/.test(textBefore)) {
					const value = pointValue({ date: addYears(month.date, -1), granularity: month.granularity });
					return { value, granularity: month.granularity, anchor: 'previous', anchorDate: pointValue(month), tense: null, explanation: `"${m[0]}" compares a figure of ${pointValue(month)} with the same ${month.granularity} a year before → ${value}` };
				}
			}
			if (!context.previous) return undefined;
			const written = (m[2] ?? '').toLowerCase().replace(/s$/, '');
			// "three decades later": thirty years from the date before
			const unit = (written === 'decade' ? 'year' : written) as 'day' | 'week' | 'month' | 'year';
			// "on Tuesday, two days after a tornado cut …": what comes after "after" happened two days before the date named
			// (and "two days before the vote", two days after it); "two days later" counts on from the date named
			// (only when the date counted from is in the same sentence, "notified the office on April 8, more than two weeks
			// after the breach was closed"; in a sentence of its own, "Two days after the tornado, crews …" counts on from it)
			const following = m.input.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12);
			const anchorsEvent = /^(?:after|before)$/i.test(m[3] ?? '') && /^\s+[\p{L}\d]/u.test(following) && !/^\s+(?:that|this|it|which|then|if|when|unless|as|and|but|or|because|so)\b/i.test(following) && context.previousInSentence;
			const forward = /later|after/i.test(m[3] ?? '') !== anchorsEvent;
			const n = (/^the$/i.test(m[1] ?? '') ? 1 : count(m[1] ?? '1')) * (written === 'decade' ? 10 : 1) * (forward ? 1 : -1);
			return shifted(context.previous, unit, n, `${m[1]} ${m[2]} ${m[3]}`);
		},
	},
	{
		// "two days ago", "three weeks ago", "in two weeks" (not "the worst flood in 50 years", a span
		// looking back, which the durations below take)
		hint: /\bago\b|\bin\s+(?:\S+\s+){1,2}(?:day|week|month|year)/i,
		regex: new RegExp(String.raw`${B}(?:(${NUM})\s+(days?|weeks?|fortnights?|months?|years?|decades?)\s+ago|in(?<!\b(?:${SUPERLATIVES})\s+(?:(?!(?:will|would|is|are|was|were|has|have|had|to|can|could|may|might|should|must)\b)[\p{L}'’-]+\s+){0,5}in)(?<!\b(?:the|its|his|her|their|\p{L}+['’]s)\s+(?:second|third|fourth|fifth)\s+[\p{L}-]+\s+in)\s+(${NUM})\s+(days?|weeks?|months?|years?)(?!\s+(?:of|to|from)))${E}`, 'giu'),
		resolve: (m, context) => {
			const quarter = /^(?:a|one)\s+year\s+ago$/i.test(m[0]) ? yearAgoQuarter(context, m[0]) : undefined;
			if (quarter) return quarter;
			// ("hadn't said a word to each other in eleven years", "the first convoy to reach it in five weeks": in the past, "in"
			// counts a span, which the durations below take)
			const written = (m[2] ?? m[4] ?? '').toLowerCase().replace(/s$/, '');
			// (but a point ahead after a promise in the same clause: "Ministers have promised elections in two years")
			const promised = /\b(?:promised|pledged|vowed|planned|agreed|announced|proposed|offered|expected|hoped|was\s+to|were\s+to)\b/i.test(context.textBefore().split(/[,;]/).at(-1) ?? '');
			if (m[3] && context.tense() === 'past' && !promised) return absolute(`P${count(m[3])}${written[0]?.toUpperCase()}`, 'duration', `"${m[0]}" in the past tense: a span of ${m[3]} ${m[4]}`);
			// "a decade ago" is ten years back, "a fortnight ago" two weeks back
			const unit = (written === 'decade' ? 'year' : written === 'fortnight' ? 'week' : written) as 'day' | 'week' | 'month' | 'year';
			const n = (m[1] ? -count(m[1]) : count(m[3] ?? '1')) * (written === 'decade' ? 10 : written === 'fortnight' ? 2 : 1);
			const pub = context.publication;
			// "two weeks ago" is a week, "three months ago" a month: the unit is the precision; but "a fortnight ago" and
			// "in two weeks" name the day fourteen days away
			const precision = written === 'fortnight' || (m[3] && unit === 'week' && context.tense() !== 'past') ? 'day' : unit;
			const result = shifted({ date: pub, granularity: precision }, unit, n, m[0]);
			return result ? { ...result, anchor: 'publication', anchorDate: day(pub), explanation: `"${m[0]}" from the publication date, ${longDay(pub)} → ${result.value}` } : undefined;
		},
	},
	{
		// deictic days: "today", "tonight", "yesterday", "tomorrow", "last night", "this morning"
		hint: /today|tonight|yesterday|tomorrow|night|morning|afternoon|evening/i,
		regex: new RegExp(String.raw`${B}(?:(?:from|until|by|starting|since)\s+)?(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow|last night|this morning|this afternoon|this evening)${E}`, 'giu'),
		resolve: (m, context) => {
			const word = (m[1] ?? '').toLowerCase();
			// a capital inside a sentence makes it a name: "BBC Radio 4's Today programme"
			if (/^\p{Lu}/u.test(m[1] ?? '') && /\p{L}[^.!?]*\s$/u.test(context.textBefore())) return undefined;
			const shift = word === 'the day before yesterday' ? -2 : word === 'the day after tomorrow' ? 2 : word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
			const { date: anchorDate, anchor } = relativeAnchor(context, true);
			const date = addDays(anchorDate, shift);
			return { value: day(date), granularity: 'day', anchor, anchorDate: day(anchorDate), tense: null, explanation: `"${word}" from ${anchor === 'speech' ? 'the day the words were said' : 'the publication date'}, ${longDay(anchorDate)} → ${longDay(date)}` };
		},
	},
	{
		// "in the week to Sunday", "the week ending Friday": the week that day closes, as figures are reported
		hint: /week (?:to|ending|ended)/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase('in|for|over|during')})\s+)?[Tt]he\s+week\s+(?:to|ending|ended)\s+(${WEEKDAY})${E}`, 'gu'),
		resolve: (m, context) => {
			const target = WEEKDAYS.get((m[1] ?? '').toLowerCase()) ?? 0;
			const pub = context.publication;
			const ahead = context.tense() === 'future';
			const end = ahead ? nextDay(pub, target as 0) : pub.getDay() === target ? pub : previousDay(pub, target as 0);
			return fromPublication(pub, week(end), 'week', ahead ? 'future' : 'past', `"${m[0]}": the week closing on ${longDay(end)} → ${week(end)}`);
		},
	},
	{
		// a range of weekdays: "between Friday and Tuesday", "from Monday to Wednesday"
		hint: /day/,
		// (with the hours of a warning or a closure: "from 9 p.m. Friday until 5 a.m. Monday", "from 7 p.m. Thursday until noon Saturday")
		regex: new RegExp(String.raw`${B}(?:${anyCase('between|from')})\s+(?:${CLOCK}\s+)?(${WEEKDAY})\s+(?:and|to|until|through)\s+(?:${CLOCK}\s+)?(${WEEKDAY})${E}`, 'gu'),
		resolve: (m, context) => {
			const [first, last] = [WEEKDAYS.get((m[1] ?? '').toLowerCase()) ?? 0, WEEKDAYS.get((m[2] ?? '').toLowerCase()) ?? 0];
			const pub = context.publication;
			// (a period announced runs ahead, from the day of the article when it names that day: "has issued a warning from 7 p.m. Thursday")
			// ("the plant was shut from Monday until Wednesday" is past)
			// (only one announced now or ahead: "has issued", "will close"; "closed from Monday to Wednesday last week" is past)
			const announced = /^from\s/i.test(m[0]) && ANNOUNCED_PERIOD.test(context.textBefore()) && /\b(?:has|have|will)\b/i.test(context.textBefore()) && !/\b(?:was|were|had)\b/i.test(context.textBefore());
			if (announced) {
				const start = thisOrNext(pub, first);
				const finish = nextDay(start, last as 0);
				const value = `${day(start)}/${day(finish)}`;
				return fromPublication(pub, value, 'range', 'future', `"${m[0]}": a period announced, from the article of ${longDay(pub)} → ${longDay(start)} to ${longDay(finish)}`);
			}
			const tense = context.tense();
			// the past: the last day on or before the article, the first before it; ahead: the first after the article, the last after that
			const end = tense === 'past' ? (pub.getDay() === last ? pub : previousDay(pub, last as 0)) : undefined;
			const start = end ? previousDay(end, first as 0) : nextDay(pub, first as 0);
			const finish = end ?? nextDay(start, last as 0);
			const value = `${day(start)}/${day(finish)}`;
			return fromPublication(pub, value, 'range', tense, `"${m[0]}", article of ${longDay(pub)}, ${tense} tense → ${longDay(start)} to ${longDay(finish)}`);
		},
	},
	{
		// weekdays: "on Thursday", "last Friday", "from Monday", "until at least Thursday", "Thursday night", and the part of the day
		// before them ("late Monday", "early on Tuesday", "later on Friday")
		hint: /day/,
		regex: new RegExp(String.raw`${B}(?:(?:${anyCase(DAY_PART_WORDS)})(?<!(?:[Hh]ours?|[Dd]ays?|[Mm]inutes?|[Mm]oments?|[Ww]eeks?)\s+(?:${anyCase(DAY_PART_WORDS)}))\s+(?=(?:on\s+)?${WEEKDAY}))?(?:(${anyCase('last|next|this')}|[Tt]he\s+(?:previous|following)|(?:[Ss]tarting\s+)?from|[Ff]rom|${anyCase('on|by|until|through|till|since|before|after|starting|for')})\s+(?:at\s+(?:least|the\s+earliest)\s+)?)?(${WEEKDAY})(?:\s+(morning|afternoon|evening|night))?${E}`, 'gu'),
		resolve: (m, context) => {
			const modifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
			const target = WEEKDAYS.get((m[2] ?? '').toLowerCase()) ?? 0;
			const pub = context.publication;
			const weekday = m[2] ?? '';
			// "The previous Friday, he had told a rally …": the Friday before the day the story spoke of last
			const counted = /^the (?:previous|following)$/.test(modifier) ? context.previous : undefined;
			if (counted?.granularity === 'day') {
				const date = modifier === 'the previous' ? previousDay(counted.date, target as 0) : nextDay(counted.date, target as 0);
				return { value: day(date), granularity: 'day', anchor: 'previous', anchorDate: day(counted.date), tense: null, explanation: `"${m[0]}" from the day mentioned before, ${longDay(counted.date)} → ${longDay(date)}` };
			}
			const dayBefore = context.previous?.granularity === 'day' ? context.previous.date : undefined;
			// "on March 12, a Sunday,": the weekday of the day just named, no date of its own
			if (!modifier && dayBefore && context.previousInSentence && dayBefore.getDay() === target && /,\s+an?\s+$/.test(context.textBefore())) return undefined;
			// "went down on the early shift that Friday" after "Friday, November 21, 1975": that Friday is the day named before, or the
			// one of its week
			// (the first such day from the one named, back only when the sentence steps back, "had last been seen that Thursday"; not
			// the conjunction of "said that Friday's shutdown …")
			const thatDay = /\bthat\s+$/i.test(context.textBefore()) && !/\b(?:said|says|told|tells|added|warned|ruled|insisted|claimed|argued|noted|stated|announced|reported|believes?|believed|thinks?|thought|hopes?|hoped|knew|knows|found|showed|shows|suggests?|suggested|means?|meant|confirmed|denied|so|such)\s+that\s+$/i.test(context.textBefore());
			if (!modifier && dayBefore && thatDay) {
				const back = /\bhad\s+last\b|\blast\s+seen\b/i.test(context.textBefore());
				const date = back ? addDays(dayBefore, -((dayBefore.getDay() - target + 7) % 7)) : addDays(dayBefore, (target - dayBefore.getDay() + 7) % 7);
				return { value: day(date), granularity: 'day', anchor: 'previous', anchorDate: day(dayBefore), tense: null, explanation: `"that ${weekday}": the ${weekday} of the week of the day mentioned before, ${longDay(dayBefore)} → ${longDay(date)}` };
			}
			if (modifier === 'last') {
				const date = previousDay(pub, target as 0);
				return fromPublication(pub, day(date), 'day', 'past', `"last ${weekday}", article of ${longDay(pub)} → ${longDay(date)}`);
			}
			if (modifier === 'next') {
				const date = nextDay(pub, target as 0);
				return fromPublication(pub, day(date), 'day', 'future', `"next ${weekday}", article of ${longDay(pub)} → ${longDay(date)}`);
			}
			// "their union said Sunday", "the ministry announced on Monday": the day of an attribution has passed, whatever the clause
			// it reports ("Dockworkers will walk off the job …, their union said Sunday"); a market's close or session too ("a 9%
			// premium to Tuesday's closing price")
			// (not "said Monday would be …", the weekday as subject of what is said, nor "said Friday's strike would go ahead", its possessive)
			const attributed = (!modifier || modifier === 'on') && !/^['’]s\b/.test(m.input.slice(m.index + m[0].length)) ? /(?<!\b(?:be|been|being|is|are|was|were)\s+)\b(?:said|told\s+(?:reporters|journalists|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)|announced|confirmed|wrote|posted)\s+(?:(?:at|during)\s+(?:a|an|the)\s+(?:news|press)\s+(?:conference|briefing)\s+)?(?:on\s+)?$/iu.test(`${context.textBefore()}${modifier === 'on' ? 'on ' : ''}`) && !/^\s+(?:would|will|is|was)\b/.test(m.input.slice(m.index + m[0].length)) : false;
			const closed = !modifier && /^['’]s\s+(?:close|closing)\b/u.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 20));
			if ((attributed || closed) && !/^(?:late|early|later|earlier)\s/i.test(m[0])) {
				const date = pub.getDay() === target ? pub : previousDay(pub, target as 0);
				return fromPublication(pub, day(date), 'day', 'past', `"${m[0]}" ${closed ? 'names a session that has closed' : 'dates an attribution'}: the latest ${weekday} up to the article of ${longDay(pub)} → ${longDay(date)}`);
			}
			// "Tuesday's decision" in a Tuesday story is that day's, whatever the tense of the clause ("will explain Tuesday's decision")
			const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 3);
			if (!modifier && pub.getDay() === target && /^['’]s(?![\p{L}\p{N}])/u.test(after)) {
				return fromPublication(pub, day(pub), 'day', null, `"${m[0]}${after.slice(0, 2)}", article of ${longDay(pub)}: the publication day`);
			}
			// ("after winning Monday's byelection": what a weekday's possessive names after "after", "since" or "won" has happened;
			// "optimistic about Saturday's window", "following Thursday's vote", "Whoever wins Sunday's runoff" may not have)
			// ("Proceeds from Saturday's concert will go to …": after "from" the nearer such day)
			const fromPossessive = /^['’]s(?![\p{L}\p{N}])/u.test(after) && (modifier === 'from' || (!modifier && /\bfrom\s+$/i.test(context.textBefore())));
			// (a past sentence looks back: "Proceeds from Saturday's concert went to …")
			if (fromPossessive && pub.getDay() !== target) {
				const [before, next] = [previousDay(pub, target as 0), nextDay(pub, target as 0)];
				// (not when the clause still looks ahead: "said all proceeds from Saturday's concert would go to the hospice")
				// (not a modal of a verb between: "injuries from Saturday's crash meant he would never walk again")
				const ahead = /^(?:(?!\b(?:meant|means|showed|shows|left|leaves|caused|causes|forced|made|makes|said|says)\b)[^.;])*?\b(?:would|will|is\s+to|are\s+to)\b/i.test(m.input.slice(m.index + m[0].length));
				const date = (context.tense() === 'past' && !ahead) || pub.getTime() - before.getTime() <= next.getTime() - pub.getTime() ? before : next;
				return fromPublication(pub, day(date), 'day', null, `"from ${m[2]}${after.slice(0, 2)}": the nearer ${weekday} to the article of ${longDay(pub)} → ${longDay(date)}`);
			}
			// "said Friday's strike would go ahead", "said Monday's talks had failed": a weekday's possessive opening what is reported
			// takes the tense of the reported clause's verb, not of "said"
			const reported = !modifier && /^['’]s(?![\p{L}\p{N}])/u.test(after) && /\b(?:said|says|told\s+[\p{L}-]+|warned|announced|confirmed)\s+(?:that\s+)?$/iu.test(context.textBefore());
			// (what is called off has not happened: "said Friday's match had been postponed")
			// (a status is no tense: "said Friday's march had not been authorised", "was due to", "was expected"; nor is what a day brought
			// that is talked of after it, "said Monday's ruling would be appealed", "Saturday's result would give them confidence")
			const outcomeNoun = reported && /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:ruling|verdict|judgment|judgement|decision|result|results|figures|data|win|victory|defeat|loss|draw|attack|vote|count|announcement|remarks|comments|speech|sell-off|rally)\b/u.test(m.input.slice(m.index + m[0].length));
			const reportedVerb = reported && !outcomeNoun ? /^['’]s\s+(?:[\p{L}’'-]+\s+){1,6}?(would|will|could|might|may|is\s+to|are\s+to|is\s+(?:going|on|off|set)|are\s+(?:going|on|off|set)|had|was|were|has|have)\b(?:(\s+(?:been\s+)?(?:postponed|cancell?ed|called\s+off|delayed|moved|rescheduled|suspended|scrapped|put\s+off))|(?!\s+(?:not|been|being|to|due|expected|set|scheduled|planned|going|likely|unlikely)\b))/u.exec(m.input.slice(m.index + m[0].length)) : null;
			if (reportedVerb?.[1] && pub.getDay() !== target) {
				const ahead = !/^(?:had|was|were|has|have)$/.test(reportedVerb[1]) || reportedVerb[2] !== undefined;
				const date = ahead ? nextDay(pub, target as 0) : previousDay(pub, target as 0);
				return fromPublication(pub, day(date), 'day', ahead ? 'future' : 'past', `"${m[0]}${after.slice(0, 2)}" opens a reported clause in the ${ahead ? 'future' : 'past'} ("${reportedVerb[1]}"): the ${ahead ? 'next' : 'latest'} ${weekday} ${ahead ? 'after' : 'before'} the article of ${longDay(pub)} → ${longDay(date)}`);
			}
			if (reported && outcomeNoun && pub.getDay() !== target) {
				const date = previousDay(pub, target as 0);
				return fromPublication(pub, day(date), 'day', 'past', `"${m[0]}${after.slice(0, 2)}" names what a day brought, talked of after it: the latest ${weekday} before the article of ${longDay(pub)} → ${longDay(date)}`);
			}
			// (with no such verb, the day the story gave that weekday before: "called a march for Friday" … "said Friday's march had not been authorised")
			const told = reported && !reportedVerb ? context.weekdays.get(target) : undefined;
			if (told) return fromPublication(pub, day(told), 'day', null, `"${m[0]}${after.slice(0, 2)}", article of ${longDay(pub)}: the ${weekday} the story spoke of before → ${longDay(told)}`);
			// (as does what only a past day can have brought: "tearing a hamstring in Sunday’s 2-1 win", "Saturday's crash")
			// (the noun ends its phrase, "Sunday's victory parade" is to come, and a draw only with its score: "Monday's draw for the
			// quarter-finals" is to come)
			const outcome = /^['’]s\s+(?:(?:\d+-\d+|goalless|scoreless)\s+draw|(?:\d+-\d+\s+)?(?:[\p{Ll}-]+\s+)?(?:win|victory|defeat|loss|crash|collision|derailment|attack|shooting|stabbing|blast|explosion|earthquake|quake|killing|raid))(?!\s+(?:parade|celebrations?|rally|rallies|drill|exercise|ceremony|party|parties|festivities|bonus|service|march|anniversary|preparedness|speech|address|lap|tour|dinner|reception|concert)\b)\b/u.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 60));
			if (!modifier && /^['’]s(?![\p{L}\p{N}])/u.test(after) && (outcome || /\b(?:after|since|won|(?:after\s+)winning)\s+$/i.test(context.textBefore()))) {
				const date = previousDay(pub, target as 0);
				return fromPublication(pub, day(date), 'day', 'past', `"${m[0]}${after.slice(0, 2)}" names what has happened: the latest ${weekday} before the article of ${longDay(pub)} → ${longDay(date)}`);
			}
			// ("at a news conference ahead of Wednesday's trip to Kestwick", "in the build-up to Saturday's final": what is ahead of the story)
			// (in a past sentence the nearer such day: "Wall Street closed higher ahead of Wednesday's inflation figures" in a Thursday
			// paper is the day before)
			if (!modifier && /^['’]s(?![\p{L}\p{N}])/u.test(after) && /\b(?:ahead\s+of|in\s+the\s+(?:build-up|run-up)\s+to|preparing\s+for|previewing)\s+$/i.test(context.textBefore())) {
				const [before, next] = [previousDay(pub, target as 0), nextDay(pub, target as 0)];
				const date = context.tense() === 'past' && pub.getTime() - before.getTime() < next.getTime() - pub.getTime() ? before : next;
				return fromPublication(pub, day(date), 'day', null, `"${m[0]}${after.slice(0, 2)}" after "ahead of": the ${date < pub ? 'nearer' : 'next'} ${weekday} ${date < pub ? 'to' : 'after'} the article of ${longDay(pub)} → ${longDay(date)}`);
			}
			// "was due to hold talks later on Friday", "was due to arrive late on Tuesday" in a story of that day: that same day
			if (pub.getDay() === target && (/^(?:later|earlier|late)\s/i.test(m[0]) || /\b(?:later|earlier)\s+(?:on\s+)?$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index)))) {
				return fromPublication(pub, day(pub), 'day', null, `"${m[0]}" later or earlier on the day of the article, ${longDay(pub)}`);
			}
			// "extended a warning through Thursday evening", "imposed a curfew until Friday": an announced period runs ahead,
			// as does a day something is called or set for ("called a march for Saturday")
			// (not what a past perfect waited for: "the family had waited two and a half years for Friday")
			// (unless a clause in the present follows: "Organisers had hoped for Saturday, but the forecast is poor")
			// ("has summoned both sides to a conciliation meeting at her office on Thursday": the meeting's day, ahead)
			if ((!modifier || modifier === 'on') && SUMMONED_TO.test(context.textBefore())) {
				const date = thisOrNext(pub, target);
				return fromPublication(pub, day(date), 'day', 'future', `"${m[0]}" dates a meeting people have been called to: the ${weekday} ahead of the article of ${longDay(pub)} → ${longDay(date)}`);
			}
			const awaited = modifier === 'for' && !(/\bhad\s+(?:\p{Ll}+\s+)?(?:waited|hoped|longed|prayed|yearned)\b/u.test(context.textBefore()) && !/^[^.;]*\b(?:is|are|will|remains?)\b/.test(m.input.slice(m.index + m[0].length)));
			// ("until at least Monday" looks ahead whatever the tense)
			// ("extended its warning until 06:00 local time on Sunday": a clock between "until" and the day)
			// (the clock's route not for a state told in the past: "The curfew was in force until 06:00 on Sunday, when …")
			// (with no "on", only a period running in the present or one announced: "the order runs until 6 p.m. Saturday", "extended
			// the curfew until 6 a.m. Saturday"; not "The road was closed until 6 p.m. Saturday while crews …")
			const clockUntil = UNTIL_CLOCK.test(context.textBefore()) && !/\b(?:was|were)\s+(?:still\s+)?in\s+(?:force|effect|place)\b/i.test(context.textBefore());
			const running = context.tense() !== 'past';
			const until = /^(?:until|through|till)$/.test(modifier) || (modifier === 'on' && clockUntil) || (modifier === '' && clockUntil && (running || /\b(?:extended|extends|imposed|imposes|ordered|orders|issued|issues|declared|declares)\b|\b(?:remains|stays|is|are)\s+in\s+(?:effect|force|place)\b/i.test(context.textBefore())));
			if ((until && (periodAhead(context.textBefore(), m.input.slice(m.index + m[0].length), true) || running || /\bat\s+least\b/i.test(m[0]))) || awaited || (/^(?:from|starting)/.test(modifier) && (CALLED_HAPPENING.test(context.textBefore()) || WARNING_ISSUED.test(context.textBefore()) || DIRECTED_TO.test(context.textBefore())))) {
				const date = thisOrNext(pub, target);
				return fromPublication(pub, day(date), 'day', 'future', `"${m[0]}": the end of a period announced, ahead of the article of ${longDay(pub)} → ${longDay(date)}`);
			}
			// ("declared three days of national mourning from Tuesday", "imposed a curfew from Saturday": a period declared, told on
			// either side of its start, the nearer such day)
			if (/^(?:from|starting)/.test(modifier) && DECLARED_PERIOD.test(context.textBefore()) && pub.getDay() !== target) {
				const [before, next] = [previousDay(pub, target as 0), nextDay(pub, target as 0)];
				// (the previous one when the sentence tells the period is over: "…, which was lifted on Friday")
				const over = /\b(?:lifted|ended|lasted|expired)\b/i.test((m.input.slice(m.index + m[0].length).split(/[.;]/)[0] ?? ''));
				const date = over || pub.getTime() - before.getTime() < next.getTime() - pub.getTime() ? before : next;
				return fromPublication(pub, day(date), 'day', null, `"${m[0]}": the start of a period declared, the nearer ${weekday} to the article of ${longDay(pub)} → ${longDay(date)}`);
			}
			// ("a strike that had been set to begin at 7 a.m. Tuesday": a schedule as it stood, the nearer such day)
			const former = FORMER_SCHEDULE.exec(context.textBefore().replace(CLOCK_AT_END, ''));
			// (or "was due to … but": a plan that fell through, as for a day of a month)
			if (former && (/^had/i.test(former[0].trim()) || FELL_THROUGH.test(m.input.slice(m.index + m[0].length).split(/[.;]/)[0] ?? ''))) {
				const [before, after] = [pub.getDay() === target ? pub : previousDay(pub, target as 0), nextDay(pub, target as 0)];
				const date = pub.getTime() - before.getTime() <= after.getTime() - pub.getTime() ? before : after;
				return fromPublication(pub, day(date), 'day', null, `"${m[0]}": a schedule as it stood, the nearer ${weekday} to the article of ${longDay(pub)} → ${longDay(date)}`);
			}
			// ("a premium of 38% to its closing price on Friday": a price that closed has been)
			// (and "current as of Friday", outside the future: "As of Monday, masks will be required" looks ahead)
			const tense = CLOSING_PRICE.test(context.textBefore()) ? 'past' : /\bas\s+of\s+$/i.test(context.textBefore()) && context.tense() !== 'future' ? 'past' : context.tense();
			// a present tense says nothing of the direction ("there is no witness who puts him there Sunday
			// morning"): the day the story already gave that weekday
			// (not a timetable's verb right before it: "the financial year begins on Monday" is the next, after "have protested since Monday")
			const earlier = tense === 'present' && !TIMETABLE_RIGHT_BEFORE.test(context.textBefore()) ? context.weekdays.get(target) : undefined;
			if (earlier) return fromPublication(pub, day(earlier), 'day', tense, `"${m[0]}", article of ${longDay(pub)}: the ${weekday} the story spoke of before → ${longDay(earlier)}`);
			const forward = tense !== 'past';
			// ("Church bells will ring at 7:12 p.m. on Wednesday" in a Wednesday story: later that day, as "next Wednesday" would be the week after)
			// (and a timetable in the present: "Oduya meets the president on Wednesday" in a Wednesday story)
			const weekLater = /^,?\s+(?:next\s+week|a\s+week\s+from\s+today|the\s+week\s+after\s+next)\b/i.test(m.input.slice(m.index + m[0].length));
			const sameDayAhead = (tense === 'future' || tense === 'present') && pub.getDay() === target && !weekLater;
			const date = sameDayAhead ? pub : forward ? nextDay(pub, target as 0) : pub.getDay() === target ? pub : previousDay(pub, target as 0);
			if (tense !== 'present') context.weekdays.set(target, date);
			return fromPublication(pub, day(date), 'day', tense, `"${m[0]}", article of ${longDay(pub)}, ${tense} tense → ${longDay(date)}`);
		},
	},
	{
		// a month without a year: "in November", "last March", "by June", "ran into October", "set for May", "in the second half of October"
		hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
		regex: new RegExp(String.raw`${B}(?:(${anyCase('last|next|this|early|late|mid-|in|into|since|from|until|through|throughout|for|by|during|before|after')}|(?:${anyCase('by|at|until|before|after|from|in|during')})?\s*[Tt]he\s+(?:end|start|beginning|middle|(?:first|second|latter|last)\s+half)\s+of)\s*)(${MONTH})(?!\s+\d|(?<=April|May|June|August)\s+\p{Lu}\p{Ll})${E}`, 'gu'),
		resolve: (m, context) => {
			// ("by the end of June": the preposition before "the end of" governs)
			const written = (m[1] ?? '').toLowerCase().trim();
			const modifier = /^by\s+the\s+end\s+of$/.test(written) ? 'by the end of' : written.replace(/^.*\bof$/, 'in');
			const monthIndex = monthNumber(m[2] ?? '') - 1;
			const pub = context.publication;
			// "face a rent rise from April after the council approved it": a period starting from a month looks ahead unless its own clause is past
			// ("released on bail until October", "extended the ban until June": an announced period runs ahead, as for days)
			const announced = /^(?:until|through|till)$/.test(modifier) && periodAhead(context.textBefore(), m.input.slice(m.index + m[0].length));
			// ("ordered a review of every mine by the end of August", "would reach all patients by the end of June": a deadline,
			// unless the clause looks back from a past perfect)
			const clause = `${context.textBefore().split(/[,;]/).at(-1) ?? ''} ${m.input.slice(m.index + m[0].length).split(/[.;]/)[0] ?? ''}`;
			// (only with an order, an obligation or a future: "By the end of March, more than 300 people were dead" looks back)
			const deadline = modifier === 'by the end of' && !/\bhad\b/i.test(clause) && /\b(?:ordered|orders?|must|will|would|should|has\s+to|have\s+to|expected|expects|plans?|aims?|promised|pledged|vowed|target|deadline|required|requires)\b/i.test(clause);
			// ("down from 39 cents in May and 47 cents in January": the base of a comparison has passed)
			// (within the comparison's own phrase, no comma between: not "down from 4.3 percent, and is expected to rise in December")
			const compared = /\b(?:down|up)\s+from\b[^,;]*$|\bcompared\s+with\b[^,;]*$/i.test(context.textBefore());
			// ("the third strike since June": a period that began on or before the article)
			// ("the long-range outlook for August remained hotter than normal", "bookings for April were down" in May: the month forecast
			// or booked for, and a period running to a month's end ("a campaign running until the end of May"), the nearer such month)
			const forecast = modifier === 'for' && FORECAST_FOR.test(context.textBefore());
			const running = /^(?:until|through|till)\s+the\s+end\s+of$/.test(written) && /\b(?:running|runs|lasting|lasts)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(context.textBefore());
			// (the nearer month in a past sentence, otherwise the next: "the outlook for March is for more rain", said in July)
			if (forecast || running) {
				// (the month just ended is still the one forecast: "forecasts for April" in May, before its figures are out)
				const justEnded = monthIndex === (pub.getMonth() + 11) % 12;
				const date = context.tense() === 'past' || justEnded ? nearerMonth(pub, monthIndex) : new Date(pub.getFullYear() + (monthIndex < pub.getMonth() ? 1 : 0), monthIndex, 1);
				return fromPublication(pub, month(date), 'month', null, `"${m[0]}": the nearer ${format(date, 'MMMM')} to the article of ${format(pub, 'MMMM yyyy')} → ${format(date, 'MMMM yyyy')}`);
			}
			// ("since mid-February": the preposition before the part of the month)
			const since = modifier === 'since' || /\bsince\s+$/i.test(context.textBefore());
			// (what was offered or agreed "from January" lies ahead: "Halvex has offered 6.5% from January", said in November)
			// (the "from" phrase in the offer itself, no clause between: not "approved a rise, which took effect from January")
			const committed = modifier === 'from' && /\b(?:offered|offers|agreed|agrees|proposed|proposes|promised|promises|pledged|pledges|approved|approves|announced|announces)\s+(?:(?!(?:which|that|who|took|came|has|had|was|were)\b)[^\s,;]+\s+)*$/i.test(context.textBefore());
			// (and what a plan, a decision or a deal is to do: "unveiled plans to close the library in September")
			const planned = PLAN_INFINITIVE.test(context.textBefore());
			const tense: Tense = modifier === 'last' || since || compared ? 'past' : modifier === 'next' || announced || deadline || committed || planned ? 'future' : modifier === 'from' ? (context.tenseBefore() ?? 'future') : context.tense();
			// (a happening named with its month, "ahead of regional elections in May", "the series against Zimbabwe in March": the nearer
			// such month, whatever the tense; and what is likely "before October")
			// (in a past sentence only when it is looked forward to: "won the election in November" has been)
			const happening = /^(?:in|for)$/.test(modifier) && HAPPENING_BEFORE_MONTH.test(context.textBefore()) && (tense !== 'past' || /\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to|preparing\s+for|for)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,4}$/iu.test(context.textBefore().replace(HAPPENING_BEFORE_MONTH, ' happening ')));
			// (and a schedule as it stood: "was due to open in May but will not be running before July", "was originally to have been
			// held in December, but …")
			// (a plan, "was set to open in", "was planned for": not "A new record was set in August")
			const formerMatch = /^(?:in|for)$/.test(modifier) ? FORMER_SCHEDULE.exec(context.textBefore()) : null;
			const former = formerMatch !== null && (/\b(?:to|due|supposed)\b/.test(formerMatch[0]) || (modifier === 'for' && /\b(?:scheduled|slated|set|planned|meant)\s*$/.test(formerMatch[0])));
			if ((happening && tense !== 'future') || former) {
				const date = nearerMonth(pub, monthIndex);
				return fromPublication(pub, month(date), 'month', null, `"${m[0]}" ${former ? 'dates a schedule as it stood' : "names a happening's month"}: the nearer ${format(date, 'MMMM')} to the article of ${format(pub, 'MMMM yyyy')} → ${format(date, 'MMMM yyyy')}`);
			}
			if (/\b(?:unlikely|likely)\s+$/i.test(context.textBefore()) && tense === 'past') {
				const date = new Date(pub.getFullYear() + (monthIndex < pub.getMonth() ? 1 : 0), monthIndex, 1);
				return fromPublication(pub, month(date), 'month', 'future', `"${m[0]}" after "likely": the next ${format(date, 'MMMM')} from the article of ${format(pub, 'MMMM yyyy')} → ${format(date, 'MMMM yyyy')}`);
			}
			// ("The last strike, in 2019, lasted 11 weeks and ended only in early December", "the second storm this year, after Typhoon
			// Kaimei in early July": the one year the sentence named before)
			const named = modifier === 'last' || modifier === 'next' || since ? undefined : yearNamedBefore(context.textBefore(), pub, monthIndex, context.tense());
			if (named !== undefined) {
				const date = new Date(named, monthIndex, 1);
				return fromPublication(pub, month(date), 'month', null, `${format(date, 'MMMM')} of the year the sentence named before → ${format(date, 'MMMM yyyy')}`);
			}
			let y = pub.getFullYear();
			if (tense === 'past' && monthIndex > pub.getMonth()) y -= 1;
			if (tense === 'past' && modifier === 'last' && monthIndex === pub.getMonth()) y -= 1;
			if (tense !== 'past' && monthIndex < pub.getMonth()) y += 1;
			if (modifier === 'next' && monthIndex === pub.getMonth()) y += 1;
			const date = new Date(y, monthIndex, 1);
			return fromPublication(pub, month(date), 'month', tense, `${format(date, 'MMMM')} without a year, article of ${format(pub, 'MMMM yyyy')}, ${tense} tense → ${format(date, 'MMMM yyyy')}`);
		},
	},
	{
		// a year alone: "in 2021", "since 2019", "2020's budget", "in mid-2026", "by early 2027", "by the end of 2025"
		hint: /\d{4}/,
		regex: new RegExp(String.raw`${B}(?:(?:(?:${anyCase('by|at|until|before|after|from|toward|towards|in|during')})\s+)?[Tt]he\s+(?:end|start|beginning|middle)\s+of\s+|(?:${anyCase('in|since|from|until|by|during|before|after|of|through|as of')})\s+)?(?:(?:${anyCase('early|late')})\s+|[Mm]id-\s*)?(${YEAR})(?![\p{L}\p{N}]|[-–]\d|,\d|\.\d|\s*(?:%|per\s*cent|percent|people|troops|votes|km|kilometres|miles|metres|meters|dollars|euros|tonnes|tons|GMT|UTC|hours|hrs))`, 'gu'),
		resolve: (m) => absolute(m[1] ?? '', 'year', `the year ${m[1]}`),
	},
	{
		// "over the last decade", "in the past decade", "over the next decade": ten years looking back or ahead
		hint: /decade/i,
		regex: new RegExp(String.raw`${B}(?:(?:over|in|during|for|within)\s+)?the\s+(?:last|past|next|coming)\s+decade${E}`, 'giu'),
		resolve: (m) => absolute('P10Y', 'duration', `"${m[0]}": a duration of ten years`),
	},
	{
		// a half more: "two and a half years", "a two-and-a-half-year contract" (P2Y6M), "a year and a half" (P18M), "an hour and a half"
		// (not an age: "a two-and-a-half-year-old boy")
		hint: /and[\s-]a[\s-]half/i,
		// (and weeks, "two and a half weeks", "a week and a half"; hyphenated too, "a year-and-a-half")
		regex: new RegExp(String.raw`${B}(?:(${NUM})(?:-|\s+)and(?:-|\s+)a(?:-|\s+)half(?:-|\s+)(years?|months?|weeks?|days?|hours?|minutes?)(?!-old)|(?:a|an|one)(?:-|\s+)(year|month|week|day|hour|minute)(?:-|\s+)and(?:-|\s+)a(?:-|\s+)half)${E}`, 'giu'),
		resolve: (m) => {
			if (m[3]) {
				const halves: Record<string, string> = { year: 'P18M', month: 'P45D', week: 'P10DT12H', day: 'PT36H', hour: 'PT90M', minute: 'PT90S' };
				return absolute(halves[m[3].toLowerCase()] ?? 'P18M', 'duration', `a duration of ${m[0]}`);
			}
			const n = count(m[1] ?? '');
			const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
			const codes: Record<string, string> = { year: `P${n}Y6M`, month: `P${n}M15D`, week: `P${7 * n + 3}DT12H`, day: `P${n}DT12H`, hour: `PT${n}H30M`, minute: `PT${n}M30S` };
			return absolute(codes[unit] ?? `P${n}Y6M`, 'duration', `a duration of ${m[0]}`);
		},
	},
	{
		// a duration of two units, the larger first: "two years and eight months", "a year and a day", "18 months and two weeks", "two
		// hours and 40 minutes" (not the same unit twice: "three months and six months" are two lengths)
		hint: /\sand\s/,
		regex: new RegExp(String.raw`${B}(${NUM})\s+(?:years?\s+and\s+${NUM}\s+(?:months?|weeks?|days?)|months?\s+and\s+${NUM}\s+(?:weeks?|days?)|weeks?\s+and\s+${NUM}\s+days?|days?\s+and\s+${NUM}\s+hours?|hours?\s+and\s+${NUM}\s+minutes?)${E}`, 'giu'),
		resolve: (m) => {
			const parts = /^(.+?)\s+(year|month|week|day|hour)s?\s+and\s+(.+?)\s+(month|week|day|hour|minute)s?$/i.exec(m[0]);
			if (!parts) return undefined;
			const [a, b] = [count(parts[1] ?? ''), count(parts[3] ?? '')];
			const pair = `${(parts[2] ?? '').toLowerCase()} ${(parts[4] ?? '').toLowerCase()}`;
			const codes: Record<string, string> = { 'year month': `P${a}Y${b}M`, 'year week': `P${a}Y${7 * b}D`, 'year day': `P${a}Y${b}D`, 'month week': `P${a}M${7 * b}D`, 'month day': `P${a}M${b}D`, 'week day': `P${7 * a + b}D`, 'day hour': `P${a}DT${b}H`, 'hour minute': `PT${a}H${b}M` };
			const code = codes[pair];
			return code ? absolute(code, 'duration', `a duration of ${m[0]}`) : undefined;
		},
	},
	{
		// durations: "30-day", "three-year-old", "three weeks", "48 hours", "six months"
		hint: /[\s-](?:day|week|month|year|decade|hour|minute)/i,
		regex: new RegExp(String.raw`${B}(${NUM})(?:-|\s+)(days?|weeks?|months?|years?|decades?|hours?|minutes?)(-old|-long)?(?!s\b|-olds|\s+(?:ago|(?:later|earlier)(?!\s+than\b|(?<=earlier)\s+(?:this|last|that)\s+(?:week|month|year))|(?:after|before)(?!\s+(?:it|he|she|they|we|I|you)\b)(?<!${LENGTH_BEFORE}\s+\S+(?:\s+\S+)?[-\s]+\S+\s+(?:after|before))))${E}`, 'giu'),
		resolve: (m) => {
			// "the 61-year-old speaker", "a three-month-old girl", "the 54-year-old has lived …": a person's age, not a
			// time the story speaks of ("the three-year-old conflict" is one)
			if ((m[3] ?? '').toLowerCase() === '-old' && agesPerson(m.input.slice(m.index + m[0].length))) return undefined;
			const n = (m[1] ?? '').toLowerCase();
			const amount = /^(?:several|a few)$/.test(n) ? 'X' : String(count(n));
			const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
			const code = unit === 'hour' ? `PT${amount}H` : unit === 'minute' ? `PT${amount}M` : unit === 'decade' ? `P${amount === 'X' ? 'X' : Number(amount) * 10}Y` : `P${amount}${unit[0]?.toUpperCase()}`;
			return absolute(code, 'duration', `a duration of ${m[1]} ${m[2]}`);
		},
	},
	{
		// "since then" points back to the date last mentioned
		hint: /since then|ever since/i,
		regex: new RegExp(String.raw`${B}(since then|ever since)${E}`, 'giu'),
		resolve: (m, context) => {
			const word = (m[1] ?? '').toLowerCase();
			if (word === 'since then') {
				if (!context.previous) return undefined;
				const value = pointValue(context.previous);
				return { value, granularity: context.previous.granularity, anchor: 'previous', anchorDate: value, tense: null, explanation: `"since then" refers back to ${value}` };
			}
			return undefined;
		},
	},
	{
		// a clock time with no day of its own ("The vote came at 11:52 p.m.", "at about 3 a.m. local time"): the day
		// mentioned before, else the article's; a day after it ("at 4:15 p.m. on Friday") is found by the patterns above
		// (and a 24-hour time with its zone: "at 14:32 local time (0632 GMT)", "at 23:05 GMT", or with two digits of hour and a colon, as a
		// timeline writes it: "At 21:53", "at 06:41:12", "since 06:05")
		hint: /\d\s*[ap]\.?m\b|\d\d[:.]?\d\d\s+(?:local|GMT|UTC|hours|hrs)|\d\d:\d\d/i,
		// (a time alone, or opening or closing a range, "from 10 p.m. until 6 a.m.", is a time of every day, no date)
		regex: new RegExp(String.raw`${B}(?:${anyCase('at|by|around|about|since|shortly before|shortly after|just before|just after')})\s+(?:(?:about|around|roughly)\s+)?(?:${CLOCK_AM_PM}|(?:[01]?\d|2[0-3])[:.]?[0-5]\d(?=\s+(?:local\s+time|GMT|UTC|hours|hrs)\b)|(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:]|\s*[ap]\.?m\b))(?:\s+(?:GMT|UTC|hours|hrs))?(?!\s+(?:${TIME_ZONE}(?:\s*\(\d{3,4}\s*(?:GMT|UTC)\))?\s+)?(?:on\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:last|this|next)\s+)?(?:${WEEKDAY}|${MONTH}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|today|tonight|yesterday|tomorrow|every|each|nightly|daily)\b)(?:\s+local\s+time(?:\s*\(\d{3,4}\s*(?:GMT|UTC)\))?)?(?:,?\s+(?:on\s+)?the\s+(?:next|following)\s+(?:morning|day|evening|night))?(?![\p{L}\p{N}])`, 'gu'),
		resolve: (m, context) => {
			// (a score is no time: "drew level at 19:19", "with the score at 21:19 in the third set")
			if (!/[ap]\.?m\b|local|GMT|UTC|hours|hrs/i.test(m[0]) && SCORE_WORDS.test(`${context.textBefore()} ${m.input.slice(m.index + m[0].length).split(/[.;]/)[0] ?? ''}`)) return undefined;
			// (an early hour after a late one is the next day's: "left at 9:30 p.m. on Friday … struck the rocks at about 1:05 a.m.")
			const clock = clockMinutes(m[0]);
			// (not a story stepping back, "Voting had begun at 7 a.m.", nor one naming the next day itself, "at 4 a.m. the next morning")
			const steppingBack = /(?<!\b(?:who|which|that)\s+)\bhad\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|en|un|egun|eft|ent)\b/u.test(context.textBefore());
			const nextDayNamed = /(?:next|following)\s+(?:morning|day|evening|night)$/i.test(m[0]) || /^\s*,?\s*(?:on\s+)?(?:the\s+)?(?:next|following)\s+(?:morning|day)\b/i.test(m.input.slice(m.index + m[0].length));
			const overnight = context.lastDay !== undefined && context.lastClock !== undefined && clock !== undefined && context.lastClock >= 18 * 60 && clock < 9 * 60 && addDays(context.lastDay, 1) <= context.publication && !steppingBack && !nextDayNamed;
			// ("An earlier version of this story, published at 11:20 a.m., …", "The story was updated at 2:05 p.m.": the article's own
			// times are of its day)
			if (OWN_STORY_TIME.test(context.textBefore())) {
				return fromPublication(context.publication, day(context.publication), 'day', null, `"${m[0]}": a time the story itself was published or changed, on the article's day, ${longDay(context.publication)} (the time itself is not written in the value)`);
			}
			// ("at 4:15 a.m. the following morning": the day after the one mentioned before)
			const previous = context.lastDay && (overnight || (nextDayNamed && !steppingBack)) ? addDays(context.lastDay, 1) : context.lastDay;
			const date = previous ?? context.publication;
			return { value: day(date), granularity: 'day', anchor: previous ? 'previous' : 'publication', anchorDate: day(date), tense: null, explanation: `"${m[0]}": a time of ${overnight ? 'the night after the late hour mentioned before' : previous ? 'the day mentioned before' : 'the day of the article'}, ${longDay(date)} (the time itself is not written in the value)` };
		},
	},
];

/**
 * The patterns as searched: a pattern that opens with the word boundary `B` is searched without it and the character before each
 * match checked by hand, then the search goes on from the next offset, which finds the same matches as the look-behind but does not
 * try it at every offset of the text (it had been half the time of the search).
 */
const SCANNERS = PATTERNS.map((pattern) => {
	const bounded = pattern.regex.source.startsWith(B);
	return { ...pattern, regex: bounded ? new RegExp(pattern.regex.source.slice(B.length), pattern.regex.flags) : pattern.regex, bounded };
});

/** A letter or a digit ending a text (a whole code point, so a letter beyond the Basic Multilingual Plane counts). */
const ENDS_IN_WORD_CHARACTER = /[\p{L}\p{N}]$/u;

/** The matches of a scanner's pattern in `text`, as `matchAll` would give them for the pattern with its leading boundary. */
function* scan(scanner: { regex: RegExp; bounded: boolean }, text: string): Generator<RegExpExecArray> {
	const { regex, bounded } = scanner;
	regex.lastIndex = 0;
	for (let match = regex.exec(text); match; match = regex.exec(text)) {
		if (bounded && ENDS_IN_WORD_CHARACTER.test(text.slice(Math.max(0, match.index - 2), match.index))) {
			regex.lastIndex = match.index + 1;
			continue;
		}
		yield match;
		if (match[0].length === 0) regex.lastIndex = match.index + 1;
	}
}

/** The clock time a text writes ("at 9:30 p.m.", "4am"), in minutes after midnight. */
function clockMinutes(text: string): number | undefined {
	const clock = /(?<![\d:.])(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?m\b/i.exec(text);
	// (a 24-hour time with its zone: "at 22:47 local time", "at 2205 GMT")
	// (or with a colon and two digits of hour, as a timeline writes it: "At 21:53", "at 06:41:12")
	const day24 = clock ? undefined : (/(?<![\d:.])([01]?\d|2[0-3])[:.]?([0-5]\d)\s+(?:local|GMT|UTC|hours|hrs)\b/i.exec(text) ?? /(?<![\d:.])([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?![\d:])/.exec(text));
	if (day24) return Number(day24[1]) * 60 + Number(day24[2]);
	if (!clock) return undefined;
	const hour = Number(clock[1]) % 12 + (clock[3]?.toLowerCase() === 'p' ? 12 : 0);
	return hour * 60 + Number(clock[2] ?? 0);
}

/** Whether what follows "N-year-old" makes it a person's age: a noun for a person, or none ("the 54-year-old has lived …"). */
function agesPerson(after: string): boolean {
	const next = /^\s+([\p{L}'’-]+)/u.exec(after)?.[1]?.toLowerCase();
	if (next === undefined || PERSON_NOUNS.has(next) || ROLE_NOUNS.has(next) || FUNCTION_WORDS.has(next)) return true;
	// (or a person's noun after a place or describing words: "A 19-year-old Glenvarra man", "a 38-year-old intensive care nurse")
	const words = (/^(?:\s+[\p{L}'’-]+){1,4}/u.exec(after)?.[0] ?? '').trim().toLowerCase().split(/\s+/);
	const head = words.findIndex((word, k) => k > 0 && (PERSON_NOUNS.has(word) || ROLE_NOUNS.has(word)));
	return head > 0 && words.slice(0, head).every((word) => !FUNCTION_WORDS.has(word) && !/(?:ed|ing)$/.test(word));
}

/**
 * Whether a happening counted back from ("three months before the general election on June 14") is the nearer such day: the
 * day the count gives must not lie after the article (it is told of as past or present).
 */
function countedFromBefore(textBefore: string, publication: Date, monthIndex: number, dayOfMonth: number): boolean {
	const counted = COUNTED_BEFORE.exec(textBefore);
	if (!counted) return false;
	const amount = /^\d+$/.test(counted[1] ?? '') ? Number(counted[1]) : NUMBER_WORDS.get((counted[1] ?? '').toLowerCase());
	if (amount === undefined) return false;
	const date = nearerYear(publication, monthIndex, dayOfMonth);
	const unit = (counted[2] ?? '').toLowerCase().replace(/s$/, '');
	const start = unit === 'day' ? addDays(date, -amount) : unit === 'week' ? addDays(date, -7 * amount) : addMonths(date, -amount);
	return start <= publication;
}

/**
 * The year a sentence sets for all it tells, before a month: opening it ("In 1976, the rain came back in October"), between commas
 * after its subject ("The last strike, in 2019, … ended only in early December") or as "this year" ("the third typhoon this year,
 * after storms in July", for a month not after the article's); undefined for a year that dates only a part of it ("The race, first
 * held in 1974, moved from April"), and when a clause of its own, a speaker's cue or another time word stands between ("In 2020,
 * we lost everything,” she said in March", "In 2019, the plant employed 400; it will close in September", "… again in January").
 */
function yearNamedBefore(before: string, publication: Date, monthIndex: number, tense: Tense): number | undefined {
	const thisYear = /(?<!\bof\s+)\bthis\s+year\b(?!['’]s)/i.exec(before);
	const set = /^\s*(?:[“"‘]\s*)?(?:Back\s+in|In)\s+(?:early\s+|late\s+|mid-|the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+)?((?:19|20)\d{2})\b(?![-–/]\d|\s+(?:and|or|to)\s+\d),?|^[^,\d]{3,60},\s+in\s+((?:19|20)\d{2}),/.exec(before);
	const year = set ? Number(set[1] ?? set[2]) : thisYear && !/\b(?:19|20)\d{2}\b/.test(before) ? publication.getFullYear() : undefined;
	if (year === undefined) return undefined;
	const from = set ? set.index + set[0].length : (thisYear?.index ?? 0) + (thisYear?.[0].length ?? 0);
	if (CLAUSE_BETWEEN.test(before.slice(from))) return undefined;
	// ("this year" is the article's year only up to its month; a year before it holds no future: "In 2016, she won the seat, and she
	// will defend it in November")
	if (!set && monthIndex > publication.getMonth()) return undefined;
	return set && tense !== 'past' && year < publication.getFullYear() ? undefined : year;
}

/** What ends the reach of a year set at a sentence's start: another clause, a quotation's end, a speaker's cue, another time word. */
const CLAUSE_BETWEEN = /[;”"]|,\s+(?:and|but|while|whereas|which|who|whom|whose)\s|,?\s+where\s|\s(?:and|but)\s+(?:he|she|they|it|we|the|its|their|his|her|organisers|officials)\s|\b(?:said|says|told|tells|added|announced|reported|wrote|according|again|this\s+year|last\s+year|next\s+year|now|since|until|from)\b/i;

/** The first of month `monthIndex` nearer to `pub`'s month: this year's, the year before's or the year after's. */
function nearerMonth(pub: Date, monthIndex: number): Date {
	const candidates = [-1, 0, 1].map((shift) => new Date(pub.getFullYear() + shift, monthIndex, 1));
	const distance = (date: Date) => Math.abs((date.getFullYear() - pub.getFullYear()) * 12 + date.getMonth() - pub.getMonth());
	return candidates.reduce((best, date) => (distance(date) < distance(best) ? date : best));
}

/** The day `dayOfMonth` of month `monthIndex` nearer to `pub`, this side of it or the other (the earlier on a tie). */
function nearerYear(pub: Date, monthIndex: number, dayOfMonth: number): Date {
	const [before, after] = [nearestYear(pub, monthIndex, dayOfMonth, 'past'), nearestYear(pub, monthIndex, dayOfMonth, 'future')];
	return pub.getTime() - before.getTime() <= after.getTime() - pub.getTime() ? before : after;
}

function nearestYear(pub: Date, monthIndex: number, dayOfMonth: number, tense: Tense): Date {
	const same = new Date(pub.getFullYear(), monthIndex, dayOfMonth);
	if (tense === 'past') return same.getTime() <= pub.getTime() ? same : new Date(pub.getFullYear() - 1, monthIndex, dayOfMonth);
	return same.getTime() >= pub.getTime() ? same : new Date(pub.getFullYear() + 1, monthIndex, dayOfMonth);
}

/**
 * The season `date` falls in, labelled by the year it begins in (December to February is that December's winter in the
 * north, its summer in the south).
 */
function seasonOf(date: Date, southern: boolean): { code: string; year: number } {
	const m = date.getMonth();
	const turn = southern ? 'SU' : 'WI';
	if (m === 11) return { code: turn, year: date.getFullYear() };
	if (m <= 1) return { code: turn, year: date.getFullYear() - 1 };
	if (southern) return { code: m <= 4 ? 'FA' : m <= 7 ? 'WI' : 'SP', year: date.getFullYear() };
	return { code: m <= 4 ? 'SP' : m <= 7 ? 'SU' : 'FA', year: date.getFullYear() };
}

/** A season's place in the year that starts in March: spring first in the north, autumn first in the south. */
function seasonIndex(code: string, southern: boolean): number {
	return (southern ? ['FA', 'WI', 'SP', 'SU'] : ['SP', 'SU', 'FA', 'WI']).indexOf(code);
}

function pointValue(point: Point): string {
	switch (point.granularity) {
		case 'day':
			return day(point.date);
		case 'week':
			return week(point.date);
		case 'month':
			return month(point.date);
		case 'quarter':
			return `${point.date.getFullYear()}-Q${getQuarter(point.date)}`;
		case 'decade':
			return decadeValue(point.date);
		default:
			return year(point.date);
	}
}

/**
 * "up 12% from a year earlier", "down from $342 million a year ago": in a story of results for a
 * quarter or half-year, a figure compared with a year before is the same period a year before. Only
 * after a number in the sentence, and only once the story has named a period that had ended.
 */
function yearAgoQuarter(context: ResolveContext, phrase: string): Omit<DateDraft, 'block' | 'start' | 'end' | 'inQuote'> | undefined {
	const period = context.reportedPeriod;
	if (!period || !/\d/.test(context.textBefore())) return undefined;
	const [reported, value] = [periodIn(period, period.year), periodIn(period, period.year - 1)];
	return { value, granularity: period.part.includes('/') ? 'range' : 'quarter', anchor: 'previous', anchorDate: reported, tense: null, explanation: `"${phrase}" compares a figure of the period reported, ${reported}, with the same period a year before → ${value}` };
}

/** The period a value names when it is a quarter, a half-year or a year's first months that had ended by `publication`. */
function endedPeriod(value: string, publication: Date): ReportedPeriod | undefined {
	const first = /^(\d{4})-01\/\1-(\d\d)$/.exec(value);
	if (first) return new Date(Number(first[1]), Number(first[2]), 1) <= publication ? { year: Number(first[1]), part: `01/${first[2]}` } : undefined;
	const match = /^(\d{4})-([QH])([1-4])$/.exec(value);
	if (!match) return undefined;
	const months = match[2] === 'Q' ? 3 : 6;
	const begins = new Date(Number(match[1]), (Number(match[3]) - 1) * months, 1);
	return addMonths(begins, months) <= publication ? { year: Number(match[1]), part: `${match[2]}${match[3]}` } : undefined;
}

/** `date` moved by `n` units (back when `n` is negative). */
function shiftDate(date: Date, unit: 'day' | 'week' | 'month' | 'year', n: number): Date {
	return unit === 'day' ? addDays(date, n) : unit === 'week' ? addWeeks(date, n) : unit === 'month' ? addMonths(date, n) : addYears(date, n);
}

function shifted(mentioned: Point, unit: 'day' | 'week' | 'month' | 'year', n: number, phrase: string): Omit<DateDraft, 'block' | 'start' | 'end' | 'inQuote'> | undefined {
	// a quarter or a decade counts as its (first) year: "that year", "two years later"
	const previous: Point = mentioned.granularity === 'quarter' || mentioned.granularity === 'decade' ? { date: new Date(mentioned.date.getFullYear(), 0, 1), granularity: 'year' } : mentioned;
	const base = previous.date;
	const date = shiftDate(base, unit, n);
	// ("in November 2021 and again a year later": the month a year on, as precise as the date it counts from)
	const granularity: Point['granularity'] = unit === 'year' ? (previous.granularity === 'month' ? 'month' : 'year') : unit === 'month' ? (previous.granularity === 'year' ? 'year' : 'month') : unit === 'week' ? (previous.granularity === 'day' ? 'day' : 'week') : 'day';
	if (unit === 'day' && previous.granularity !== 'day') return undefined;
	const value = pointValue({ date, granularity });
	return { value, granularity, anchor: 'previous', anchorDate: pointValue(previous), tense: null, explanation: `"${phrase}" from the date mentioned before, ${pointValue(previous)} → ${value}` };
}

/** Parses a resolved value back into a reference point for later anaphora. */
function toPoint(value: string | null, granularity: Granularity): Point | undefined {
	if (!value) return undefined;
	let match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
	if (match) return { date: new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])), granularity: 'day' };
	match = /^(\d{4})-(\d\d)$/.exec(value);
	if (match) return { date: new Date(Number(match[1]), Number(match[2]) - 1, 1), granularity: 'month' };
	match = /^(\d{4})-W(\d\d)(-WE)?$/.exec(value);
	if (match) return { date: addWeeks(new Date(Number(match[1]), 0, 4), Number(match[2]) - 1), granularity: 'week' };
	match = /^(\d{4})-Q([1-4])$/.exec(value);
	if (match) return { date: new Date(Number(match[1]), (Number(match[2]) - 1) * 3, 1), granularity: 'quarter' };
	match = /^(\d{4})(?:-(?:H\d|SP|SU|FA|WI))?$/.exec(value);
	if (match && granularity !== 'duration') return { date: new Date(Number(match[1]), 0, 1), granularity: 'year' };
	match = /^(\d{3})$/.exec(value);
	if (match) return { date: new Date(Number(match[1]) * 10, 0, 1), granularity: 'decade' };
	return undefined;
}

const LEADING_PREPOSITION = /^(?:in|on|at|by|to|for|from|since|until|till|through|within|over|throughout|after|before|during|of|as of)\s/i;
/** A preposition (with "at least", "the past", … after it) that news annotation keeps with the expression it governs. */
const KEPT_PREPOSITION = new RegExp(String.raw`${B}(?:(?:since|until|till|within|throughout|by|from|as of|as early as|no earlier than|at least until|at least through)(?:\s+at\s+least)?|(?<duration>(?:for|over|in)(?:\s+at\s+least)?))\s+(?:the\s+(?<span>past|last|next|coming)\s+)?$`, 'iu');
/** "the previous three months": the words that make a length of time one counted back from the date before. */
const COUNTING_WORDS = /(?<![\p{L}\p{N}])the\s+(?:previous|following|past|last|next|coming)\s+$/iu;
/** A day's expression ("Monday", "on Feb. 3"), which a clock time may come before. */
const DAY_OPENING = new RegExp(String.raw`^(?:on\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:${WEEKDAY}|${MONTH}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})`);
/** A clock time before the day it is on: "at 9:47 p.m. Sunday", "about 3 a.m. on Monday", "at 3pm on Saturday". */
const CLOCK_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}:.])(?:(?:(?:at|about|around|shortly before|shortly after|just before|just after|as of|from|by|until)\s+)?(?:(?:about|around|roughly)\s+)?(?:${CLOCK_AM_PM}|midnight|noon)|(?:at|about|around|from|by|until|since)\s+(?:(?:about|around|roughly)\s+)?(?:[01]\d|2[0-3]):[0-5]\d)(?:\s+${TIME_ZONE}(?:\s*\(\d{3,4}\s*(?:GMT|UTC)\))?)?\s+$`, 'iu');

/**
 * The expression as a reader would mark it, from the span its pattern matched: with the
 * preposition that governs it ("since last summer", "for three years", "over the past decade",
 * "by mid-July"), the clock time before its day ("at 9:47 p.m. Sunday") and the possessive after
 * it ("next month’s", "Tuesday's", whose preposition governs the noun after it: "at Tuesday's
 * meeting" marks "Tuesday's"). Never starts before `floor`.
 */
function writtenSpan(text: string, start: number, end: number, granularity: Granularity, floor: number): { start: number; end: number } {
	const matched = text.slice(start, end);
	const possessive = /^['’]s(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 3));
	if (possessive) {
		const preposition = LEADING_PREPOSITION.exec(matched);
		return { start: preposition ? start + preposition[0].length : start, end: end + 2 };
	}
	const before = text.slice(Math.max(floor, start - 40), start);
	// (not the end of a span of hours, "from 9 a.m. to 5 p.m. Monday through Friday")
	const clock = DAY_OPENING.test(matched) ? CLOCK_BEFORE.exec(before) : null;
	if (clock && !/(?:\bto|\buntil|-|–)\s*$/.test(before.slice(0, before.length - clock[0].length))) return { start: start - clock[0].length, end };
	if (LEADING_PREPOSITION.test(matched)) return { start, end };
	const kept = KEPT_PREPOSITION.exec(before);
	// "for", "over" and "in" only before a length of time or a stretch counted from now ("in 36 hours", "over the past 30 years", "in the past week"),
	// and "in" before a part of a period ("in early June"); not "set for Feb. 3", "planned for early 2026", "took over in 2023" or "in February of that year"
	// ("a three-year-old", "a 30-day truce": a length of time as an adjective takes no preposition)
	const length = granularity === 'duration' && !/-/.test(matched);
	const counted = length || /^the\s+(?:past|last|next|coming)\s/i.test(matched) || (/^in\b/i.test(kept?.groups?.duration ?? '') && /^(?:the\s+)?(?:early|late|mid-)/i.test(matched));
	// ("up 9 percent from a year earlier": the base of a comparison, not where a period starts)
	const comparison = /^from\s/i.test(kept?.[0] ?? '') && /(?:earlier|before|ago)$/i.test(matched);
	if (kept && !comparison && (!kept.groups?.duration || counted || kept.groups?.span)) return { start: start - kept[0].length, end };
	const counting = COUNTING_WORDS.exec(before);
	if (counting && granularity === 'duration') return { start: start - counting[0].length, end };
	return { start, end };
}

/** Finds and resolves every temporal expression of a document. */
export function extractDates(doc: TextDocument, publicationDate: string, quotes: QuoteRegion[]): DateDraft[] {
	const publication = parseCalendarDate(publicationDate);
	const found: DateDraft[] = [];
	let previous: Point | undefined;
	let previousAt: { block: number; start: number } | undefined;
	// (the latest date on or before the article's, which a past sentence refers back to: "The sentencing is set for December 13. …
	// Ilsley drove to the farm that evening" after "the night of March 9, 2023")
	let previousPast: Point | undefined;
	let reportedPeriod: ReportedPeriod | undefined;
	let decade: Point | undefined;
	let lastDay: Date | undefined;
	let lastClock: number | undefined;
	let lastDayAt: { block: number; start: number } | undefined;
	let previousNames = false;
	let previousCounted = false;
	const weekdays = new Map<number, Date>();
	const storyText = doc.blocks.map((block) => block.text).join('\n');
	const sportSeasons = sportSeasonsOf(storyText);
	// (a story that names no country may count in one's money: "Sh210 million")
	const country = mainCountry(doc) ?? CURRENCY_COUNTRIES.find(([sign]) => sign.test(storyText))?.[1];
	const southern = country !== undefined && isSouthernCountry(country);
	// (a year the story says ends or begins in a month, "the fiscal year ending March 2026", "the fiscal year, which began on July 1",
	// "on July 1, at the start of the 2022/23 financial year", is the calendar it keeps, whatever the country's)
	const fiscalEnd = FISCAL_YEAR_END.exec(storyText)?.[1];
	const opening = FISCAL_YEAR_OPENING.exec(storyText);
	const fiscalBegins = FISCAL_YEAR_START.exec(storyText)?.[1] ?? opening?.[1] ?? opening?.[2];
	// ("The county's new financial year begins on Monday": the month of that Monday)
	const onWeekday = FISCAL_YEAR_WEEKDAY.exec(storyText);
	const startWeekday = WEEKDAYS.get(onWeekday?.[2]?.toLowerCase() ?? '');
	const weekdayBegins = startWeekday === undefined ? undefined : /s$/.test(onWeekday?.[1] ?? '') ? thisOrNext(publication, startWeekday) : previousDay(publication, startWeekday as 0);
	const fiscalStart = fiscalEnd ? (monthNumber(fiscalEnd) % 12) : fiscalBegins ? monthNumber(fiscalBegins) - 1 : weekdayBegins?.getDate() === 1 ? weekdayBegins.getMonth() : country === undefined ? undefined : FISCAL_YEAR_STARTS[country];
	const fiscalYears = /\b(?:fiscal|financial)\s+year/i.test(storyText);
	const epidemiologicalWeeks = /\b(?:epidemiological|epi)\s+weeks?\s+\d/i.test(storyText);
	for (const block of doc.blocks) {
		const blockQuotes = quotes.filter((q) => q.block === block.index);
		const candidates: Array<{ start: number; end: number; match: RegExpExecArray; resolve: Resolver; order: number }> = [];
		SCANNERS.forEach((scanner, order) => {
			if (scanner.hint && !scanner.hint.test(block.text)) return;
			for (const match of scan(scanner, block.text)) {
				const start = match.index;
				candidates.push({ start, end: start + match[0].length, match, resolve: scanner.resolve, order });
			}
		});
		candidates.sort((a, b) => a.start - b.start || a.order - b.order || b.end - a.end);
		const taken: Array<{ start: number; end: number }> = [];
		const chosen = candidates
			.sort((a, b) => a.order - b.order || a.start - b.start)
			.filter((candidate) => {
				if (taken.some((t) => candidate.start < t.end && t.start < candidate.end)) return false;
				taken.push(candidate);
				return true;
			})
			.sort((a, b) => a.start - b.start);
		for (const candidate of chosen) {
			const quote = blockQuotes.find((q) => candidate.start >= q.start && candidate.end <= q.end);
			const inQuote = quote !== undefined;
			const sentenceStart = sentenceAt(block, candidate.start)?.start ?? 0;
			const previousInSentence = found.at(-1)?.block === block.index && (found.at(-1)?.start ?? -1) >= sentenceStart;
			const previousPointInSentence = previousAt?.block === block.index && previousAt.start >= sentenceStart;
			const tense = () => tenseOf(block, candidate.start, candidate.end, quote);
			// (not a date ahead named in the same paragraph: "The hearing was adjourned until June 9. The judge said he had to attend that day")
			// (or one in it, when the date opens its sentence: "That evening, tickets sold out")
			const opensSentence = block.text.slice(sentenceStart, candidate.start).trim() === '';
			const ahead = previous !== undefined && previousPast !== undefined && previous.date > publication && !previousInSentence && (found.at(-1)?.block !== block.index || opensSentence);
			const context: ResolveContext = {
				publication,
				speech: publication,
				previous: ahead && tense() === 'past' ? previousPast : previous,
				decade,
				lastDay,
				lastClock,
				lastDayInSentence: lastDayAt?.block === block.index && lastDayAt.start >= sentenceStart,
				previousNames,
				previousCounted,
				sincePrevious: () => (previousPointInSentence && previousAt ? block.text.slice(previousAt.start, candidate.start) : ''),
				previousInSentence,
				previousPointInSentence,
				previousNearby: previousAt !== undefined && block.index - previousAt.block <= 1,
				tense,
				tenseBefore: () => tenseBeforeIn(block, candidate.start),
				futureInPast: () => futureInPast(block.tokens, lowerBound(block.tokens, candidate.start), lowerBound(block.tokens, sentenceStart)),
				weekdays,
				reportedPeriod,
				sportSeasons,
				southern,
				fiscalStart,
				fiscalYears,
				epidemiologicalWeeks,
				textBefore: () => block.text.slice(sentenceStart, candidate.start),
			};
			const resolved = candidate.resolve(candidate.match, context);
			if (!resolved) continue;
			// (never into the date before it: "from 2019 to 2023" is one)
			const floor = found.at(-1)?.block === block.index ? (found.at(-1)?.end ?? 0) : 0;
			const span = writtenSpan(block.text, candidate.start, candidate.end, resolved.granularity, floor);
			const draft: DateDraft = { ...resolved, block: block.index, ...span, inQuote };
			found.push(draft);
			// (the day of a trailing attribution after a date of its own is no point the story goes on from: "fell ill on November 27,
			// Okonkwo told the Gazette on Tuesday. Two days later his sister …" counts from November 27)
			const sentence = sentenceAt(block, candidate.start);
			// (only the verb's own day, after its hearers at most: not a day in the clause reported, "and her family said she died on March 4")
			const saidOn = previousInSentence && /,\s+[^,;]{0,60}?\b(?:(?:said|says|added|wrote|announced)|told\s+(?:the\s+|a\s+|an\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,5}|told\s+(?:reporters|journalists|parliament|lawmakers|the\s+\p{Ll}+))\s*$/u.test(block.text.slice(sentenceStart, draft.start)) && /^[\s.”"’]*$/.test(block.text.slice(draft.end, sentence?.end ?? draft.end));
			// (nor is a year naming a thing, "a faction that rejected the 2016 peace deal": "the next day" counts from the day before it)
			const naming = draft.granularity === 'year' && /\bthe\s+$/i.test(block.text.slice(sentenceStart, draft.start)) && /^\s+\p{Ll}/u.test(block.text.slice(draft.end, draft.end + 3));
			// (nor a day counted back in apposition to the one before it: "sued the council on October 4, two weeks after the notice was
			// pinned up. The following day …" goes on from October 4)
			const beforeDraft = found.at(-2);
			const aside = beforeDraft?.block === block.index && /^,\s*$/.test(block.text.slice(beforeDraft.end, draft.start)) && /\b(?:after|before)$/i.test(block.text.slice(draft.start, draft.end));
			// (nor the start of a period told of beside a day: "played on July 24, their first concert since February 2020. Two weeks later …")
			// (an aside, "the first … since", "its highest … since", after the day)
			// (any start of a period told of after a day in the same sentence: "reopened on March 3, after being shut since November 2023")
			const sinceAside = beforeDraft?.block === block.index && beforeDraft.start >= sentenceStart && beforeDraft.granularity === 'day' && /^since\s/i.test(block.text.slice(draft.start, draft.end)) && /^,\s/.test(block.text.slice(beforeDraft.end, draft.start));
			const point = saidOn || aside || sinceAside ? undefined : toPoint(draft.value, draft.granularity);
			// a period the story names, not one counted back from it ("a year earlier")
			const ended = draft.anchor === 'previous' ? undefined : endedPeriod(draft.value ?? '', publication);
			if (ended) reportedPeriod = ended;
			if (point?.granularity === 'day') {
				lastDay = point.date;
				lastDayAt = { block: block.index, start: draft.start };
				lastClock = clockMinutes(block.text.slice(draft.start, draft.end));
			}
			if (point?.granularity === 'decade') decade = point;
			else if (point && draft.granularity !== 'duration' && draft.granularity !== 'range' && draft.granularity !== 'reference') {
				previous = point;
				previousNames = naming;
				previousCounted = draft.anchor === 'previous';
				previousAt = { block: block.index, start: draft.start };
				if (point.date <= publication) previousPast = point;
			}
		}
	}
	headingWeekdaysFromText(doc, found, publication);
	return found;
}

/**
 * A subheading without a verb ("Truce ‘from Monday’", "Parade on Tuesday") names the weekday the story's text goes on to
 * date: each such day takes the value of the first later mention of the same weekday in a paragraph.
 */
function headingWeekdaysFromText(doc: TextDocument, found: DateDraft[], publication: Date): void {
	// (the day the weekday subheading before gave: "## Thursday" then "## Friday" in a round-up of the week ahead, told on a Friday)
	let headingBefore: string | undefined;
	found.forEach((draft, i) => {
		const block = doc.blocks[draft.block];
		if (!block || block.kind !== 'heading' || draft.granularity !== 'day' || draft.anchor !== 'publication') return;
		const weekday = new RegExp(String.raw`^(?:.*\s)?(${WEEKDAY})\b`, 'u').exec(block.text.slice(draft.start, draft.end))?.[1];
		if (!weekday) return;
		const [from, to] = [lowerBound(block.tokens, draft.start), lowerBound(block.tokens, draft.end)];
		const verbless = tenseAround(block.tokens, from, to, 0, block.tokens.length, 'present') === 'present' && tenseAround(block.tokens, from, to, 0, block.tokens.length, 'past') === 'past';
		if (!verbless) return;
		// (within its own section: not a later heading's "The funeral will be held on Sunday")
		const nextHeading = doc.blocks.findIndex((other) => other.index > block.index && other.kind === 'heading');
		const later = found.slice(i + 1).find((other) => (nextHeading === -1 || other.block < nextHeading) && other.granularity === 'day' && doc.blocks[other.block]?.kind === 'paragraph' && new RegExp(String.raw`\b${weekday}\b`, 'u').test(doc.blocks[other.block]?.text.slice(other.start, other.end) ?? ''));
		if (!later) {
			sectionWeekday(doc, block, draft, weekday, publication, headingBefore);
			headingBefore = draft.value ?? undefined;
			return;
		}
		if (later.value === draft.value) return;
		Object.assign(draft, { value: later.value, tense: later.tense, explanation: `"${weekday}" in a subheading without a verb: the ${weekday} the text below gives → ${later.value}` });
	});
}

/**
 * A subheading that is a weekday alone ("## Monday" in a round-up of the week ahead or the week past), over a section that does not
 * name the day again, labels it: the article's own day when it is that weekday (the next such day after a subheading that gave a
 * later day, `headingBefore`: "## Thursday", "## Friday" in a round-up of the week ahead told on a Friday); else the day the section's first main clause tells
 * of, the next such day when it is in the future, or in the present in a story that speaks of the week ahead ("Halden Group reports
 * results, …, which ended on Sept. 30"), the last one before the article when it is in the past ("Parliament voted down the budget").
 */
function sectionWeekday(doc: TextDocument, heading: TextBlock, draft: DateDraft, weekday: string, publication: Date, headingBefore: string | undefined): void {
	if (heading.text.trim().replace(/[:.]$/, '') !== heading.text.slice(draft.start, draft.end)) return;
	const section = doc.blocks[heading.index + 1];
	const target = WEEKDAYS.get(weekday.toLowerCase());
	if (!section || section.kind !== 'paragraph' || target === undefined) return;
	if (target === publication.getDay() && (headingBefore === undefined || headingBefore <= day(publication))) {
		if (draft.value !== day(publication)) Object.assign(draft, { value: day(publication), tense: 'present', explanation: `"${weekday}" as a subheading alone, in an article of that weekday → ${longDay(publication)}` });
		return;
	}
	// (its main clause: not a relative one after it, "…, which ended on Sept. 30")
	const sentence = section.text.slice(0, sentenceAt(section, 0)?.end ?? section.text.length);
	const relative = sentence.search(/,\s+(?:which|who|where|when)\b/);
	const sentenceEnd = lowerBound(section.tokens, relative === -1 ? sentence.length : relative);
	const tense = tenseAround(section.tokens, 0, 0, 0, sentenceEnd, 'present');
	const weekAhead = /\b(?:next|coming|this)\s+(?:week|weekend)\b|\b(?:week|days)\s+ahead\b|\bcoming\s+days\b/i.test(doc.body);
	if (tense === 'present' && !weekAhead) return;
	const date = tense === 'past' ? previousDay(publication, target as 0) : nextDay(publication, target as 0);
	const value = day(date);
	if (value !== draft.value) Object.assign(draft, { value, tense, explanation: `"${weekday}" as a subheading alone: the section below it is in the ${tense} tense → ${longDay(date)}` });
}

/**
 * The tense of the clause around `[start, end)`. Inside a quote, what follows the quote (its
 * attribution, "he said") is not the words' tense, and quoted words without a marker are present.
 */
/** The tense of the words of its sentence before `start`, if they give one. */
function tenseBeforeIn(block: TextBlock, start: number): Tense | undefined {
	const sentence = sentenceAt(block, start) ?? { start: 0 };
	return tenseBefore(block.tokens, lowerBound(block.tokens, start), lowerBound(block.tokens, sentence.start));
}

function tenseOf(block: TextBlock, start: number, end: number, quote?: QuoteRegion): Tense {
	const found = sentenceAt(block, start) ?? { start: 0, end: block.text.length };
	const sentence = quote ? { start: found.start, end: Math.min(found.end, quote.end) } : found;
	// (the odds of what may come look ahead: "put the chance of above-median temperatures between June and August at 75%", "priced in
	// a one-in-three chance of a move in February"; not odds told of after the day, "the chance of the storm reaching the coast on March
	// 3 … but it turned north", "the odds of winning the seat on May 2 were put at 1 in 5", nor odds set in a month named first)
	if (CHANCE_OF.test(block.text.slice(sentence.start, start)) && !/\b(?:but|was|were|went|turned|held|had\s+been)\b/i.test(block.text.slice(end, sentence.end)) && !OPENING_MONTH.test(block.text.slice(sentence.start, start))) return 'future';
	const tokens = block.tokens;
	return tenseAround(tokens, lowerBound(tokens, start), lowerBound(tokens, end), lowerBound(tokens, sentence.start), lowerBound(tokens, sentence.end), quote ? 'present' : 'past');
}
