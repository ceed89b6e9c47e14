/**
 * Actors: people, organisations, places and groups named in the article, found by general patterns
 * (capitalised name sequences, roles and titles before names, acronyms in parentheses, "the
 * ministry" pointing back to the last named ministry) and the gazetteer; short forms later in the
 * article join the full name.
 */
import type { ActorKind } from './schema.ts';
import { genderOfGivenName, isGivenName } from './given-names.ts';
import {
	APPOSITION_HONORIFICS,
	BODY_NOUNS_AFTER_NAME,
	FEMININE_WORDS,
	FUNCTION_WORDS,
	HONORIFICS,
	MASCULINE_WORDS,
	MONTHS,
	NON_ACTOR_HEADS,
	ORGANISATION_HEADS,
	PLACE_HEADS,
	PLACE_TAILS,
	PLACE_INTRODUCERS,
	PLACE_NOUNS,
	PLATFORM_NOUNS,
	PERSON_NOUNS,
	PRONOUNS,
	ROLE_NOUNS,
	TRADES,
	WEEKDAYS,
	CAMPAIGN_VERBS,
	CLUB_WORDS,
	CUE_VERBS,
	INDUSTRY_WORDS,
	LANGUAGES,
	isBusinessWord,
	isGroupWord,
	isPronoun,
	PORTFOLIO_WORDS,
	POST_NOMINALS,
	PLURAL_NOUN_CUES,
	VENUE_HEADS,
} from './lexicon.ts';
import { isCountryName, lookupPlace, stateByAbbreviation, type PlaceMatch } from './places.ts';
import { isPastVerb } from './tense.ts';
import type { TextBlock, TextDocument } from './text/document.ts';
import type { Token } from './text/tokens.ts';


/** Participles that open a sentence about the person named after them, and are no part of the name: "Born Ada Brenn in 1941, she". */
const OPENING_PARTICIPLES = new Set(['born', 'raised', 'educated', 'christened', 'baptised', 'baptized', 'nicknamed', 'dubbed']);
/** Words opening a sentence that qualify the role after a place's name: "Former Puerto Almagro mayor Teodora Ocampo". */
const OPENING_QUALIFIERS = new Set(['former', 'then', 'acting', 'interim', 'outgoing', 'incoming']);
/** A mention of an actor in a block (offsets in the block's plain text). */
export interface ActorMention {
	actor: ActorDraft;
	block: number;
	start: number;
	end: number;
	text: string;
	/** `name` for a name or alias, `anaphor` for "the ministry", `modifier` for "Kenyan officials". */
	form: 'name' | 'anaphor' | 'modifier';
}

/** An actor while the article is analysed. */
export interface ActorDraft {
	kind: ActorKind;
	/** Every name form seen, in order of first use. */
	forms: string[];
	/** Roles written before the name. */
	roles: string[];
	/** Titled forms ("Mayor Ines Okonkwo-Barros") kept as aliases. */
	titled: string[];
	/** Country code for countries (and capitals or demonyms standing for them). */
	country?: string;
	/** The common name from the gazetteer, for places. */
	placeName?: string;
	/** Known gender of a person, for pronouns. */
	gender?: 'masculine' | 'feminine';
	/** The gender the given name suggests, for a person `gender` is not known of: weaker evidence, which a pronoun may overrule. */
	nameGender?: 'masculine' | 'feminine';
	/** Name tokens of the fullest form, for joining short forms. */
	nameTokens: string[];
	/** Final canonical name. */
	name: string;
}

/** The actors of an article and their mentions, in reading order. */
export interface ActorIndex {
	actors: ActorDraft[];
	mentions: ActorMention[];
	/** Mentions of `block`, in order. */
	inBlock(block: number): ActorMention[];
}

interface Candidate {
	block: TextBlock;
	tokens: Token[];
	/** Index of the first name token in `block.tokens`. */
	first: number;
	/** Index after the last name token. */
	last: number;
	role?: string;
	titled?: string;
	/** Index of the first token of the role phrase, when there is one. */
	roleFirst?: number;
	sentenceInitial: boolean;
	/** The name came after a compound that places a business ("Ostvik-based", "Tarsen-listed"). */
	placedBusiness?: boolean;
}

const PARTICLES = new Set(['van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'von', 'zu', 'bin', 'bint', 'binti', 'binte', 'ibn', 'al', 'el', 'ben', 'ter', 'ten', 'y', 'i', 'abu', 'st.']);
/** Abbreviations that open a name of a place or an institution: "St. Edwina Academy", "Mt. Hollis", "Ft. Collier". */
const NAME_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft']);
/** Given names written short before a period: Mohammad ("Md.", "Mohd.", "Muhd.") in South and Southeast Asia, Maria ("Ma.") in the Philippines. */
const SHORT_GIVEN_NAMES = new Set(['Md', 'Mohd', 'Muhd', 'Ma']);
/** Words after which such an abbreviation goes on with the name: "Mount St. Helens", "Port St. Lucie", "University of St. Andrews". */
const SAINT_PLACE_WORDS = new Set(['mount', 'port', 'fort', 'lake', 'sault', 'cape', 'point', 'of', 'river', 'bay', 'isle']);
const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'and', '&']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around', 'at', 'above', 'below']);
/** Words for a kind of business written before its name ("Developer Halverstone Partners"). */
const BUSINESS_DESCRIPTORS = new Set(['developer', 'retailer', 'carmaker', 'automaker', 'chipmaker', 'insurer', 'lender', 'broker', 'brokerage', 'refiner', 'broadcaster', 'shipbuilder', 'manufacturer', 'supplier', 'exporter', 'producer', 'distributor', 'publisher', 'miner', 'operator', 'airline', 'shipper', 'carrier', 'builder', 'contractor', 'brewer', 'drugmaker', 'conglomerate']);

/** Words that place the name after them nearby: "of nearby Pine Hollow", "in neighbouring Ostvik". */
const NEARBY = new Set(['nearby', 'neighbouring', 'neighboring']);
/** The heads of titles only a person holds (not an office that acts as a body, "the Retail Pricing Ombudsman"). */
const PERSONAL_TITLE_HEADS = /^(?:minister|secretary|commander|governor|director|officer|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chairperson|adviser|advisor|superintendent|inspector|magistrate|coroner|judge|justice|manager|whip|chancellor)$/;
/** The heads of a body's part, which "of the" does not join to a body of its own: "the Board of the Halvard Foundation". */
const PARTS_OF_BODIES = /^(?:board|council|committee|trustees|secretariat|executive|presidium|chair|directors|governors|assembly)$/;
/** Words for the points of the compass before a place's name: "in east Dunmere", "across northern Velsmark". */
const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|inner|outer|rural|downtown|greater)$/;
/** Nouns whose "of" names a place: "residents of Torrelasca", "the provincial government of Westmarch", "the outskirts of Kelby". */
const OF_A_PLACE = new Set(['residents', 'inhabitants', 'citizens', 'villagers', 'townspeople', 'people', 'government', 'governor', 'mayor', 'outskirts', 'streets', 'centre', 'center', 'suburbs', 'north', 'south', 'east', 'west']);
/** Words a place's name is written before, as what it governs or has: "the Kerrow provincial assembly", "Solvenne’s governing party". */
const PLACE_ADJECTIVE_AFTER = /^(?:provincial|regional|municipal|metropolitan|county|district|city|state|federal)$/;
const PLACE_POSSESSIONS = /^(?:governing|ruling|opposition|capital|government|parliament|economy|army|military|coastline|border|borders|population|interior|electorate|voters|citizens)$/;
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const ROLE_TAILS = new Set(['staff', 'state', 'affairs', 'defence', 'defense', 'justice', 'health', 'finance', 'interior', 'executive', 'officer']);

/** A month's or a weekday's name (not "Jan" written without its stop, as often a given name or a word of a party's name: "Jan Adhikar Dal", "Jan Novak"). */
const isCalendarWord = (token: Token) => (MONTHS.has(token.lower) && token.text !== 'Jan') || WEEKDAYS.has(token.lower);
const isAcronym = (text: string) => /^\p{Lu}{2,6}$/u.test(text) || /^(?:\p{Lu}\.){2,}$/u.test(text);
const isShouting = (token: Token) => /^\p{Lu}{7,}$/u.test(token.base);
/** Units and time zones in capitals, which name no body after a number or a clock ("14,820 MW", "3.47 pm IST"); a story may define one
 * as a body's acronym ("the Institute of Science and Technology (IST)"). */
const MEASURE_ABBREVIATIONS = new Set('PDT CST CDT MST MDT CEST EET EEST IST PKT EAT WAT CAT SAST JST KST SGT HKT AEST AEDT AWST NZST NZDT MW GW MWH GWH TWH KWH'.split(' '));

/** Abbreviations in capitals that name no body: "at 1432 GMT", "GDP", "an SUV", "DNA evidence". */
const COMMON_ABBREVIATIONS = new Set('GMT UTC EST EDT PST BST CET ZWL ZAR KES UGX TZS NGN GHS ZMW INR PKR BDT LKR JPY CNY CHF AUD CAD NZD SEK NOK DKK BRL MXN GDP GNP CPI CEO CFO COO CTO IPO IPOS TV HIV AIDS COVID USD EUR GBP CFA NGO NGOS VAT ID LNG LPG EV EVS AI IT PR HR ICU ER MRI ATM PIN SMS GPS CCTV DIY PDF URL SUV SUVS DNA RNA OK AM PM EBITDA EBIT EPS Rs GH KSh GP FIR MS'.split(' '));
/** Words for a step of a scale, before its number: "Category 4", "Level 3", "Phase 2", "Tier II". */
const SCALE_WORDS = new Set(['category', 'level', 'phase', 'stage', 'tier', 'grade', 'class', 'zone', 'force']);

/**
 * Words that end an organisation's name only in last place: "the Sea Crossings Monitor", where "Election Monitor Tendai Moyo" is a
 * role; "Lorrimer County Schools", a school district, where "Schools Minister Ana Reyes" is one.
 */
const LAST_ONLY_HEADS = new Set(['monitor', 'schools']);

/** Business words that are also surnames: "Umbane Power" is a utility, "Ava Power" a person. */
const SURNAME_BUSINESS_WORDS = new Set(['power', 'mills', 'steel', 'rice', 'banks', 'lines', 'stores', 'markets', 'oil', 'gas', 'coal', 'copper', 'nickel']);
/** Festivals and holidays, which are times and not actors: "before Christmas", "the Songkran exodus" (not "Christmas Island"). */
const HOLIDAYS = new Set('Christmas Easter Ramadan Eid Diwali Deepavali Songkran Hanukkah Passover Thanksgiving Halloween Nowruz Holi Vesak Lent Advent Pentecost Hogmanay Chuseok Tet Navratri Onam Pongal Kwanzaa Carnival Carnaval Whitsun Michaelmas Epiphany'.split(' '));
/** A name written in capitals, of one word or more, as a dateline writes its place: "NAIROBI", "BUENOS AIRES". */
const writtenInCapitals = (name: string) => /^\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*$/u.test(name);
/** Whether the token at `k` and the full stop after it write an abbreviated title: "Gov.", "Sen.", "Ms." (tokenized as a word and a stop). */
const dottedTitle = (tokens: Token[], k: number) => tokens[k + 1]?.text === '.' && HONORIFICS.has(`${tokens[k]?.text}.`);

/** What marks a single name around it as a person's. */
function personMarks(candidate: Candidate): { aged: boolean; who: boolean; honorific: boolean; givenName: boolean } {
	const { tokens } = candidate;
	const token = tokens[candidate.first];
	const before = tokens[candidate.first - 1];
	const introducer = tokens[candidate.first - 2];
	const after = tokens[candidate.first + 1];
	// "Brenn, 54, denied …" and "Randers, who took office in January, said …": a name with an age
	// or a "who" after it is a person's
	const age = tokens[candidate.first + 2]?.text ?? '';
	const aged = after?.text === ',' && /^\d{1,3}$/.test(age) && Number(age) <= 120 && tokens[candidate.first + 3]?.text === ',';
	const who = after?.text === ',' && tokens[candidate.first + 2]?.lower === 'who';
	// "Ms. Varga declined to comment": a surname after an honorific ("Ms." is "Ms" and a full stop)
	const honorific = (before !== undefined && HONORIFICS.has(before.text)) || dottedTitle(tokens, candidate.first - 2);
	// "a resident who gave only her first name, Lina", "a driver identified only as Tomas": a person named by one name
	// and "her husband, Lyle,", "the mayor, Brenn,": one name in apposition to a role
	const title = token !== undefined && (HONORIFICS.has(token.text) || dottedTitle(tokens, candidate.first));
	const givenName = !title && ((before?.text === ',' && (introducer?.lower === 'name' || (introducer !== undefined && !introducer.capitalised && ROLE_NOUNS.has(introducer.lower)))) || (before?.lower === 'as' && /^(?:only|name|identified)$/.test(introducer?.lower ?? '')));
	return { aged, who, honorific, givenName };
}

/**
 * Whether the clause a cue verb at `verb` reports opens with "it" as a doer or with "its" ("said in
 * a statement it had accepted", "said on Sunday that its fighters"): the speaker speaks of itself as
 * a thing. "it was", "it is", "it would be" are no doer ("Lopez said it was too early"), and "its"
 * later in the clause is someone else's ("said the city and its residents").
 */
function speaksOfItself(tokens: readonly Token[], verb: number): boolean {
	let k = verb + 1;
	// a phrase before the clause: "in a statement", "on Sunday", "that"
	for (let guard = 0; guard < 3; guard += 1) {
		const word = tokens[k];
		if (word?.kind === 'word' && /^(?:in|on|at|during|after|before|via|through)$/.test(word.lower)) {
			k += 1;
			while (tokens[k]?.kind === 'word' && !isPronoun(tokens[k]?.lower ?? '') && (FUNCTION_WORDS.has(tokens[k]?.lower ?? '') || WEEKDAYS.has(tokens[k]?.lower ?? '') || !tokens[k]?.capitalised) && k < verb + 6) k += 1;
			continue;
		}
		if (word?.lower === 'that') k += 1;
		break;
	}
	const first = tokens[k];
	const next = tokens[k + 1];
	if (first?.lower === 'its') return true;
	if (first?.lower !== 'it' || next === undefined || next.kind !== 'word') return false;
	// "it was too early", "it would be a mistake": no doer; "it would appeal", "it had accepted": the speaker's own act
	if (/^(?:was|is|were|seemed|seems|appears|appeared|looked|looks|felt|feels|remains|remained)$/.test(next.lower)) return false;
	return !(/^(?:would|will|could|might|may|must|should)$/.test(next.lower) && tokens[k + 2]?.lower === 'be');
}

/** Whether a single name is joined by "and" or "or" to a place the story has named: "the provinces of Ubara and Kesso". */
function coordinatedWithPlace(candidate: Candidate, registry: Registry): boolean {
	const { tokens, block } = candidate;
	const before = tokens[candidate.first - 1];
	const after = tokens[candidate.first + 1];
	// (or a comma inside a list that "and" closes: "across Hallund, Tarnby and Keswater provinces")
	const joins = (token: Token | undefined) => /^(?:and|or)$/.test(token?.lower ?? '');
	// (a list goes on with a name and "and" or a comma: not "In Kelby, Mensah, the party's leader, said")
	const listComma = (token: Token | undefined, beyond: Token | undefined, further: Token | undefined) => token?.text === ',' && (joins(beyond) || (beyond?.text === ',' && isNameToken(further)));
	const other = joins(before) || listComma(before, after, tokens[candidate.first + 2]) ? tokens[candidate.first - 2] : joins(after) || listComma(after, tokens[candidate.first + 3], tokens[candidate.first + 4]) ? tokens[candidate.first + 2] : undefined;
	if (!other) return false;
	// "flew to Lagos and Okafor scored": "and" joins two clauses, not two places (a plural verb joins a pair: "Kesh Mill and
	// Drumvargie were")
	const afterPair = tokens[Math.max(candidate.first, tokens.indexOf(other)) + 1];
	if (afterPair && afterPair.kind === 'word' && !afterPair.capitalised && !/^(?:were|have)$/.test(afterPair.lower) && (isPastVerb(afterPair) || CUE_VERBS.has(afterPair.lower))) return false;
	return registry.inBlock(block.index).some((m) => m.actor.kind === 'place' && m.form === 'name' && m.start <= other.start && other.end <= m.end);
}

/**
 * Whether the name after "of the" at `from` belongs to the body before it ("the Office of the President"): not a body of its own
 * ("the Board of the Halvard Foundation"), nor a title before a person's name ("the Office of the Prime Minister Ana Ruiz").
 */
function ownedTail(tokens: Token[], from: number): boolean {
	// (a part of a body, "Board", "Council", "Committee", before a body of its own)
	const part = PARTS_OF_BODIES.test(tokens[from - 3]?.lower ?? '');
	let k = from;
	while (isNameToken(tokens[k])) {
		const token = tokens[k] as Token;
		if (part && ORGANISATION_HEADS.has(token.lower)) return false;
		if (ROLE_NOUNS.has(token.lower) && isNameToken(tokens[k + 1]) && !ROLE_NOUNS.has(tokens[k + 1]?.lower ?? '')) return false;
		k += 1;
	}
	return true;
}

/** Whether the name starting at `from` reaches an organisation's head within three words ("Shelter Agency", "Wendlow Hospitals Trust"). */
function organisationHeadWithin(tokens: Token[], from: number): boolean {
	// (a club's word is no head that "and" joins under: "Dalmont City and Tarrow Rovers" are two clubs)
	for (let k = from; k < from + 3 && isNameToken(tokens[k]); k += 1) if (ORGANISATION_HEADS.has(tokens[k]?.lower ?? '') && !CLUB_WORDS.has(tokens[k]?.lower ?? '')) return true;
	return false;
}

/** A surname's particle joined to it by a hyphen, in lower case: "al-Qudsi", "bin-Salem", "el-Amin". */
const PARTICLE_SURNAME = /^(?:al|el|ad|ar|as|an|ash|at|az|ibn|bin|bint|abu)-\p{Lu}/u;

function isNameToken(token: Token | undefined): token is Token {
	if (!token || token.kind !== 'word' || !(token.capitalised || (token.text.includes('-') && PARTICLE_SURNAME.test(token.text)))) return false;
	// ("I'm", "I'll", "I've", "I'd": the pronoun, contracted)
	if (isCalendarWord(token) || token.base === 'I' || /^(?:I['’](?:m|ll|ve|d)|(?:We|You|They)['’](?:re|ll|ve|d)|(?:He|She|It)['’](?:s|ll|d))$/.test(token.text)) return false;
	// (an American lawmaker's party and state after the name, "Rep. Ana Ruiz, R-Texas," or "D-Calif.", names no one)
	if (/^[RDI]-\p{Lu}/u.test(token.text)) return false;
	// (a currency's letters before its amount, "Sh9.6 billion", "GH¢14.50", "KSh200", name no one)
	if (/^(?:Sh|KSh|Ksh|USh|TSh|GH|Tk|Rs|Rp|RM)\d/.test(token.text)) return false;
	// a word in capitals is shouting ("SCANDAL"), unless it is a place written as in a dateline ("WASHINGTON")
	if (isShouting(token)) return lookupPlace(titleCase(token.base)) !== undefined;
	return true;
}

/** A name written in capitals as it is usually written: "NAIROBI" → "Nairobi", "BUENOS AIRES" → "Buenos Aires". */
function titleCase(name: string): string {
	return name.replace(/\p{L}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
}

/** Finds the actors of a document. */
export function extractActors(doc: TextDocument): ActorIndex {
	const registry = new Registry();
	const deferred: Candidate[] = [];
	for (const block of doc.blocks) {
		if (block.kind === 'heading') continue;
		for (const candidate of findCandidates(block)) {
			if (!classifyCandidate(candidate, registry)) deferred.push(candidate);
		}
	}
	const places = placeEvidence(doc, registry);
	const unresolved = deferred.filter((candidate) => !resolveSingle(candidate, registry, false, places));
	for (const candidate of unresolved) resolveSingle(candidate, registry, true, places);
	for (const block of doc.blocks) findInventedDemonyms(block, registry);
	for (const block of doc.blocks) if (block.kind !== 'heading') findStateBodies(block, registry);
	for (const block of doc.blocks) if (block.kind !== 'heading') findAnaphors(block, registry);
	registry.finish();
	learnGender(doc, registry);
	return registry.index();
}

/**
 * The stems a demonym may be formed from: "Morvanian" → Morvania, "Kestrani" → Kestran,
 * "Belmoran" → Belmora, "Lumenese" → Lumeno. English forms a people's adjective from a country's name by
 * these endings (-ian, -an, -n, -i, -ese), and -ian for -y ("Kessalian" → Kessaly, as Italy → Italian).
 */
export function demonymStems(word: string): string[] {
	const stems: string[] = [];
	const cut = (ending: string, ...restored: string[]) => {
		if (word.length > ending.length + 3 && word.endsWith(ending)) for (const end of restored) stems.push(word.slice(0, word.length - ending.length) + end);
	};
	cut('ian', 'ia', 'a', '', 'y');
	cut('an', 'a', '');
	cut('n', '');
	cut('i', '');
	cut('ese', '', 'a', 'o');
	return stems;
}

/**
 * Names the document also uses as the stem of a people's adjective written before another word
 * ("Morvanian missiles", "Kestrani President"), five letters or more: a single unknown name with
 * such an adjective beside it is a country's, as "Tarvonia" is beside "Tarvonian voters" (the
 * gazetteer knows the real ones' demonyms; these are the others). A word of a person's name is no
 * such adjective ("Julian Ortega" makes no place of "Julia"), nor one before a function word.
 */
function namesWithDemonyms(doc: TextDocument, registry: Registry): Set<string> {
	const stems = new Set<string>();
	const personWords = new Set(registry.actors.filter((actor) => actor.kind === 'person').flatMap((actor) => actor.nameTokens));
	for (const block of doc.blocks) {
		const { tokens } = block;
		tokens.forEach((token, k) => {
			const next = tokens[k + 1];
			if (token.kind !== 'word' || !token.capitalised || token.possessive || !next || next.kind !== 'word' || next.start !== token.end + 1) return;
			// before a noun or a title ("Morvanian troops", "Kestrani President"), not a person's first name ("Julian Ortega")
			if (personWords.has(token.base) || (!next.capitalised && FUNCTION_WORDS.has(next.lower))) return;
			if (lookupPlace(token.base)) return;
			for (const stem of demonymStems(token.base)) if (stem.length >= 5) stems.add(stem);
		});
	}
	return stems;
}

/** What tells that a single unknown name is a place's: a people's adjective formed from it, or a council named after it. */
interface PlaceEvidence {
	/** Names whose people's adjective the story writes ("Kestran" beside "Kestrani President"). */
	countries: ReadonlySet<string>;
	/** Names of towns whose council the story names ("Wrenhaven" in "Wrenhaven Town Council"). */
	towns: ReadonlySet<string>;
}

/** A council named after its town, district or county: "Wrenhaven Town Council", "Pellingford District Council". */
const NAMED_COUNCIL = /^(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)?) (?:Town|City|County|District|Borough|Parish|Village|Municipal|Regional) Council$/u;

function placeEvidence(doc: TextDocument, registry: Registry): PlaceEvidence {
	const towns = new Set<string>();
	for (const actor of registry.actors) {
		const town = actor.kind === 'organization' ? NAMED_COUNCIL.exec(actor.name)?.[1] : undefined;
		if (town) towns.add(town);
	}
	return { countries: namesWithDemonyms(doc, registry), towns };
}

/** Capitalised runs of a block, with the role phrase written before them. */
function findCandidates(block: TextBlock): Candidate[] {
	const candidates: Candidate[] = [];
	const { tokens } = block;
	const sentenceStarts = new Set(block.sentences.map((sentence) => sentence.start));
	let i = 0;
	while (i < tokens.length) {
		const token = tokens[i];
		// a dateline's place in capitals is a name even when the gazetteer does not know it ("STELLWATER, Kinross (…) —")
		const inDateline = (t: Token | undefined): t is Token => t !== undefined && block.index === 0 && t.end <= block.storyStart && t.kind === 'word' && /^\p{Lu}{2,}$/u.test(t.base);
		// (a word shouted in a run of capitals names no one: "WE WILL TALK", "GREAT NEWS FOR THE WHOLE WORLD")
		const capitals = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}{2,}$/u.test(t.base);
		const shouted = capitals(token) && (capitals(tokens[i - 1]) || capitals(tokens[i + 1])) && !(block.index === 0 && (token?.end ?? 0) <= block.storyStart) && !lookupPlace(titleCase(tokens[i]?.base ?? ''));
		const measure = MEASURE_ABBREVIATIONS.has(tokens[i]?.base ?? '') && (tokens[i - 1]?.kind === 'number' || /^(?:am|pm|a\.m\.|p\.m\.)$/i.test(tokens[i - 1]?.text ?? ''));
		if ((!isNameToken(token) && !inDateline(token)) || shouted || measure || COMMON_ABBREVIATIONS.has(tokens[i]?.base ?? '')) {
			i += 1;
			continue;
		}
		let first = i;
		let j = i + 1;
		let previous = token;
		while (j < tokens.length) {
			const next = tokens[j];
			if (!next) break;
			// a possessive ends a name ("Varga's plan"), but not a plural noun's inside one ("Fishermen's Union", "People's Party")
			// ("Kessler County Sheriff's Office" goes on: an organisation's head after the possessive)
			if (previous.possessive && !/s['’]$/.test(previous.text) && !/(?:men|children|people)$/i.test(previous.base) && !(next.capitalised && ORGANISATION_HEADS.has(next.lower))) break;
			// an amount after a name ends it: "fined Oriko Technologies R640 million"
			if ((isNameToken(next) || inDateline(next)) && next.start <= previous.end + 1 && !/^\p{Lu}{1,3}\d/u.test(next.text)) {
				previous = next;
				j += 1;
				continue;
			}
			// a nickname in quotation marks inside a name: "Jose Antonio ‘Tonton’ Villafuerte"
			const nickname = tokens[j + 1];
			if (/^[‘“'"]$/.test(next.text) && nickname && isNameToken(nickname) && /^[’”'"]$/.test(tokens[j + 2]?.text ?? '') && isNameToken(tokens[j + 3]) && next.start === previous.end + 1) {
				previous = tokens[j + 3] as Token;
				j += 4;
				continue;
			}
			// a number inside a name: "AMTU Local 212 President Denise Kowalczyk"
			if (next.kind === 'number' && /^\d{1,4}$/.test(next.text) && !FUNCTION_WORDS.has(previous.lower) && j - 1 >= first && isNameToken(tokens[j + 1]) && next.start === previous.end + 1 && tokens[j + 1]?.start === next.end + 1) {
				previous = tokens[j + 1] as Token;
				j += 2;
				continue;
			}
			// a private company's mark before its "Ltd": "Kelvora Mineral Sands (Pvt) Ltd", "Harrow Mining (Pty) Ltd"
			if (next.text === '(' && /^(?:Pvt|Pty|Private)$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ')' && /^(?:Ltd|Limited)$/.test(tokens[j + 3]?.text ?? '')) {
				previous = tokens[j + 3] as Token;
				j += 4;
				continue;
			}
			// initials joined by an ampersand with no space: "A&E", "P&O Ferries"
			// (only with a name around them: not "R&D", "M&A", "a Q&A session")
			if (next.text === '&' && next.start === previous.end && /^\p{Lu}{1,3}$/u.test(previous.text) && /^\p{Lu}{1,3}$/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]?.start === next.end && (j - 1 > first || isNameToken(tokens[j + 2]) || !AMPERSAND_WORDS.has(`${previous.text}&${tokens[j + 1]?.text ?? ''}`))) {
				previous = tokens[j + 1] as Token;
				j += 2;
				continue;
			}
			// a firm's partners joined by an ampersand: "Brannock & Yeo", "Kessling & Moor"
			if (next.text === '&' && isNameToken(tokens[j + 1]) && next.start === previous.end + 1 && tokens[j + 1]?.start === next.end + 1) {
				previous = tokens[j + 1] as Token;
				j += 2;
				continue;
			}
			// a middle initial: "John F. Kennedy"; an abbreviated title inside a run: "Tamarack Gov. Celeste Amundsen"
			// (and one opening the run: "the Rev. Oluwaseyi Crandall")
			// (and a saint's or a mount's abbreviation opening a name, or after a word for a place: "St. Edwina Academy", "Mt. Hollis",
			// "Mount St. Helens", "the University of St. Andrews"; after another name it is a street's, ending a sentence: "moved to
			// 14 Front St. Jones said …")
			const saintly = NAME_ABBREVIATIONS.has(previous.text) && (j - 1 === first || SAINT_PLACE_WORDS.has(tokens[j - 2]?.lower ?? ''));
			// (and a given name written short, opening the name: "Md. Ashrafuzzaman Talukder", "Ma. Cristina Dumalagan")
			const shortGiven = SHORT_GIVEN_NAMES.has(previous.text) && j - 1 === first && !sentenceStarts.has(tokens[j + 1]?.start ?? -1);
			// (not a letter that ends its sentence: "wrote on X. Makeup days …")
			if (next.text === '.' && ((/^\p{Lu}$/u.test(previous.text) && !sentenceStarts.has(tokens[j + 1]?.start ?? -1)) || saintly || shortGiven || (j - 1 >= first && dottedTitle(tokens, j - 1))) && isNameToken(tokens[j + 1])) {
				previous = next;
				j += 1;
				continue;
			}
			// particles and organisation connectors between two name tokens
			const after = tokens[j + 1];
			// ("the Office of the President", "the Ministry of the Interior": "of the" after an organisation's head)
			// (a head alone only after "the": not "Construction of the Kivumbi Dam began")
			const headAlone = j - 1 === first;
			if (next.lower === 'of' && after?.text === 'the' && ORGANISATION_HEADS.has(previous.lower) && previous.capitalised && isNameToken(tokens[j + 2]) && (!headAlone || tokens[first - 1]?.lower === 'the') && ownedTail(tokens, j + 2)) {
				previous = tokens[j + 2] as Token;
				j += 3;
				continue;
			}
			// a Gaelic patronymic's "a'" after "Mac" or "Nic": "Eilidh Mac a' Phearsain"
			if (/^(?:Mac|Nic)$/.test(previous.text) && next.text === 'a' && /^['’]$/.test(after?.text ?? '') && after?.start === next.end && isNameToken(tokens[j + 2])) {
				previous = tokens[j + 2] as Token;
				j += 3;
				continue;
			}
			// two particles: "Annelie van der Merwe", "Rosa de la Vega", "Banco de la Reserva" (not after an article, "The van der Merwe
			// family", nor in a feast's name, "the Fête de la Lune")
			const feast = /^(?:fête|fete|fiesta|festival|feast|feria|foire|fiera|festa)$/i.test(previous.text);
			if (PARTICLES.has(next.lower) && !next.capitalised && after?.kind === 'word' && !after.capitalised && PARTICLES.has(after.lower) && isNameToken(tokens[j + 2]) && !FUNCTION_WORDS.has(previous.lower) && !feast) {
				previous = tokens[j + 2] as Token;
				j += 3;
				continue;
			}
			if (next.kind === 'word' && !next.capitalised && isNameToken(after)) {
				const run = tokens.slice(first, j).map((t) => t.lower);
				// (and a journal's: "the Annals of Upland Ecology", "Proceedings of the Kelby Academy", not "Proceedings were adjourned")
				const orgRun = run.some((w) => ORGANISATION_HEADS.has(w)) || (JOURNAL_HEADS.has(run[0] ?? '') && (next.lower === 'of' || run.includes('of')));
				// "Union for Stability and Progress" as "Bank of Tarsen and Velmar": "and" inside an organisation's name after "of" or "for";
				// "International Relief and Shelter Agency", "Easterfold and Wendlow Hospitals Trust": before the name's head
				const headAfter = next.lower === 'and' && !orgRun && organisationHeadWithin(tokens, j + 1);
				// ("Minister for Fisheries Md Jalal Uddin": a portfolio after a role noun)
				// (only with a name after it: "The Minister for Justice said" names no one, and "the Minister for Transport, Ann Ruiz," is an apposition)
				const roleRun = run.some((w) => ROLE_NOUNS.has(w));
				const joins = (/^(?:of|for)$/.test(next.lower) && (ROLE_NOUNS.has(previous.lower) || (roleRun && PORTFOLIO_WORDS.has(previous.lower)))) || (next.lower === 'and' && PORTFOLIO_WORDS.has(previous.lower) && (run.includes('of') || run.includes('for')));
				const portfolio = portfolioWord(tokens, j + 1) && joins && nameAfterPortfolio(tokens, j + 1);
				// (not the seat after a legislature: "Member of Parliament for Dunmere" is Parliament and a place)
				const seat = next.lower === 'for' && LEGISLATURES.has(previous.lower) && memberOf(tokens, j - 1);
				const connects = (ORG_CONNECTORS.has(next.lower) && orgRun && !seat && (next.lower !== 'and' || run.includes('of') || run.includes('for'))) || headAfter || portfolio;
				if (PARTICLES.has(next.lower) || connects) {
					previous = after;
					j += 2;
					continue;
				}
			}
			break;
		}
		// sentence-initial function words ("The", "In") are not part of names
		const opensClause = (k: number) => sentenceStarts.has(tokens[k]?.start ?? -1) || tokens[k - 1]?.kind !== 'word';
		// (nor is a participle opening a clause about the person: "Born Wilhelmina Kastellan in 1941, she …")
		// (nor a qualifier of a lower-case role after the run: "Former Puerto Almagro mayor Teodora Ocampo")
		const roleAfterRun = !tokens[j]?.capitalised && ROLE_NOUNS.has(tokens[j]?.lower ?? '');
		while (first < j && opensClause(first) && (FUNCTION_WORDS.has(tokens[first]?.lower ?? '') || OPENING_PARTICIPLES.has(tokens[first]?.lower ?? '') || (roleAfterRun && OPENING_QUALIFIERS.has(tokens[first]?.lower ?? '')))) first += 1;
		// "Ostvik-based Harrow Logistics", "Tarsen-backed rebels": the compound describes the name, it is not part of it
		let placedBusiness = false;
		while (first < j && /^\p{Lu}[\p{L}.-]*-(?:based|born|led|backed|owned|run|listed|registered)$/u.test(tokens[first]?.text ?? '')) {
			placedBusiness = /-(?:based|owned|listed|registered)$/.test(tokens[first]?.text ?? '');
			first += 1;
		}
		// (a festival after a preposition or a determiner, "before Christmas", "The Songkran exodus"; "Easter said" is a person's)
		// (and a festival's longer name: "Eid al-Fitr", "Easter Monday", "Christmas Eve"; not "Christmas Island")
		// (only with a festival's own second word: "Carnival Cruise Line", "Advent Robotics" are firms)
		const festivalName = j - first > 1 && j - first <= 3 && HOLIDAYS.has(tokens[first]?.base ?? '') && /^(?:(?:al|ul|el)-\p{L}+|Eve|Day|Sunday|Monday|Friday|Saturday|Week|Mubarak)$/u.test(tokens[first + 1]?.text ?? '');
		const festival = festivalName || (j - first === 1 && HOLIDAYS.has(tokens[first]?.base ?? '') && /^(?:the|this|last|next|before|after|at|over|for|until|till|since|during|by|on|of|ahead|in|around|through)$/i.test(tokens[first - 1]?.text ?? ''));
		// ("Jan" alone is the month: "in Jan and Feb")
		const month = j - first === 1 && tokens[first]?.text === 'Jan';
		if (first < j && !festival && !month) {
			candidates.push(...splitRole({ block, tokens, first, last: j, sentenceInitial: opensClause(first), placedBusiness }));
		}
		i = j;
	}
	return candidates;
}

/** The state of the United States whose AP abbreviation is the token at `k`, after a town's name and a comma ("Salem, Ore."). */
function stateAfterTown(tokens: Token[], k: number): { name: string; written: string } | undefined {
	const token = tokens[k];
	const town = tokens[k - 2];
	if (!token || tokens[k - 1]?.text !== ',' || !town || town.kind !== 'word' || !/^\p{Lu}/u.test(town.text)) return undefined;
	const written = token.text.endsWith('.') ? token.text : tokens[k + 1]?.text === '.' && tokens[k + 1]?.start === token.end ? `${token.text}.` : undefined;
	const name = written === undefined ? undefined : stateByAbbreviation(written);
	return name && written ? { name, written } : undefined;
}

/** Whether the "SC" after a name is a Senior Counsel's: "defence counsel Conall Breathnach SC", "Ruth Kelleher SC, prosecuting,". */
function seniorCounsel({ block, tokens, first, last }: Candidate): boolean {
	const start = tokens[first]?.start ?? 0;
	const end = tokens[last - 1]?.end ?? 0;
	return /(?:\bcounsel|\b(?:defending|prosecuting),)\s+$/i.test(block.text.slice(Math.max(0, start - 14), start)) || /^,?\s+(?:for|defending|prosecuting|representing)\b/.test(block.text.slice(end, end + 16));
}

/** Initials joined by "&" that name no one: "R&D", "M&A", "a Q&A session" (where "M&S said" and "P&O Ferries" do). */
const AMPERSAND_WORDS = new Set(['R&D', 'M&A', 'Q&A', 'B&B', 'P&L', 'R&B', 'F&B', 'T&C', 'T&Cs', 'G&T', 'A&E', 'D&T', 'H&S', 'C&W']);

/** Capitalised words after "state of" and its like that name no place: "a State of Emergency", "the State of Origin series". */
const NOT_PLACES_AFTER_OF = new Set(['emergency', 'origin', 'disaster', 'siege', 'play', 'art', 'calamity', 'alert', 'readiness']);

/** Titles in the plural written before two names: "Councilmembers Ollie Brandvold and Rita Sands", "Sens. Ana Ruiz and Tom Ashby". */
const PLURAL_TITLES = new Set(['councilmembers', 'councillors', 'councilors', 'councilmen', 'councilwomen', 'senators', 'representatives', 'commissioners', 'supervisors', 'aldermen', 'trustees', 'judges', 'justices', 'drs', 'profs', 'sens', 'reps']);

/** Offices that a place elects, whose place's name may come before them: "Kelby mayor Ana Ruiz". */
const PLACE_OFFICES = new Set(['mayor', 'governor', 'premier', 'councillor', 'councilor', 'alderman', 'sheriff', 'mayor-elect', 'governor-elect']);

/**
 * Whether a name is a place's: one the gazetteer (not as a demonym) or the story knows as a place, or one of two words or more with
 * a place's word ("Puerto Almagro", "Brannock Falls", "Kelby North"); not a party, a bank or an adjective ("Lib Dem", "Fed", "Chinese").
 */
function placeLikeName(nameTokens: readonly Token[], text: string, registry: Registry): boolean {
	if (!(lookupPlace(text)?.kind ?? 'demonym').startsWith('demonym') || registry.find('place', text) !== undefined) return true;
	return nameTokens.length > 1 && nameTokens.some((t, k) => PLACE_HEADS.has(t.lower) || PLACE_TAILS.has(t.lower) || (k === 0 && PLACE_OPENERS.has(t.lower)) || (k > 0 && COMPASS.test(t.lower)));
}

/** Words that head a journal's name before "of": "the Annals of Upland Ecology", "Proceedings of the Kelby Academy". */
const JOURNAL_HEADS = new Set(['annals', 'proceedings', 'transactions', 'bulletin']);

/** Words that open the name of a town: "Puerto Almagro", "San Telmo", "Fort Kelby" (not "New", which opens parties too: "New Democrat MP"). */
const PLACE_OPENERS = new Set(['puerto', 'porto', 'port', 'san', 'santa', 'santo', 'são', 'sao', 'villa', 'ciudad', 'nueva', 'nuevo', 'fort', 'mount', 'lake', 'cape', 'saint', 'st', 'st.', 'el', 'la', 'los', 'las', 'bandar', 'kota', 'ban']);

/** Legislatures whose members sit for a seat: "Member of Parliament for …", "Member of the Legislative Assembly for …". */
const LEGISLATURES = new Set(['parliament', 'assembly', 'legislature']);
/**
 * Whether a name between a determiner and a cue's bare form describes that form as a noun ("a Facebook post", "her Tarsen report"),
 * so the name does not speak.
 */
function describesCueNoun(determiner: Token | undefined, cue: Token | undefined): boolean {
	return cue !== undefined && CUE_VERBS.get(cue.lower) === cue.lower && /^(?:a|an|the|his|her|their|its|our|my)$/.test(determiner?.lower ?? '');
}
/** A body's word that names one body even alone, capitalised: "Congress", "Parliament", "Senate". */
const LONE_BODIES = new Set([...LEGISLATURES, 'congress', 'senate', 'cabinet']);

/** Whether the name at `first` is the seat a member sits for: "the MP for Dunmere West", "Member of Parliament for Kelby North". */
function electedFor(tokens: readonly Token[], first: number): boolean {
	if (tokens[first - 1]?.lower !== 'for') return false;
	const member = tokens[first - 2];
	// (and "the Honourable Member for Kelby North", "the Labour member for Kelby North")
	return member !== undefined && (TITLE_ACRONYMS.has(member.text) || member.lower === 'member' || (LEGISLATURES.has(member.lower) && memberOf(tokens, first - 2)));
}

/** Whether the legislature at `k` follows "Member of" ("Member of Parliament", "member of the Legislative Assembly"). */
function memberOf(tokens: readonly Token[], k: number): boolean {
	let j = k - 1;
	while (j > 0 && tokens[j]?.capitalised && tokens[j]?.lower !== 'member') j -= 1;
	if (tokens[j]?.lower === 'the') j -= 1;
	return tokens[j]?.lower === 'of' && /^members?$/.test(tokens[j - 1]?.lower ?? '');
}

/** Members' titles in capitals written before a name: "Ward MCA Dennis Rotich", "MNA Hamid Ali" (alone, "the MCA" may be a party). */
const TITLE_ACRONYMS = new Set(['MCA', 'MNA', 'MPA', 'MLA', 'MPP', 'MSP', 'MEP', 'MP', 'TD']);

/** Words that qualify the title written after them ("Deputy Director", "Chief Executive", "General Secretary"). */
const TITLE_QUALIFIERS = new Set(['deputy', 'chief', 'vice', 'acting', 'interim', 'assistant', 'associate', 'senior', 'general', 'executive', 'principal', 'managing']);

/** Adjectives that open a sentence before a name they describe: "Neighbouring Drovnia", "Embattled Kestrel Mills". */
const DESCRIBING_PARTICIPLES = new Set(['neighbouring', 'neighboring', 'reigning', 'defending', 'incoming', 'outgoing', 'visiting', 'opposing', 'ailing', 'embattled', 'beleaguered', 'struggling']);
/** Such adjectives that also begin names of bodies ("Rising Sun Brewery", "Ruling Military Council"): stripped only before a name that is no body's. */
const NAME_OPENING_PARTICIPLES = new Set(['ruling', 'governing', 'leading', 'striking', 'rising']);

/** Splits "Kenyan President Amara Mensah" into the role "Kenyan President" and the name "Amara Mensah". */
function splitRole(candidate: Candidate): Candidate[] {
	const { tokens, first, last } = candidate;
	// "Deputy Ombudsman for the Visayas Corazon Mabini-Tiu": the place or body a title serves, then its holder's name (a given name
	// the lists know within its first three words)
	const served = /^(?:for|of)$/.test(tokens[first - 2]?.lower ?? '') && tokens[first - 1]?.lower === 'the' && tokens[first - 3]?.capitalised === true && ROLE_NOUNS.has(tokens[first - 3]?.lower ?? '');
	// (not a run with an honorific in it, which the title's own split takes: "Leader of the Opposition Shri Ram Kumar"; and a portfolio
	// names no body of its own: "the Minister for the Environment Ana Ruiz")
	const honorific = served && tokens.slice(first, last).some((t, k) => HONORIFICS.has(t.text) || dottedTitle(tokens, first + k));
	const holder = served && !honorific ? tokens.slice(first + 1, Math.min(last - 1, first + 4)).findIndex((t) => t.capitalised && isGivenName(t.text)) : -1;
	// ("Leader of the Opposition Firoz Ahmed Ansari": the title's last word, then a name whatever its given name)
	// (a person's name only: not "Leader of the Opposition Grand Alliance")
	const opposition = served && !honorific && tokens[first]?.text === 'Opposition' && last - first >= 3 && !ORGANISATION_HEADS.has(tokens[last - 1]?.lower ?? '') && !isBusinessWord(tokens[last - 1]?.lower ?? '') ? 0 : -1;
	const named = opposition >= 0 ? opposition : holder;
	if (named >= 0) {
		const split = first + 1 + named;
		const servedPart = opposition >= 0 || tokens.slice(first, split).every((_, k) => portfolioWord(tokens, first + k)) ? [] : [{ ...candidate, last: split }];
		return [...servedPart, { ...candidate, first: split, sentenceInitial: false }];
	}
	// "member of Parliament Mwila Chanda": the legislature closes the role, the name follows
	if (last - first >= 3 && LEGISLATURES.has(tokens[first]?.lower ?? '') && tokens[first - 1]?.lower === 'of' && /^members?$/.test(tokens[first - 2]?.lower ?? '')) return splitRole({ ...candidate, first: first + 1, sentenceInitial: false });
	// "Ugandan Ruth Chebet Aleper", "Neighbouring Drovnia": a demonym before a given name, or an adjective in -ing opening the
	// sentence, describes the name after it
	// (a person's name of two words or more after the demonym, not a place's or a body's: "Indian Ocean Storm Watch Centre"; and no
	// title after the adjective, which the role keeps: "Outgoing Prime Minister Anders Tavitian")
	const next = tokens[first + 1];
	const demonymBefore = lookupPlace(tokens[first]?.base ?? '')?.kind === 'demonym' && isGivenName(next?.text ?? '') && last - first >= 3 && !ORGANISATION_HEADS.has(tokens[last - 1]?.lower ?? '');
	const body = ORGANISATION_HEADS.has(tokens[last - 1]?.lower ?? '') || isBusinessWord(tokens[last - 1]?.lower ?? '');
	const participleBefore = candidate.sentenceInitial && (DESCRIBING_PARTICIPLES.has(tokens[first]?.lower ?? '') || (NAME_OPENING_PARTICIPLES.has(tokens[first]?.lower ?? '') && !body)) && last - first >= 2 && next !== undefined && !ROLE_NOUNS.has(next.lower) && !TITLE_QUALIFIERS.has(next.lower) && !HONORIFICS.has(next.text) && !/^(?:Prime|Vice|Chief)$/.test(next.text);
	if (demonymBefore || participleBefore) return splitRole({ ...candidate, first: first + 1, sentenceInitial: false });
	// a title after a name is no part of it: "Tom Ashby MP", "Dame Ann Brook QC"
	const postNominal = tokens[last - 1];
	// ("counsel Conall Breathnach SC", "Conall Breathnach SC, defending,": a Senior Counsel; "Asante Kotoko SC" is a sports club)
	if (last - first >= 3 && postNominal && POST_NOMINALS.has(postNominal.text) && (postNominal.text !== 'SC' || seniorCounsel(candidate))) return splitRole({ ...candidate, last: last - 1, role: candidate.role ?? postNominal.text });
	let roleEnd = -1;
	// a run that ends with an organisation's head names the organisation: "Brennmoor General Hospital", not General + Hospital
	// (and a trade opening a run with an organisation's word in it: "Caregiver Alliance of Ostvik", "Referee Services Kestrel";
	// a surname that is a business's word is no organisation's: "Referee Mark Power")
	// (and a body's head joined by "of the" to an office: "the Office of the Prosecutor General")
	const officeOf = ORGANISATION_HEADS.has(tokens[first]?.lower ?? '') && tokens[first + 1]?.lower === 'of' && tokens[first + 2]?.lower === 'the';
	const organisation = officeOf || ORGANISATION_HEADS.has(tokens[last - 1]?.lower ?? '') || LAST_ONLY_HEADS.has(tokens[last - 1]?.lower ?? '') || (TRADES.has(tokens[first]?.lower ?? '') && tokens.slice(first + 1, last).some((t) => ORGANISATION_HEADS.has(t.lower)));
	// "Developer Halverstone Partners", "Carmaker Ostvik Motors": a word for the kind of business before its name describes it
	// ("Brokerage Tallur Capital": or a business's word)
	if ((organisation || isBusinessWord(tokens[last - 1]?.lower ?? '')) && last - first >= 3 && BUSINESS_DESCRIPTORS.has(tokens[first]?.lower ?? '')) return [{ ...candidate, first: first + 1, sentenceInitial: false }];
	for (let k = first; k < last - 1 && !organisation; k += 1) {
		const token = tokens[k];
		// ("Tan Sri Ooi Siew Lian", "Dato' Sri Ana": "Sri" after a Malaysian title is part of it, as "Tan" is before "Sri")
		// ("Datuk Seri Mohd Rizal", but "Seri Wulandari" and "Bandar Seri Begawan" are names)
		const sri = (token?.text === 'Sri' || token?.text === 'Seri') && /^(?:Tan|Dato['’]?|Datuk|Puan|Datin)$/.test(tokens[k - 1]?.text ?? '');
		// (not a trade that is also a given name, opening a name of two words: "Baker Ssali", not "Butcher Tom Reyes")
		// (nor one before a business's word: "Rookie Capital", "Apprentice Media" are firms)
		const givenTrade = k === first && last - first === 2 && TRADES.has(token?.lower ?? '') && (isGivenName(token?.text ?? '') || isBusinessWord(tokens[k + 1]?.lower ?? ''));
		// ("the Rt Hon Jane Osei": "Hon" with no stop is a title after "Rt"; alone it may be a name's word, "Hon Khoai island")
		const rightHonourable = (token?.text === 'Hon' || token?.text === 'Honourable') && /^(?:Rt|Right)$/.test(tokens[k - 1]?.text ?? '');
		// ("Councilmembers Ollie Brandvold and Rita Sands": a title in the plural before the first of two names)
		const pluralTitle = k === first && token !== undefined && PLURAL_TITLES.has(token.lower);
		// ("Bandleader Ria Fonrose", "Glaciologist Ana Ruiz": a word shaped like an occupation opening the sentence, before a given name the
		// lists know, and no given name itself; not a given name before a patronymic's particle, "Mondher Ben Slimane")
		const occupation = k === first && candidate.sentenceInitial && last - first >= 3 && token !== undefined && /^\p{Lu}\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(token.text) && !isGivenName(token.text) && isGivenName(tokens[k + 1]?.text ?? '') && !PARTICLES.has(tokens[k + 1]?.lower ?? '') && !ORGANISATION_HEADS.has(tokens[last - 1]?.lower ?? '');
		if (token && (ROLE_NOUNS.has(token.lower) || HONORIFICS.has(token.text) || TITLE_ACRONYMS.has(token.text) || sri || rightHonourable || pluralTitle || occupation) && !token.possessive && !givenTrade) roleEnd = k;
		// an abbreviated title with its full stop ("Gov.", "Sen."): the role ends after the stop
		else if (token && dottedTitle(tokens, k) && k + 1 < last - 1) roleEnd = k + 1;
	}
	// a title written with its full stop ("Rev."): the stop is the title's
	if (roleEnd >= 0 && tokens[roleEnd + 1]?.text === '.' && roleEnd + 2 < last) roleEnd += 1;
	// a qualifier and the title it qualifies name no one: "The Deputy Director said", "Kofi Mensah, Deputy Director, said", "the Municipal
	// Chief Executive", when a determiner comes before them or the second word is an office's head that is no name (but "Senator
	// King", "Mr King", and "General Carpenter added", a general named Carpenter)
	const officeHead = APPOSITION_TITLE_HEADS.has(tokens[last - 1]?.lower ?? '') && !isGivenName(tokens[last - 1]?.text ?? '');
	const determined = POSSESSIVE_DETERMINERS.has(tokens[first - 1]?.lower ?? '') || /^(?:the|a|an)$/.test(tokens[first - 1]?.lower ?? '');
	if (roleEnd === last - 2 && TITLE_QUALIFIERS.has(tokens[roleEnd]?.lower ?? '') && ROLE_NOUNS.has(tokens[last - 1]?.lower ?? '') && (officeHead || determined)) roleEnd = -1;
	// a minister's portfolio is the role's: "State Minister for Fisheries Md Jalal Uddin", "Minister of Foreign Affairs and Trade Ana Ruiz"
	if (roleEnd >= 0) roleEnd = portfolioEnd(tokens, roleEnd, last);
	if (roleEnd >= 0) {
		const roleTokens = tokens.slice(first, roleEnd + 1);
		const nameStart = roleEnd + 1;
		const role = textOf(candidate.block, roleTokens);
		const plainTitle = roleTokens.every((t) => ROLE_NOUNS.has(t.lower) || HONORIFICS.has(t.text) || /^(?:deputy|vice|acting|former|chief|prime|foreign)$/i.test(t.text));
		const nameText = textOf(candidate.block, tokens.slice(nameStart, last));
		const left = leftRole(candidate, role);
		const named: Candidate = { ...candidate, first: nameStart, sentenceInitial: false, role: left.role, roleFirst: left.first ?? first };
		if (plainTitle) named.titled = `${role} ${nameText}`;
		return [named];
	}
	const left = leftRole(candidate);
	return [left.role ? { ...candidate, role: left.role, roleFirst: left.first } : candidate];
}

/** What follows a title in apposition: its portfolio or body, an acronym, then a comma and the name. */
const TITLE_IN_APPOSITION_AFTER = /^(?:\s*\(\p{Lu}[\p{Lu}\d&]+\))?(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,5})?(?:\s*\(\p{Lu}[\p{Lu}\d&]+\))?,\s+(?!\p{Lu}[\p{L}-]*['’]s\s)\p{Lu}/u;
/** The heads of a title in apposition before a name: offices, not a paper's name ("The Kelby Monitor, Velmora's largest daily,"). */
const APPOSITION_TITLE_HEADS = new Set(['president', 'premier', 'leader', 'nurse', 'engineer', 'constable', 'economist', 'scientist', 'accountant', 'surgeon', 'pharmacist', 'architect', 'planner', 'librarian', 'vice-president', 'minister', 'secretary', 'secretary-general', 'chancellor', 'chief', 'executive', 'director', 'director-general', 'chairman', 'chairwoman', 'chair', 'chairperson', 'governor', 'mayor', 'commander', 'commissioner', 'superintendent', 'inspector', 'officer', 'member', 'speaker', 'judge', 'magistrate', 'coroner', 'registrar', 'clerk', 'treasurer', 'administrator', 'coordinator', 'controller', 'auditor', 'ombudsman', 'prosecutor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'manager', 'head', 'deputy', 'principal', 'dean', 'provost', 'rector', 'vice-chancellor', 'bishop', 'archbishop', 'imam', 'priest']);

/** A title after "the" with the body or place it serves, before the name in apposition ("The Bomaso Municipal Police Commander,
 * Superintendent Abena Frimpong,", "The Kelby County Director of Health, Dr. Ama Boateng,", "the Municipal Chief Executive (MCE), Hon.
 * Yaw Asiedu,"): the named person's office, which names no actor of its own. */
function titleInApposition(candidate: Candidate, end: number): boolean {
	const { tokens, first, last, block } = candidate;
	if (tokens[first - 1]?.lower !== 'the' || last - first < 2) return false;
	let head = last - 1;
	// (a portfolio after the title: "Director of Health", "Commissioner for Lands and Housing")
	const portfolio = tokens.slice(first, last).findIndex((t) => t.lower === 'of' || t.lower === 'for');
	if (portfolio > 0) head = first + portfolio - 1;
	const title = tokens[head];
	if (!title || title.possessive || !APPOSITION_TITLE_HEADS.has(title.lower)) return false;
	return TITLE_IN_APPOSITION_AFTER.test(block.text.slice(end, end + 120));
}

/** Words that join a portfolio's words: "Foreign Affairs and Trade", "State for Health". */
const PORTFOLIO_JOINS = /^(?:and|&|of|for)$/;

/** Whether the token at `k` is a portfolio's word ("Fisheries"; "National" before one: "National Security"). */
function portfolioWord(tokens: readonly Token[], k: number): boolean {
	const lower = tokens[k]?.lower ?? '';
	return PORTFOLIO_WORDS.has(lower) || (lower === 'national' && PORTFOLIO_WORDS.has(tokens[k + 1]?.lower ?? ''));
}

/** Whether a person's name follows the portfolio that starts at `k` ("for Fisheries Md Jalal Uddin"), with no comma or stop between. */
function nameAfterPortfolio(tokens: Token[], k: number): boolean {
	let j = k;
	while (tokens[j] && (portfolioWord(tokens, j) || PORTFOLIO_JOINS.test(tokens[j]?.lower ?? ''))) j += 1;
	const name = tokens[j];
	return j > k && name !== undefined && isNameToken(name) && name.start <= (tokens[j - 1]?.end ?? 0) + 1 && !ROLE_NOUNS.has(name.lower);
}

/** The last token of a portfolio after the role token at `roleEnd` ("for Fisheries", "of Foreign Affairs and Trade"), or `roleEnd` when none follows; never the run's last token. */
function portfolioEnd(tokens: Token[], roleEnd: number, last: number): number {
	let end = roleEnd;
	let k = roleEnd + 1;
	if (!/^(?:of|for)$/.test(tokens[k]?.lower ?? '') || !portfolioWord(tokens, k + 1)) return roleEnd;
	k += 1;
	while (k < last - 1 && (portfolioWord(tokens, k) || (PORTFOLIO_JOINS.test(tokens[k]?.lower ?? '') && portfolioWord(tokens, k + 1)))) {
		if (portfolioWord(tokens, k)) end = k;
		k += 1;
	}
	return end;
}

/** A lower-case role phrase right before a name: "Mensah's chief of staff", "union leader". */
function leftRole(candidate: Candidate, inner?: string): { role?: string; first?: number } {
	const { tokens, block } = candidate;
	let k = candidate.first - 1;
	// when the role is inside the run, a lower-case phrase before the run completes it ("ministry spokeswoman")
	if (inner !== undefined) while (k >= 0 && tokens[k]?.capitalised) k -= 1;
	const collected: Token[] = [];
	while (k >= 0 && collected.length < 6) {
		const token = tokens[k];
		if (!token || token.kind !== 'word') break;
		const ok =
			(!token.capitalised && !FUNCTION_WORDS.has(token.lower) && !CUE_VERBS.has(token.lower) && !/(?:ed|ing)$/.test(token.lower)) ||
			token.lower === 'of' ||
			(token.capitalised && (token.possessive || isNameToken(token)) && collected.length > 0);
		if (!ok) break;
		collected.unshift(token);
		k -= 1;
	}
	while (collected[0]?.lower === 'of') collected.shift();
	const lastToken = collected.at(-1);
	const hasRole = collected.some((t) => ROLE_NOUNS.has(t.lower));
	const lowerPhrase = collected.length > 0 && lastToken && (ROLE_NOUNS.has(lastToken.lower) || (ROLE_TAILS.has(lastToken.lower) && hasRole));
	if (!lowerPhrase) return inner === undefined ? {} : { role: inner };
	const phrase = textOf(block, collected);
	const firstIndex = tokens.indexOf(collected[0] as Token);
	return { role: inner ? `${phrase} ${inner}` : phrase, first: firstIndex };
}

function textOf(block: TextBlock, tokens: Token[]): string {
	const firstToken = tokens[0];
	const lastToken = tokens.at(-1);
	return firstToken && lastToken ? block.text.slice(firstToken.start, lastToken.end) : '';
}

/** Classifies a multi-token or known name; returns false to defer a single unknown word. */
function classifyCandidate(candidate: Candidate, registry: Registry): boolean {
	const { tokens, block } = candidate;
	const { first, last } = candidate;
	const nameTokens = tokens.slice(first, last);
	const lastToken = nameTokens.at(-1);
	if (!lastToken) return true;
	const text = textOf(block, nameTokens);
	const bare = stripPossessive(text, lastToken);
	const end = lastToken.possessive ? lastToken.start + lastToken.base.length : lastToken.end;
	const span = { block, start: nameTokens[0]?.start ?? 0, end };

	// "St. Edwina" after "St. Edwina Academy" is the school; alone, "St. Aurel" or "Mt. Hollis" names a place, never a person
	const saint = NAME_ABBREVIATIONS.has(nameTokens[0]?.text ?? '') && /^\p{L}+\.\s/u.test(text) && !ORGANISATION_HEADS.has(lastToken.lower) && !PLACE_HEADS.has(lastToken.lower) ? bare : undefined;
	if (saint) {
		const known = registry.actors.find((actor) => actor.kind !== 'person' && actor.forms.some((form) => form.startsWith(`${saint} `))) ?? registry.named('place', saint);
		registry.mention(known, span, saint, 'name');
		return true;
	}

	// "SALEM, Ore. (…) —", "in nearby Fernhill, Ind.": a state's AP abbreviation after a town and a comma
	const state = nameTokens.length === 1 ? stateAfterTown(tokens, first) : undefined;
	if (state) {
		const own = registry.named('place', state.name);
		registry.mention(own, { block, start: span.start, end: span.start + state.written.length }, state.written, 'name');
		return true;
	}
	if (NON_ACTOR_HEADS.has(lastToken.lower)) return true;
	// a title in quotation marks names a work, no one: "song of the year for “Low Tide Letters”", "the “Harbor Lights” finale"
	// (not a body that calls itself so, "a group calling itself “Tarsen Liberation Front” said", one with a body's word, nor one that speaks:
	// "the self-styled “Kelby Patriots” said", nor a person the story names)
	const quoted = /[“"‘]$/.test(block.text.slice(0, span.start)) && /^[”"’](?!\p{L})/u.test(block.text.slice(lastToken.end));
	const namesBody = /\b(?:calling\s+(?:itself|themselves)|self-styled|known\s+as|trades?\s+as|called)\s+[“"‘]$/i.test(block.text.slice(Math.max(0, span.start - 40), span.start)) || nameTokens.some((t) => ORGANISATION_HEADS.has(t.lower)) || /^[”"’]\s+(?:\p{Ll}+\s+){0,2}(?:said|says|told|warned|claimed|announced)\b/u.test(block.text.slice(lastToken.end, lastToken.end + 40));
	if (quoted && !namesBody && !registry.findPerson(nameTokens.map((t) => t.base))) return true;
	// "Hurricane Odalys", "Tropical Storm Lorne", "Cyclone Meral": a storm's name is no one's
	if (nameTokens.length >= 2 && /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical)$/.test(nameTokens[0]?.text ?? '') && !ORGANISATION_HEADS.has(lastToken.lower)) return true;
	// "the MP for Dunmere West", "Member of Parliament for Kelby North": the seat a member is elected for is a place
	if (electedFor(tokens, first) && !nameTokens.some((t) => ORGANISATION_HEADS.has(t.lower))) {
		// (the member's name may follow the seat with no comma: "Labour MP for Kelby North Ana Ruiz said")
		const named = nameTokens.findLastIndex((t, k) => k > 0 && isGivenName(t.text) && !COMPASS.test(t.lower) && isNameToken(nameTokens[k + 1]));
		const seat = named > 0 ? nameTokens.slice(0, named) : nameTokens;
		const seatText = textOf(block, seat);
		registry.mention(registry.named('place', seatText), { block, start: span.start, end: seat.at(-1)?.end ?? span.end }, seatText, 'name');
		if (named > 0) {
			const words = nameTokens.slice(named).map((t) => t.base);
			const personText = stripPossessive(textOf(block, nameTokens.slice(named)), lastToken);
			const person = registry.findPerson(words) ?? registry.create('person', personText, words);
			registry.mention(person, { block, start: nameTokens[named]?.start ?? span.start, end: span.end }, personText, 'name');
		}
		return true;
	}
	// "Puerto Almagro mayor Teodora Ocampo", "Kelby governor Ana Ruiz": a name before the office of a place and a person's name is the place
	const office = tokens[last];
	// (only a name that is a place's: one the gazetteer or the story knows, or one with a place's word, "Puerto", "Falls", "North";
	// not a party, a bank, a demonym or an adjective: "SNP councillor", "Fed governor", "Chinese premier", "Embattled mayor")
	if (office && !office.capitalised && PLACE_OFFICES.has(office.lower) && isNameToken(tokens[last + 1]) && !lastToken.possessive && placeLikeName(nameTokens, bare, registry) && !nameTokens.some((t) => ORGANISATION_HEADS.has(t.lower) || ROLE_NOUNS.has(t.lower))) {
		const own = registry.named('place', bare);
		registry.mention(own, span, bare, 'name');
		return true;
	}
	// ("The Honourable Member said", "the Honourable Minister": a style and a role name no one)
	if (nameTokens.length === 2 && /^(?:honourable|honorable)$/.test(nameTokens[0]?.lower ?? '') && ROLE_NOUNS.has(lastToken.lower)) return true;
	// a role alone before the name in apposition ("The Vice President, Ana Ruiz,") names no one and no institution
	if (nameTokens.every((t) => ROLE_NOUNS.has(t.lower) || ROLE_QUALIFIERS.has(t.lower)) && /^,\s+\p{Lu}/u.test(block.text.slice(end, end + 4))) return true;
	if (titleInApposition(candidate, end)) return true;
	// "a Kansas Republican", "a Minnesota Democrat": a member of a party, named by the place they come from
	// (with no place before it, "The Social Democrat candidate", the name goes on as before)
	if (nameTokens.length > 1 && PARTY_MEMBERS.has(lastToken.lower) && !lastToken.possessive) {
		const from = nameTokens.slice(0, -1);
		const placeName = textOf(block, from);
		const known = lookupPlace(placeName);
		if (known) {
			addPlace(registry, known, { block, start: span.start, end: from.at(-1)?.end ?? span.end }, placeName, lastToken);
			return true;
		}
	}
	// "14 Pennant MPs", "Tarsen Party lawmakers": people by their role, named by the party or place before it
	// ("Halverstone Partners" is a business: its last word says so; "the Association of Judges", "the Union of Teachers", "the Ministry for Veterans" are organisations of them)
	const ofThem = /\s(?:of|for)\s+$/.test(block.text.slice(span.start, lastToken.start));
	if (nameTokens.length > 1 && isGroupWord(lastToken.base) && ROLE_NOUNS.has(lastToken.lower.replace(/s$/, '')) && !isBusinessWord(lastToken.lower) && !ofThem) {
		const owner = registry.findByForm(stripPossessive(textOf(block, nameTokens.slice(0, -1)), nameTokens.at(-2) as Token));
		if (owner) registry.mention(owner, { block, start: span.start, end: nameTokens.at(-2)?.end ?? span.end }, owner.name, 'name');
		return true;
	}
	registerRoleEntities(candidate, registry);
	const following = tokens[last];
	// "the central Philippine province of Kalinaw": the word before "province of" describes it, the name comes after
	const describesNext = tokens[last + 1]?.lower === 'of' && isNameToken(tokens[last + 2]);
	if (following && following.kind === 'word' && !following.capitalised && PLACE_NOUNS.has(following.lower) && describesNext && nameTokens.length === 1) return true;
	// (a region the gazetteer knows too: "the Tana River basin")
	if (following && following.kind === 'word' && !following.capitalised && PLACE_NOUNS.has(following.lower) && (lookupPlace(bare)?.kind ?? 'region') === 'region') {
		// "the Kalini river" is named with its noun; "Santa Irene province" is Santa Irene, the noun only a form of it
		const written = `${bare} ${following.base}`;
		// "the Tizi Ouzrar town council" is the town named before, "town" only a form of it
		const name = ADMINISTRATIVE_NOUNS.has(following.lower) || TOWN_NOUNS.has(following.lower) ? bare : written;
		const place = registry.find('place', name) ?? registry.find('place', written) ?? registry.create('place', name, []);
		registry.mention(place, { block, start: span.start, end: following.start + following.base.length }, written, 'name');
		return true;
	}
	// a dateline writes the city in capitals: "NAIROBI", "BUENOS AIRES"
	const place = lookupPlace(bare) ?? (writtenInCapitals(bare) && bare.length >= 3 ? lookupPlace(titleCase(bare)) : undefined);
	// (a region's name that is the family name of a person named before is theirs: "Merrin England … England said", "Mr Wales")
	const familyName = place?.kind === 'region' && !bare.includes(' ') && registry.actors.some((actor) => actor.kind === 'person' && actor.name.split(/\s+/).length > 1 && actor.name.split(/\s+/).at(-1) === bare);
	if (place && !familyName) {
		addPlace(registry, place, span, bare, tokens[last]);
		return true;
	}
	// a dateline's place the gazetteer does not know: "STELLWATER, Kinross (Lakeshore Press Agency) —" names a town and its state
	if (block.index === 0 && span.end <= block.storyStart && tokens[first - 1]?.text !== '(') {
		const name = writtenInCapitals(bare) ? titleCase(bare) : bare;
		const own = registry.named('place', name);
		registry.mention(own, span, bare, 'name');
		return true;
	}
	// ("Port Elsby Ferry Union" is a union: an organisation's head at the end outweighs a place's at the start)
	// (a surname that is also a place's word stays a person's with a person's marks: "Coach Dan Moor said", "Lena Fen, a nurse,")
	// (not a place's marks: "Cedar Falls, a town of 9,000,", "Stony Crossing said it would", "Residents of Maple Heights said")
	const roleAfter = /^,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/u.exec(block.text.slice(end, end + 50))?.[1]?.toLowerCase() ?? '';
	// (a bare form after a determiner is a noun the name describes: "In a Facebook post on Friday, she wrote")
	const speaksAsPerson = CUE_VERBS.has(tokens[last]?.lower ?? '') && !describesCueNoun(tokens[first - 1], tokens[last]) && !speaksOfItself(tokens, last) && !PLACE_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '') && tokens[first - 1]?.lower !== 'of';
	const personLike = Boolean(candidate.role || candidate.titled) || Object.values(personMarks(candidate)).some(Boolean) || speaksAsPerson || /^,\s+\d{1,3},/.test(block.text.slice(end, end + 8)) || ROLE_NOUNS.has(roleAfter);
	// (a body's head and "of the" before a place's name make a body: "the Court of the Ostvale Region")
	const bodyOfPlace = ORGANISATION_HEADS.has(nameTokens[0]?.lower ?? '') && nameTokens[1]?.lower === 'of';
	if (nameTokens.length > 1 && !bare.includes(' & ') && !bodyOfPlace && (PLACE_HEADS.has(lastToken.lower) || (PLACE_TAILS.has(lastToken.lower) && !personLike && !CAMPAIGN_VERBS.has(nameTokens[0]?.text ?? '')) || (PLACE_HEADS.has(nameTokens[0]?.lower ?? '') && !ORGANISATION_HEADS.has(lastToken.lower) && !LAST_ONLY_HEADS.has(lastToken.lower) && !ROLE_NOUNS.has(lastToken.lower)))) {
		const own = registry.named('place', bare);
		registry.mention(own, span, bare, 'name');
		return true;
	}
	// a demonym or country inside a longer run: "Kenyan Foreign Ministry" is an organisation, handled below
	// one word opening a sentence is no organisation when it is a plain noun: "Insurance costs rose", "Police said"
	// "the delta town of Ouled Sefrou": a name after a word for a town and "of" is a place
	// (not a body's name: "the children's ward of Kelby Teaching Hospital", "one of the divisions of Kelvora Holdings")
	const partOfBody = /^(?:wards?|divisions?)$/.test(tokens[first - 2]?.lower ?? '') && (ORGANISATION_HEADS.has(lastToken.lower) || isBusinessWord(lastToken.lower));
	if (nameTokens.length > 1 && tokens[first - 1]?.lower === 'of' && PLACE_INTRODUCERS.has(tokens[first - 2]?.lower ?? '') && !partOfBody) {
		const own = registry.named('place', bare);
		registry.mention(own, span, bare, 'name');
		return true;
	}
	// "the Minority spokesperson on Energy", "the opposition spokesman for Health": a portfolio after a role names no one
	if (nameTokens.every((t) => PORTFOLIO_WORDS.has(t.lower) || PORTFOLIO_JOINS.test(t.lower)) && /^(?:on|for|of)$/.test(tokens[first - 1]?.lower ?? '') && ROLE_NOUNS.has(tokens[first - 2]?.lower ?? '')) return true;
	// (a plural of one opening a sentence too: "Schools in Marle will close", "Banks raised their rates")
	const plural = /[a-z]s$/.test(lastToken.lower) && (ORGANISATION_HEADS.has(lastToken.lower.slice(0, -1)) || LAST_ONLY_HEADS.has(lastToken.lower));
	// (and a body's word alone before the people of it: "Museum staff said", "Hospital bosses"; a legislature's or a party's name
	// alone is a name: "Congress leaders said", "Parliament officials")
	// (a venue's word before any noun: "Zoo keepers", "Ballet dancers", "Choir practice", "Opera singer Lilja Farrow")
	const modifies = following?.kind === 'word' && !following.capitalised && (isGroupWord(following.base) || (VENUE_HEADS.has(lastToken.lower) && !FUNCTION_WORDS.has(following.lower) && !CUE_VERBS.has(following.lower) && !/^(?:is|was|has|had|will|would|said|says)$/.test(following.lower)));
	const ofPeople = ORGANISATION_HEADS.has(lastToken.lower) && !LONE_BODIES.has(lastToken.lower) && modifies;
	const plainWord = nameTokens.length === 1 && candidate.sentenceInitial && (INDUSTRY_WORDS.has(lastToken.lower) || isGroupWord(lastToken.base) || plural || ofPeople);
	// "the feast of St Paul", "vicar of St Oswin’s": a saint alone names a church or a feast, no one in the story
	// (only after "of" or in a possessive: not "Striker Jonah St Louis … St Louis said", nor "St Corran said on Monday")
	if (nameTokens.length === 2 && /^(?:St|Saint)$/.test(nameTokens[0]?.text ?? '') && (tokens[first - 1]?.lower === 'of' || lastToken.possessive) && !ROLE_NOUNS.has(tokens[first - 2]?.lower ?? '') && !registry.findPerson([lastToken.base])) return true;
	// "The Category 4 storm", "a Level 3 alert", "Phase 2 of the project": a step of a scale, no one
	// (and with its numeral or letter in the name: "Tier II", "Stage IV", "Class A")
	const scaleStep = nameTokens.length === 2 && SCALE_WORDS.has(nameTokens[0]?.lower ?? '') && /^(?:[IVX]+|[A-E])$/.test(lastToken.text);
	if (scaleStep || (nameTokens.length === 1 && SCALE_WORDS.has(lastToken.lower) && /^\s+(?:\d|[IVX]+\b)/.test(block.text.slice(lastToken.end, lastToken.end + 4)))) return true;
	// ("Crestmoor Securities", "Harrow Capital", "Ostrander Appliance Co.": a business's word ends the name)
	// (not a person's given name and a surname that is also a business's word: "Ava Power", "Tom Mills", where "Umbane Power" is a utility)
	// (and "Oliver Gallery", "Pat Gallery", where "the Victoria Gallery" is a gallery)
	// (only with a person's marks: a role in apposition before or after, an age, a title; "Victoria Gallery said it would close" is one)
	const roleBefore = /\b(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+),\s*$/u.exec(block.text.slice(Math.max(0, span.start - 40), span.start))?.[1]?.toLowerCase() ?? '';
	const galleryPerson = lastToken.lower === 'gallery' && isGivenName(nameTokens[0]?.text ?? '') && (ROLE_NOUNS.has(roleAfter) || ROLE_NOUNS.has(roleBefore) || PERSON_NOUNS.has(roleBefore) || TRADES.has(roleBefore) || personLike);
	const givenAndSurname = nameTokens.length === 2 && ((SURNAME_BUSINESS_WORDS.has(lastToken.lower) && genderOfGivenName(nameTokens[0]?.text ?? '') !== undefined) || galleryPerson);
	// (and a club's letters in capitals at either end: "Aldholm IF", "CD Almendara")
	const clubLetters = nameTokens.length > 1 && [nameTokens[0], lastToken].some((t) => t !== undefined && CLUB_WORDS.has(t.lower) && t.text === t.text.toUpperCase());
	const orgHead = !plainWord && (clubLetters || (JOURNAL_HEADS.has(nameTokens[0]?.lower ?? '') && nameTokens[1]?.lower === 'of') || (nameTokens.some((t) => ORGANISATION_HEADS.has(t.lower)) && !givenAndSurname) || LAST_ONLY_HEADS.has(lastToken.lower) || (nameTokens.length > 1 && isBusinessWord(lastToken.lower) && !givenAndSurname));
	const before = tokens[first - 1];
	const after = tokens[last];
	// ("the Municipal Chief Executive said" is a title; "the National Health Executive" a body)
	const chiefExecutive = lastToken.lower === 'executive' && nameTokens.at(-2)?.lower === 'chief';
	// "his Harbour Talk network" names a product; "the White House", "the United Nations" an institution
	// (not an office: "Its Deputy Director said", "Its Chief Executive")
	const productName = before && POSSESSIVE_DETERMINERS.has(before.lower) && nameTokens.length > 1 && !ROLE_NOUNS.has(lastToken.lower) && !chiefExecutive;
	// (not a title in capitals with no name: "The Nabiri Regional Minister, Hon. Ibrahim Tanko-Dery,")
	const institution = before?.lower === 'the' && nameTokens.length > 1 && !candidate.role && !(PERSONAL_TITLE_HEADS.test(lastToken.lower) && !nameTokens.some((t) => ORGANISATION_HEADS.has(t.lower))) && !chiefExecutive;
	// "Byeolbit Semicon, a South Korean maker of memory controllers,", "Tarsen Air, the country's largest
	// airline,", "Brennmoor Steel, which …": described as a business, or as a thing rather than a "who"
	// "Ostvik-based Halvard Mills": a person is placed by a role ("Ostvik-based lawyer Ada Nakamura"), a business by its name alone
	// ("Vestfjell Kraft’s head of hydrology", "Harrow Minerals' chief executive": what only a body has, after its possessive)
	const bodyPossession = nameTokens.length > 1 && lastToken.possessive && !personLike && BODY_POSSESSIONS.test(block.text.slice(end, end + 40));
	// (one word too, when the phrase after it is a business's: "Telvara, Marvesta’s largest mobile operator,")
	// (after a possessive, not a person's name, its first word a given name: "Ilse Varga, Marvesta’s largest wheat producer,";
	// and one word only for a business's noun a country is not described by: "Tanvaria, the world's largest rice exporter," is a country)
	const appositive = block.text.slice(end, end + 90);
	const describedAsBusiness = DESCRIBED_AS_ORGANISATION.test(appositive) && (/^,\s+(?:a|an|the)\s/.test(appositive) || !isGivenName(nameTokens[0]?.text ?? '')) && !registry.findPerson([bare]);
	// (nor the short form of a longer name: "Tessaro" after or before "Tessaro Mobile")
	const shortForm = () => registry.actors.some((actor) => actor.name.startsWith(`${bare} `)) || startsLongerName(block.text, bare);
	const oneWordBusiness = nameTokens.length === 1 && describedAsBusiness && !isGivenName(lastToken.text) && !/^,\s+[^,.;]*?\b(?:exporter|importer|producer|supplier|consumer|economy|market|platform|app|network|site|website|service|messenger)\b/.test(appositive) && !shortForm();
	// (one word too, opening its sentence, described by "which" and then speaking: "Trovio, which handles 40% of online sales, said it
	// welcomed …"; not "the resort north of Dravik, which had planned to open, said")
	// (not a place or a person the story has named, a group's word, a place the aside calls one, or one a "he" or "she" speaks for:
	// "Ostvik, which hosts the talks, said", "Police, which had been called twice, said", "Kovac, which is unusual, said she …")
	const which = /^,\s+which\b([^.;“"]*?),\s+(?:said|says|told|added|announced|confirmed)\b(\s+(?:he|she)\b)?/.exec(block.text.slice(end, end + 200));
	// (a one-word place is classified after the rest, so its paragraph is read for it: "the town of Marrowby", "in Marrowby")
	// (read only for a name the rest of the rule has let through: a paragraph may be long)
	const placedInParagraph = () => block.text.split(/[^\p{L}’'-]+/u).some((word, k, all) => word === bare && (/^(?:in|at|near|from|to)$/.test(all[k - 1] ?? '') || (all[k - 1] === 'of' && /^(?:town|city|village|port|capital|district|county|province|region|island)$/.test(all[k - 2] ?? ''))));
	const namedOtherwise = () => placedInParagraph() || registry.find('place', bare) !== undefined || registry.actors.some((actor) => actor.kind !== 'organization' && actor.name.split(/\s+/).includes(bare));
	const whichSpeaks = nameTokens.length === 1 && candidate.sentenceInitial && which !== null && !which[2] && !/^\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,3}(?:city|town|port|village|capital|country|region|province|state|island|district)\b|lies|sits|borders|straddles)/u.test(which[1] ?? '') && !isGroupWord(bare) && !lookupPlace(bare) && !isGivenName(bare) && !registry.findByForm(bare) && !shortForm() && !namedOtherwise();
	const described = (nameTokens.length > 1 || oneWordBusiness || whichSpeaks) && !candidate.role && (candidate.placedBusiness === true || bodyPossession || describedAsBusiness || /^,\s+which\b/.test(block.text.slice(end, end + 10)));
	// "BUENOS AIRES, Oct 8 (Southern Cone Newswire) -": the outlet in a dateline (the document found where the dateline ends)
	const datelineOutlet = block.index === 0 && span.end <= block.storyStart && before?.text === '(' && after?.text === ')';
	// "Council chair Mei Al-Masri", "Ministry spokesman Ilse Varga": a bare organisation word before a role is part of the role
	// (and before the role's holders: "Council officials said", "Party officials said"; not a body one word names, "Congress leaders")
	if (nameTokens.length === 1 && orgHead && after?.kind === 'word' && !after.capitalised && ROLE_NOUNS.has(after.lower.replace(/s$/, '')) && !registry.findByForm(bare) && !/^(?:congress|senate|cabinet|parliament)$/.test(bare.toLowerCase())) return true;
	const partners = bare.includes(' & ');
	// ("the liberal New Course party": a name of two words or more, not a possessive, "Ortolani’s party")
	// (not a person's name: "the breakaway Ana Ruiz faction", "told John Madsen union rules")
	const personsName = isGivenName(nameTokens[0]?.text ?? '') || registry.findPerson(nameTokens.map((t) => t.base)) !== undefined;
	const bodyNounAfter = after !== undefined && BODY_NOUNS_AFTER_NAME.has(after.text) && nameTokens.length > 1 && !lastToken.possessive && !candidate.role && !personsName;
	// "Keep Fernhill Open", "Save Ashgrove Library": a campaign named by what it asks for
	// (not an imperative opening a sentence or a quotation: "“Keep Marta Quell out of this,” the minister said")
	const campaign = nameTokens.length >= 2 && nameTokens.length <= 5 && CAMPAIGN_VERBS.has(nameTokens[0]?.text ?? '') && !candidate.role && !candidate.titled && !candidate.sentenceInitial && !/[“"‘]\s*$/.test(block.text.slice(Math.max(0, span.start - 2), span.start));
	if (orgHead || partners || campaign || (after && PLATFORM_NOUNS.has(after.lower)) || bodyNounAfter || productName || institution || described || datelineOutlet) {
		// ("Kassem's Movement for Renewal": a person the story named, then the body that is theirs)
		const owner = nameTokens.length > 2 && nameTokens[0]?.possessive ? registry.findPerson([nameTokens[0].base]) : undefined;
		if (owner && nameTokens[0] && nameTokens[1]) {
			registry.mention(owner, { block, start: nameTokens[0].start, end: nameTokens[0].start + nameTokens[0].base.length }, nameTokens[0].base, 'name');
			const rest = textOf(block, nameTokens.slice(1));
			registry.mention(registry.named('organization', rest), { block, start: nameTokens[1].start, end: span.end }, rest, 'name');
			return true;
		}
		// a name taken for a person's before it was described ("operated by Baruna Cahya Lines" … "Baruna Cahya Lines, which runs 42 vessels") is the organisation's
		const mistaken = described ? registry.find('person', bare) : undefined;
		if (mistaken) mistaken.kind = 'organization';
		const org = registry.named('organization', bare);
		registry.mention(org, span, bare, 'name');
		const acronym = parentheticalAcronym(tokens, last);
		if (acronym) registry.mention(org, { block, start: acronym.start, end: acronym.end }, acronym.text, 'name');
		return true;
	}
	if (nameTokens.length === 1) {
		// a person a feature names by a given name alone, with an age or a trade after it: "Maya, a forklift driver at the firm’s
		// depot,", "Grace, 29, a community nurse," (not a name of someone named in full before: "Teague, 45," is Rasmus Teague's)
		// ("Priscilla, a customer support lead in Brisvale", "Maya, a mother-of-three who lives …": any "a …" after it whose first
		// words name no animal, body or place; not "Ginger, a 15-year-old tabby", "Hope, a charity")
		// (its head noun before a preposition or a relative clause: "a lifelong supporter of the club")
		const appositive = /^,\s+(?:an?|the)\s+([^,.;:]*)/u.exec(block.text.slice(end, end + 60))?.[1]?.toLowerCase().split(/\s+(?:of|at|in|for|from|who|which|with|on|near|to)\s+/)[0]?.split(/[\s-]+/).slice(0, 5);
		const notAPerson = (word: string) => NOT_PERSON_NOUNS.has(word) || ORGANISATION_HEADS.has(word) || PLACE_NOUNS.has(word) || TOWN_NOUNS.has(word);
		// (its head a person's, a role's or a trade's word, or a "who" after it: not "Bella, a three-year-old Labrador", "Ava, an AI assistant")
		const personHead = appositive?.some((word) => ROLE_NOUNS.has(word) || TRADES.has(word) || PERSON_NOUNS.has(word)) === true || /^,\s+an?\s[^,.;]*\bwho\b/.test(block.text.slice(end, end + 80));
		const introduced = /^,\s+\d{1,3},/.test(block.text.slice(end, end + 8)) || ROLE_NOUNS.has(roleAfter) || TRADES.has(roleAfter) || (appositive !== undefined && personHead && !appositive.some(notAPerson));
		// (not an acronym nor a known name: "According to the BEA, the gap …")
		if (introduced && isGivenName(lastToken.text) && !isAcronym(lastToken.base) && !registry.findByForm(bare) && !lookupPlace(bare) && !candidate.role && !registry.actors.some((actor) => actor.kind === 'person' && actor.name.split(/\s+/).includes(lastToken.text))) {
			const person = registry.create('person', bare, [bare]);
			registry.mention(person, span, bare, 'name');
			return true;
		}
		// an acronym names an organisation ("the DPCA"), but not a role written in capitals ("the MP for Ellesby")
		// (nor a common abbreviation: "GMT", "GDP", "SUV", "DNA")
		if (isAcronym(lastToken.base) && !ROLE_NOUNS.has(lastToken.lower) && !COMMON_ABBREVIATIONS.has(lastToken.base)) {
			const org = registry.named('organization', bare);
			registry.mention(org, span, bare, 'name');
			return true;
		}
		return false;
	}
	const words = nameTokens.filter((t) => t.kind === 'word').map((t) => t.base);
	if (!words.every((w) => /^[\p{Lu}\p{Ll}]/u.test(w))) return true;
	// a portfolio alone ("Foreign Affairs" after "the Minister of") names no one, nor a role with it ("Kaldrenia’s Foreign Minister, X,")
	if (nameTokens.every((t) => PORTFOLIO_WORDS.has(t.lower) || PORTFOLIO_JOINS.test(t.lower) || ROLE_NOUNS.has(t.lower))) return true;
	// (nor the ocean's warm and cold phases: "El Niño", "La Niña")
	if (/^(?:El|La)\s+Ni[ñn][oa]$/u.test(words.join(' '))) return true;
	// a title in capitals with no name after it names no one ("the Chief Electoral Officer", "his Press Secretary", "Sector Commander")
	// (but a given name before a surname that is a role's word is a person: "Sarah King", "Tom Judge")
	const title = nameTokens.length > 1 && (TITLE_HEADS.has(lastToken.lower) || chiefExecutive) && !nameTokens.some((t) => ORGANISATION_HEADS.has(t.lower)) && !isGivenName(nameTokens[0]?.text ?? '') && !registry.findPerson(words);
	if (title) return true;
	// a name already known as an organisation's ("(Caspian Newswire)" in the dateline, then "told Caspian Newswire") stays one,
	// and a place's ("COLDWATER BEND, Ind. —" in the dateline, then "a Coldwater Bend tavern")
	// (and the first words of a business's name stand for it: "Sable Crest said" after "Sable Crest Minerals")
	const known = registry.find('organization', bare) ?? registry.find('place', bare) ?? (candidate.role ? undefined : registry.findBusiness(bare, PLACE_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '')));
	if (known) {
		registry.mention(known, span, bare, 'name');
		return true;
	}
	// "Curtis Lamonte of nearby Pine Hollow", "in neighbouring Lake Ostvik": a name after "nearby" is a place's
	if (before && NEARBY.has(before.lower)) {
		registry.mention(registry.named('place', bare), span, bare, 'name');
		return true;
	}
	// "A Lindale Crossing man was charged": a name between "a" and a word for a person says where they are from
	if (/^(?:a|an)$/i.test(before?.text ?? '') && after?.kind === 'word' && !after.capitalised && PEOPLE_FROM_PLACES.has(after.lower)) {
		registry.mention(registry.named('place', bare), span, bare, 'name');
		return true;
	}
	// "died on Sunday in Villa Esperanza", "a farm near Oak Hollow": a name no one is known by, after "in" or "near", is a place's
	if (before && /^(?:in|near|outside)$/.test(before.text) && !ATTITUDE_NOUNS.has(tokens[first - 2]?.lower ?? '') && !candidate.role && !candidate.titled && !lastToken.possessive && !registry.findPerson(words) && !Object.values(personMarks(candidate)).some(Boolean)) {
		registry.mention(registry.named('place', bare), span, bare, 'name');
		return true;
	}
	const person = registry.findPerson(words) ?? registry.create('person', bare, words);
	registry.mention(person, span, bare, 'name');
	if (candidate.role) registry.addRole(person, candidate.role);
	if (candidate.titled) person.titled.push(stripPossessive(candidate.titled, lastToken));
	return true;
}

/** What a body has and a person does not, after a name's possessive: "’s head of hydrology", "’s chief executive", "’s board", "’s shares". */
const BODY_POSSESSIONS = /^(?:['’]s?)?\s+(?:head\s+of|chief\s+(?:executive|financial|operating|technology)|managing\s+director|general\s+manager|board|shareholders|shares|employees|workforce|subsidiary|headquarters|annual\s+report)\b/i;

/** Nouns after which "in" names a person or a business, not a place: "confidence in Tomas Reyna", "a stake in Pelham Norcross". */
const ATTITUDE_NOUNS = new Set(['confidence', 'interest', 'stake', 'faith', 'trust', 'belief', 'role', 'part', 'share', 'shares', 'investment', 'holding', 'holdings', 'hope', 'pride']);

/** Words that qualify a role without naming anyone: "Vice President", "Deputy Governor", "Acting Mayor". */
const ROLE_QUALIFIERS = new Set(['vice', 'deputy', 'acting', 'interim', 'former', 'assistant', 'associate', 'senior', 'first']);

/** Heads of roles that are no one's surname: "Minister" after "Prime" is the role, not a person. */
/** Heads of official titles that name no one without a name after them: "the Chief Electoral Officer", "his Press Secretary". */
const TITLE_HEADS = new Set(['justice', 'manager', 'whip', 'officer', 'secretary', 'commander', 'superintendent', 'director', 'commissioner', 'minister', 'inspector', 'chairman', 'chairwoman', 'chairperson', 'governor', 'spokesman', 'spokeswoman', 'spokesperson', 'registrar', 'administrator', 'coordinator', 'controller', 'auditor', 'ombudsman', 'prosecutor', 'magistrate', 'deputy', 'vice-chancellor', 'chancellor', 'adviser', 'advisor']);

const ROLE_HEADS_NEVER_NAMES = new Set(['minister', 'president', 'secretary', 'chancellor', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'commissioner']);

/** A member of a party, after the place they come from: "a Kansas Republican". */
const PARTY_MEMBERS = new Set(['republican', 'democrat', 'independent', 'conservative', 'liberal', 'socialist']);

/** Words for a person that a place name before them describes: "a Lindale Crossing man", "an Ostvik resident". */
const PEOPLE_FROM_PLACES = new Set(['man', 'woman', 'resident', 'native', 'couple', 'family', 'teenager', 'boy', 'girl', 'student', 'mother', 'father', 'farmer', 'businessman', 'businesswoman']);

/** Words for a town, which a name in apposition after them names: "the provincial capital, Valdemora", "his home town, Brzanka". */
const TOWN_NOUNS = new Set(['capital', 'city', 'town', 'village', 'port', 'hometown', 'seat']);

/** Nouns in a given name's apposition that make it no person's: "Ginger, a 15-year-old tabby", "Hope, a charity", "Florence, a film". */
const NOT_PERSON_NOUNS = new Set(['male', 'female', 'cub', 'foal', 'chick', 'dog', 'cat', 'tabby', 'horse', 'pony', 'puppy', 'kitten', 'bird', 'parrot', 'cow', 'calf', 'giraffe', 'elephant', 'lion', 'tiger', 'bear', 'whale', 'dolphin', 'animal', 'pet', 'breed', 'charity', 'business', 'shop', 'restaurant', 'cafe', 'café', 'bar', 'pub', 'hotel', 'brand', 'product', 'app', 'film', 'book', 'novel', 'song', 'album', 'play', 'show', 'series', 'storm', 'hurricane', 'cyclone', 'typhoon', 'ship', 'boat', 'vessel', 'yacht', 'building', 'street', 'road', 'estate', 'farm', 'project', 'programme', 'program', 'scheme', 'initiative', 'festival', 'event', 'area', 'suburb', 'neighbourhood', 'neighborhood', 'district', 'settlement', 'community', 'word', 'name']);

/** Nouns of administrative areas, which follow a name without being part of it ("Santa Irene province", "the Mpandira district"). */
const ADMINISTRATIVE_NOUNS = new Set(['province', 'district', 'region', 'county', 'state', 'municipality', 'commune', 'prefecture', 'oblast', 'governorate']);

/** Whether `name` stands in `text` as the first word of a longer capitalised name ("Tessaro" in "Tessaro Mobile"). */
function startsLongerName(text: string, name: string): boolean {
	for (let at = text.indexOf(`${name} `); at !== -1; at = text.indexOf(`${name} `, at + 1)) {
		if (!/\p{L}/u.test(text[at - 1] ?? '') && /\p{Lu}/u.test(text[at + name.length + 1] ?? '')) return true;
	}
	return false;
}

/**
 * An appositive headed by one of `nouns`: ", a South Korean maker of …", ", the country's largest airline". The noun heads the
 * phrase: no preposition before it ("the head of a charity" is a person), and the phrase goes on with "of", "in", "based" … or
 * ends ("a former bank manager" is a person).
 */
function describedAs(nouns: string): RegExp {
	return new RegExp(String.raw`^,\s+(?:a|an|the|\p{Lu}[\p{L}-]*['’]s?)\s+(?:(?!(?:of|for|in|at|with|from|to|on)\s)[\p{L}\d'’.-]+\s+){0,5}?(?:${nouns})s?(?=\s+(?:of|in|for|based|that|which|with|from|and|whose)\b|\s*[,.;:)]|$)`, 'u');
}

/** Nouns only a body is: "Tallann, the State farm advisory service,", "Quorvex, a Dutch lender". */
const INSTITUTION_NOUNS = 'company|firm|airline|carrier|bank|lender|insurer|retailer|chain|conglomerate|broadcaster|newspaper|agency|charity|start-?up|utility|brand|subsidiary|organi[sz]ation|association|network|platform|service|consultancy';
/** An appositive that describes a business: ", a South Korean maker of …", ", the country's largest airline", ", Marvesta’s largest mobile operator". */
const DESCRIBED_AS_ORGANISATION = describedAs(`${INSTITUTION_NOUNS}|maker|manufacturer|producer|operator|supplier|provider|developer|exporter|importer|miner|refiner|publisher|distributor|shipbuilder|automaker|carmaker|drugmaker|chipmaker|giant`);
/** An appositive that describes a body and no person: see {@link INSTITUTION_NOUNS}. */
const DESCRIBED_AS_INSTITUTION = describedAs(INSTITUTION_NOUNS);

/**
 * Decides what a single capitalised word stands for, once every full name is known: first by the
 * evidence around it, then (`byNameOnly`) by a name found elsewhere. Returns true when settled.
 */
function resolveSingle(candidate: Candidate, registry: Registry, byNameOnly: boolean, places: PlaceEvidence): boolean {
	const { tokens, block } = candidate;
	const token = tokens[candidate.first];
	if (!token) return true;
	const span = { block, start: token.start, end: token.possessive ? token.start + token.base.length : token.end };
	// "Oriko said" after "Oriko Technologies": a business's first word stands for it
	// (not a club's town after a word for where, "at his home in Saltmere" beside "Saltmere Rovers", nor before a noun it
	// describes, "the Saltmere port strike", "the Saltmere docks")
	const next = tokens[candidate.first + 1];
	const before = tokens[candidate.first - 1];
	// (a verb after it only if it is a cue or a finite form: "Castlebrook residents say" describes the residents)
	const describing = before?.lower === 'the' || (next?.kind === 'word' && !next.capitalised && !FUNCTION_WORDS.has(next.lower) && !CUE_VERBS.has(next.lower) && !/^(?:[a-z]+ed|has|have|had|was|were|is|are|will|would|won|beat|lost|drew|signed|sacked|sold|bought|made|took|gave)$/.test(next.lower));
	const where = PLACE_PREPOSITIONS.has(before?.lower ?? '') || describing;
	const honorificGender = before && HONORIFICS.has(before.text) ? genderOfWord(before.lower) : undefined;
	// (a form of someone of the other gender is not theirs: "Ms Asante" after "Mr Asante" is his wife, Abena Asante)
	const byForm = registry.findByForm(token.base);
	const formGender = byForm?.kind === 'person' ? personGender(byForm) : undefined;
	const otherGender = honorificGender !== undefined && formGender !== undefined && formGender !== honorificGender;
	const known = (otherGender ? undefined : byForm) ?? registry.findPerson([token.base], honorificGender) ?? registry.findBusiness(token.base, where);
	if (known) {
		registry.mention(known, span, token.base, 'name');
		if (candidate.role && known.kind === 'person') registry.addRole(known, candidate.role);
		if (candidate.titled && known.kind === 'person') known.titled.push(stripPossessive(candidate.titled, token));
		return true;
	}
	if (byNameOnly) return true;
	// "AeroCumbre, the country’s largest airline, said", "SaiNet, the country's largest mobile operator,": one brand-like word described as a business
	// (a brand's inner capital only: "Halloran, a film producer" is a person, "Velsmark, the world's largest cocoa producer" a country)
	// (any word not a given name before a noun only a body is: "Tallann, the State farm advisory service, estimates")
	const appositive = block.text.slice(span.end, span.end + 90);
	if (!candidate.role && ((/\p{Ll}\p{Lu}/u.test(token.base) && DESCRIBED_AS_ORGANISATION.test(appositive)) || (!isGivenName(token.base) && !lookupPlace(token.base) && DESCRIBED_AS_INSTITUTION.test(appositive)))) {
		const org = registry.named('organization', token.base);
		registry.mention(org, span, token.base, 'name');
		return true;
	}
	// "Kestran said" beside "Kestrani President", "Wrenhaven’s lido" beside "Wrenhaven Town Council", "Ubara and Kesso"
	// after the province of Ubara: a place's name, whatever its place in the sentence
	const placed = places.countries.has(token.base) || places.towns.has(token.base) || coordinatedWithPlace(candidate, registry);
	// (a person's marks outweigh it: "His wife, Brenda, said", "Brenn, 54,", "Randers, who …")
	const { aged, who, honorific, givenName } = personMarks(candidate);
	const personal = aged || who || honorific || givenName;
	if (placed && !personal && !candidate.role && !HONORIFICS.has(before?.text ?? '')) {
		const place = registry.named('place', token.base);
		registry.mention(place, span, token.base, 'name');
		return true;
	}
	// "the MP for Ellesby": a role alone names no one
	// (nor the head of a role split from its first word: "The Prime Minister, Ana Ruiz,"; "Prime Minister John Major" keeps Major)
	// (but a trade before a verb of speech is a surname: "Carpenter said the side had not deserved to lose")
	const tradeSpeaks = TRADES.has(token.lower) && CUE_VERBS.has(tokens[candidate.first + 1]?.lower ?? '');
	if (ROLE_NOUNS.has(token.lower) && (!candidate.role || ROLE_HEADS_NEVER_NAMES.has(token.lower)) && !tradeSpeaks) return true;
	const introducer = tokens[candidate.first - 2];
	// "the town of Oketunde"; "Ada Nakamura of Oketunde said": a word after a name and "of" or "from"
	// says where the named person is from, and is not the one who speaks
	// (not the word after a title's "State of": "a State of Emergency", "a State of Disaster")
	const afterName = (before?.lower === 'of' || before?.lower === 'from') && isNameToken(introducer) && !(NOT_PLACES_AFTER_OF.has(token.lower) && introducer.lower === 'state');
	// "the provincial capital, Valdemora": a name in apposition to a word for a town
	const appositivePlace = before?.text === ',' && introducer !== undefined && TOWN_NOUNS.has(introducer.lower) && !introducer.capitalised;
	// ("residents of Torrelasca", "in east Dunmere", "the Kerrow provincial assembly", "Solvenne’s governing party")
	// (not a possessive, "at the centre of Oduya's campaign", nor a name with a noun after it, "in rural Vantor stores")
	const nounAfter = next !== undefined && next.kind === 'word' && !next.capitalised && !FUNCTION_WORDS.has(next.lower) && !isPastVerb(next) && !CUE_VERBS.has(next.lower);
	// (not "a state of Emergency", "the State of Origin series")
	const ofAPlace = before?.lower === 'of' && introducer !== undefined && !introducer.capitalised && (PLACE_INTRODUCERS.has(introducer.lower) || (OF_A_PLACE.has(introducer.lower) && (!token.possessive || next?.capitalised === true))) && !NOT_PLACES_AFTER_OF.has(token.lower);
	const compass = before !== undefined && COMPASS.test(before.text) && PLACE_PREPOSITIONS.has(introducer?.lower ?? '') && !token.possessive && !nounAfter;
	// (and not a leader's name before "the … provincial government": "the Ford provincial government")
	// ("Mensah's opposition to the bill" is a stance)
	const governs = next !== undefined && !next.capitalised && (token.possessive ? PLACE_POSSESSIONS.test(next.lower) && !(next.lower === 'opposition' && tokens[candidate.first + 2]?.lower === 'to') : PLACE_ADJECTIVE_AFTER.test(next.lower) && isNameToken(tokens[candidate.first + 2]) === false && tokens[candidate.first + 2]?.kind === 'word' && !/^(?:government|administration|cabinet|premier|leader)$/.test(tokens[candidate.first + 2]?.lower ?? ''));
	if (ofAPlace || afterName || appositivePlace || ((compass || governs) && !personal && !candidate.role)) {
		const place = registry.named('place', token.base);
		registry.mention(place, span, token.base, 'name');
		return true;
	}
	const after = tokens[candidate.first + 1];
	// "Officials said": a group of people by their role, which the quote's attribution names
	if (isGroupWord(token.base) && !candidate.role) return true;
	// ("Hospitals across Sundarmati admitted …": a name after a preposition of place is not the verb's subject)
	// (nor one before a plural noun's form after "according to": "according to Compact estimates")
	// (nor one before a bare form after a determiner, a noun it describes: "In a Facebook post on Friday, she wrote")
	// (nor an adjective opening a sentence before a plural noun's form: "Early estimates suggested …", "Independent reports say …")
	const pluralNoun = candidate.sentenceInitial && PLURAL_NOUN_CUES.has(after?.lower ?? '');
	const speaks = after && CUE_VERBS.has(after.lower) && !pluralNoun && !(before && PLACE_PREPOSITIONS.has(before.lower)) && before?.lower !== 'to' && !describesCueNoun(before, after);
	// "the Tarvask said", "Orvanta said in a statement it had": a single name after "the", or one that
	// speaks of itself as "it", is no person's
	// (a word of a person's name the story gave stays theirs: "Hirata said it would go ahead" after "Valeria Hirata Ibáñez")
	const thing = !candidate.role && !honorific && !givenName && !aged && !who && (before?.lower === 'the' || (speaks && speaksOfItself(tokens, candidate.first + 1) && !registry.actors.some((actor) => actor.kind === 'person' && actor.nameTokens.includes(token.base))));
	if (thing && speaks) {
		const org = registry.named('organization', token.base);
		registry.mention(org, span, token.base, 'name');
		return true;
	}
	if (candidate.role || speaks || honorific || givenName || ((aged || who) && !(before && PLACE_PREPOSITIONS.has(before.lower)))) {
		const person = registry.create('person', token.base, [token.base]);
		registry.mention(person, span, token.base, 'name');
		if (candidate.role) registry.addRole(person, candidate.role);
		// "her husband, Lyle,": the role in apposition, for "her husband said" after
		else if (givenName && introducer && ROLE_NOUNS.has(introducer.lower)) registry.addRole(person, introducer.lower);
		if (candidate.titled) person.titled.push(stripPossessive(candidate.titled, token));
		return true;
	}
	if (candidate.sentenceInitial) return false;
	// "a spokeswoman for Staylark", "a lawyer for Brenvik": the body or client someone speaks for is no place
	// (not one described after it: "a spokeswoman for Adeyemi, the singer,")
	const described = block.text.slice(token.end, token.end + 90);
	if (before?.lower === 'for' && /^spokes/.test(introducer?.lower ?? '') && (!/^,\s+(?:the|a|an)\s/i.test(described) || DESCRIBED_AS_ORGANISATION.test(described))) {
		const org = registry.named('organization', token.base);
		registry.mention(org, span, token.base, 'name');
		return true;
	}
	if (before?.lower === 'the' && !(after && after.kind === 'word' && !after.capitalised && !/(?:ed|s)$/.test(after.lower) && !CUE_VERBS.has(after.lower))) {
		const org = registry.named('organization', token.base);
		registry.mention(org, span, token.base, 'name');
		return true;
	}
	// ("said in French", "told reporters in Filipino": a language)
	if (before?.lower === 'in' && LANGUAGES.has(token.lower)) return true;
	if (before && (PLACE_PREPOSITIONS.has(before.lower) || NEARBY.has(before.lower))) {
		const place = registry.named('place', token.base);
		registry.mention(place, span, token.base, 'name');
		return true;
	}
	return false;
}

/**
 * Names inside a role phrase are actors too: "U.S." in "U.S. President" is the United States,
 * "Nordhjaelp" in "Nordhjaelp country coordinator" an organisation, "Mensah's" a person.
 */
function registerRoleEntities(candidate: Candidate, registry: Registry): void {
	if (candidate.roleFirst === undefined || candidate.roleFirst >= candidate.first) return;
	const { tokens, block } = candidate;
	let k = candidate.roleFirst;
	while (k < candidate.first) {
		const token = tokens[k];
		// (an acronym too: "NATO Secretary General", "IMF chief")
		const acronym = token !== undefined && isAcronym(token.base);
		if (!token || !(acronym || isNameToken(token)) || ROLE_NOUNS.has(token.lower) || PORTFOLIO_WORDS.has(token.lower) || HONORIFICS.has(token.text) || dottedTitle(tokens, k) || /^(?:Deputy|Vice|Acting|Former|Chief|Prime|Foreign|Senior)$/.test(token.text)) {
			k += 1;
			continue;
		}
		let end = k + 1;
		while (end < candidate.first && isNameToken(tokens[end]) && !tokens[end - 1]?.possessive && !ROLE_NOUNS.has(tokens[end]?.lower ?? '') && !dottedTitle(tokens, end)) end += 1;
		const run = tokens.slice(k, end);
		const lastToken = run.at(-1);
		if (lastToken) {
			const text = stripPossessive(textOf(block, run), lastToken);
			const spanEnd = lastToken.possessive ? lastToken.start + lastToken.base.length : lastToken.end;
			const span = { block, start: run[0]?.start ?? 0, end: spanEnd };
			const place = lookupPlace(text);
			if (place) addPlace(registry, place, span, text, undefined);
			else if (lastToken.possessive) {
				const person = registry.findPerson(run.map((t) => t.base));
				if (person) registry.mention(person, span, text, 'name');
			} else {
				// an unknown name is an organisation only when a lower-case role follows ("Nordhjaelp country coordinator"), or
				// when it is an acronym or ends with an organisation's head ("NATO Secretary General", "European Council President")
				const known = registry.findByForm(text);
				const next = tokens[end];
				const startsSentence = block.sentences.some((s) => s.start === run[0]?.start);
				const organisation = isAcronym(text) || (run.length > 1 && ORGANISATION_HEADS.has(lastToken.lower));
				// ("Kelby North MP Ana Ruiz": a name before a member's title is the seat, a place)
				// (of two words or more: "Labour MP Ana Ruiz", "Tory MP" name a party)
				const seat = next !== undefined && TITLE_ACRONYMS.has(next.text) && !organisation && placeLikeName(run, text, registry);
				if (known) registry.mention(known, span, text, 'name');
				else if (seat) registry.mention(registry.named('place', text), span, text, 'name');
				else if (next && (!next.capitalised || organisation) && !FUNCTION_WORDS.has(text.toLowerCase()) && !(startsSentence && run.length === 1 && !organisation)) {
					registry.mention(registry.create('organization', text, []), span, text, 'name');
				}
			}
		}
		k = end;
	}
}

function stripPossessive(text: string, last: Token): string {
	return last.possessive ? text.slice(0, text.length - (last.text.length - last.base.length)) : text;
}

function parentheticalAcronym(tokens: Token[], at: number): Token | undefined {
	const open = tokens[at];
	const acronym = tokens[at + 1];
	const close = tokens[at + 2];
	return open?.text === '(' && close?.text === ')' && acronym && isAcronym(acronym.base) ? acronym : undefined;
}

function addPlace(registry: Registry, place: PlaceMatch, span: Span, text: string, after: Token | undefined): void {
	if (place.kind === 'demonym') {
		// ("said in French", "added in English": a language, no reference to a country)
		if (/\b(?:in|into|from)\s+$/i.test(span.block.text.slice(Math.max(0, span.start - 6), span.start)) && (!after || !after.capitalised)) return;
		// "Kenyan officials": a reference to the country, not a name of it
		if (place.country) registry.mention(registry.country(place.country, place.name), span, text, 'modifier');
		return;
	}
	if (place.kind === 'city' && after && CUE_VERBS.has(after.lower)) {
		const person = registry.findPerson([text]) ?? registry.create('person', text, [text]);
		registry.mention(person, span, text, 'name');
		return;
	}
	if (place.country && place.kind !== 'city' && place.kind !== 'state' && place.kind !== 'region') {
		const country = registry.country(place.country, place.name);
		registry.mention(country, span, text, 'name');
		return;
	}
	const own = registry.named('place', place.name);
	registry.mention(own, span, text, 'name');
}

/**
 * "a senior Halvadian official", "the Dalvarran health ministry": a people's adjective formed from the name of a place
 * the story names (one the gazetteer does not know) refers to it, as "Kenyan" refers to Kenya.
 */
function findInventedDemonyms(block: TextBlock, registry: Registry): void {
	// (places the gazetteer does not know: "European" is no people's adjective of Europe here)
	const places = registry.actors.filter((actor) => actor.kind === 'place' && !actor.name.includes(' ') && !lookupPlace(actor.name));
	if (places.length === 0) return;
	const taken = registry.inBlock(block.index);
	for (const token of block.tokens) {
		if (token.kind !== 'word' || !token.capitalised || token.possessive || taken.some((m) => m.start < token.end && token.start < m.end)) continue;
		// (only before the state's people and bodies: "a Halvadian fisherman" speaks for himself, not for Halvadia)
		const after = block.text.slice(token.end, token.end + 40);
		if (!STATE_WORDS.test(after)) continue;
		const stems = demonymStems(token.base);
		const place = stems.length > 0 ? places.find((actor) => stems.includes(actor.name)) : undefined;
		if (place) registry.mention(place, { block, start: token.start, end: token.end }, token.base, 'modifier');
	}
}

/** The state's people and bodies, up to two words after a people's adjective: "official", "health ministry", "security source". */
const STATE_WORDS = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:officials?|diplomats?|sources?|negotiators?|officers?|envoys?|delegates?|delegation|spokes(?:man|woman|person)|government|authorities|military|army|navy|troops|forces|police|ministry|ministers?|president|presidency|ambassador|embassy|state|media|television|agency|side|leaders?|parliament|court|prosecutors?|cabinet)\b/iu;

/** A state's body after its country's possessive or demonym, with up to two words of its portfolio: "foreign ministry", "Defence Ministry", "army". */
const STATE_BODY = /^((?:[\p{L}-]+\s+){0,2}?)(?:ministry|department|presidency|army|navy|military|(?:armed|defen[cs]e)\s+forces|air\s+force|coast\s*guard|border\s+guard|foreign\s+office)(?![\p{L}-])/iu;

/**
 * "Tandora’s foreign ministry said", "the Malombean army", "Volmarra's Defence Ministry": a country's body is an
 * organisation of its own, named with the country as written; the country keeps its own mention.
 */
function findStateBodies(block: TextBlock, registry: Registry): void {
	for (const mention of registry.inBlock(block.index)) {
		if (mention.actor.kind !== 'place') continue;
		const after = block.text.slice(mention.end, mention.end + 60);
		// (and a place's name after "the", as a modifier: "The Avondene education department said")
		const modifying = mention.form === 'modifier' || (mention.form === 'name' && /\bthe\s+$/i.test(block.text.slice(Math.max(0, mention.start - 4), mention.start)));
		const lead = modifying ? /^\s+/.exec(after) : mention.form === 'name' ? /^['’]s\s+/.exec(after) : null;
		const body = lead ? STATE_BODY.exec(after.slice(lead[0].length)) : null;
		if (!lead || !body) continue;
		// (a country's department after its possessive is as often a region: "Colombia’s southern department of Nariño"; and "the
		// Varenne department" is one, unless a portfolio comes before the word: "the Avondene education department")
		if (/department$/i.test(body[0]) && (!modifying || (body[1] ?? '').trim() === '' || /\bin\s+the\s+$/i.test(block.text.slice(Math.max(0, mention.start - 8), mention.start)))) continue;
		// the words before the head are a portfolio's ("foreign", "Defence"), not a clause's ("Tandora’s own army", "Norway's said the army")
		if ((body[1] ?? '').split(/\s+/).some((word) => FUNCTION_WORDS.has(word.toLowerCase()) || CUE_VERBS.has(word.toLowerCase()))) continue;
		// (the body itself, not a noun it qualifies: "Norway's top military officer", "Kenyan military bloggers")
		const next = /^\s+([\p{L}’'-]+)/u.exec(block.text.slice(mention.end + lead[0].length + body[0].length))?.[1] ?? '';
		if (/^\p{Ll}/u.test(next) && !FUNCTION_WORDS.has(next) && !CUE_VERBS.has(next) && !/ed$/.test(next)) continue;
		if (/^(?:top|former|own|senior|chief)$/i.test((body[1] ?? '').trim().split(/\s+/)[0] ?? '')) continue;
		const start = mention.end + lead[0].length;
		const span = { block, start, end: start + body[0].length };
		const name = block.text.slice(mention.start, span.end);
		registry.claim(span, name, 'organization');
	}
}

/**
 * "the ministry", "the board": the last named organisation with that head noun; so is the noun in
 * "a company spokeswoman" or "ministry spokesman" (the organisation the spokesperson speaks for).
 */
function findAnaphors(block: TextBlock, registry: Registry): void {
	const { tokens } = block;
	for (let i = 0; i + 1 < tokens.length; i += 1) {
		const noun = tokens[i];
		const role = tokens[i + 1];
		if (noun && role && !noun.capitalised && ORGANISATION_HEADS.has(noun.lower) && ROLE_NOUNS.has(role.lower) && !role.capitalised) {
			const target = registry.lastOrganisationWith(noun.lower, block.index, noun.start);
			if (target) registry.mention(target, { block, start: noun.start, end: noun.end }, noun.base, 'anaphor');
		}
	}
	for (let i = 0; i + 1 < tokens.length; i += 1) {
		const the = tokens[i];
		const noun = tokens[i + 1];
		if (!the || !noun || the.lower !== 'the' || noun.capitalised || !ORGANISATION_HEADS.has(noun.lower)) continue;
		const next = tokens[i + 2];
		if (next && next.kind === 'word' && !next.capitalised && ORGANISATION_HEADS.has(next.lower)) continue;
		const target = registry.lastOrganisationWith(noun.lower, block.index, the.start);
		if (target) registry.mention(target, { block, start: the.start, end: noun.possessive ? noun.start + noun.base.length : noun.end }, `the ${noun.base}`, 'anaphor');
	}
}

/** A person's gender as the story has told it, else as their given name suggests. */
function personGender(actor: ActorDraft): 'feminine' | 'masculine' | undefined {
	return actor.gender ?? genderOfGivenName(actor.nameTokens[0] ?? '');
}

/** The gender a title or role word tells. */
function genderOfWord(word: string): 'feminine' | 'masculine' | undefined {
	return FEMININE_WORDS.has(word) ? 'feminine' : MASCULINE_WORDS.has(word) ? 'masculine' : undefined;
}

/** A role word in apposition before a name, in a phrase that opens its sentence or follows a comma, with an honorific after its comma ("The company’s chairman, Kwame Asante,"). */
const APPOSITION_ROLE = new RegExp(String.raw`(?:^|[.!?;:]\s+|,\s+)(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?)\s+(?:\p{Lu}[\p{L}-]*(?:['’]s?)?\s+){0,3}(?:\p{Ll}[\p{L}-]*(?:['’]s?)?\s+)?([\p{L}-]+),\s*(?:(?:${APPOSITION_HONORIFICS})\.?\s+)?$`, 'u');

/** A title with the body or place it serves before a name in apposition: "the Chief of Asenkwa, Nana Boakye Ofosuhene II,", "The
 * Commissioner for Lands and Housing, Dr. Ama Boateng,". */
const APPOSITION_ROLE_OF = new RegExp(String.raw`(?:^|[.!?;:]\s+|,\s+)[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?){0,4}\p{Lu}[\p{L}'’-]*,\s*(?:(?:${APPOSITION_HONORIFICS})\.?\s+)?$`, 'u');

/** Learns a person's gender from gendered titles and from "X said he…", and the roles written in apposition before a name. */
function learnGender(doc: TextDocument, registry: Registry): void {
	for (const actor of registry.actors) {
		if (actor.kind !== 'person') continue;
		const words = [...actor.roles, ...actor.titled].join(' ').toLowerCase().split(/[\s.]+/);
		const genders = words.map(genderOfWord);
		if (genders.includes('feminine')) actor.gender = 'feminine';
		else if (genders.includes('masculine')) actor.gender = 'masculine';
	}
	// "His wife, Hyun-joo Bautista,", "her son, Erik Aasgaard,", "Erik Aasgaard, her son,": a gendered word in apposition
	for (const mention of registry.mentions) {
		if (mention.actor.kind !== 'person' || mention.form !== 'name') continue;
		const block = doc.blocks[mention.block];
		if (!block) continue;
		const before = /\b(?:his|her|their|the|[\p{L}-]+['’]s?)\s+(?:[\p{L}-]+\s+)?([\p{L}]+),\s*$/iu.exec(block.text.slice(Math.max(0, mention.start - 40), mention.start));
		// (not a list: "Ana Lisk, her husband, and their two children")
		const after = /^,\s+(?:his|her|their|the)\s+(?:[\p{L}-]+\s+)?([\p{L}]+)(?:\.|,(?!\s*and\b))/iu.exec(block.text.slice(mention.end, mention.end + 40));
		const word = (before?.[1] ?? after?.[1] ?? '').toLowerCase();
		const gendered = genderOfWord(word);
		if (!gendered) continue;
		mention.actor.gender ??= gendered;
		// (and the relation, for "her son said" after it)
		if (ROLE_NOUNS.has(word)) registry.addRole(mention.actor, word);
	}
	// "The company’s chairman, Kwame Asante,": a role in apposition, whatever gender it tells
	for (const mention of registry.mentions) {
		if (mention.actor.kind !== 'person' || mention.form !== 'name') continue;
		const block = doc.blocks[mention.block];
		// (a title in capitals and an honorific too: "The Nabiri Regional Minister, Hon. Ibrahim Tanko-Dery,")
		// (only a phrase that opens its sentence or follows a comma: not "After meeting the minister, Mr. Kofi Mensah said", nor "The mother
		// of the victim, Ama Boateng,")
		// (and a title with the body or place it serves: "the Chief of Asenkwa, Nana Boakye Ofosuhene II,")
		const before = block?.text.slice(Math.max(0, mention.start - 90), mention.start) ?? '';
		const words = [APPOSITION_ROLE.exec(before.slice(-60)), APPOSITION_ROLE_OF.exec(before)].map((m) => m?.[1]?.toLowerCase() ?? '');
		// (not the last word of a longer title: "The Inspector General of Police," is no general, "The Chief of Staff," no chief)
		const ofStaff = /\bChief\s+of\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+)?Staff\b/u.test(before);
		const word = words.find((w) => ROLE_NOUNS.has(w) && w !== 'general' && !(w === 'chief' && ofStaff));
		if (word && !mention.actor.roles.includes(word)) registry.addRole(mention.actor, word);
	}
	for (const block of doc.blocks) {
		const mentions = registry.inBlock(block.index);
		for (const sentence of block.sentences) {
			const people = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.actor.kind === 'person' && m.form === 'name');
			const subject = people[0];
			if (!subject || subject.actor.gender || people.some((m) => m.actor !== subject.actor)) continue;
			// a subject or reflexive pronoun ("said he would", "described herself as"); "her" and "his" as often name someone else's ("said her catalogue")
			const pronoun = block.tokens.find((t) => t.start >= subject.end && t.end <= sentence.end && /^(?:he|she|himself|herself)$/.test(t.lower));
			// (not after someone else brought in between: "X said … the mayor had never challenged it while she held his job")
			const between = pronoun
				? mentions.some((m) => m.actor !== subject.actor && m.start >= subject.end && m.end <= pronoun.start && (m.actor.kind === 'person' || m.form === 'anaphor')) ||
					block.tokens.some((t, k) => t.start > subject.end && t.end <= pronoun.start && ROLE_NOUNS.has(t.lower) && /^(?:the|a|an)$/.test(block.tokens[k - 1]?.lower ?? '') && !/^,\s+(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}$/u.test(block.text.slice(subject.end, t.start)))
				: false;
			if (between) continue;
			// ("Her lawyer, X, said she had copied the files": the pronoun is the one the role belongs to; so too after the name, "Ines
			// Okafor-Lund, his chief of staff from 1989 to 1997, said he had read every line")
			if (/\b(?:his|her|their)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+,\s*$/iu.test(block.text.slice(sentence.start, subject.start))) continue;
			if (/^,\s+(?:his|her)\s[^,]*,/iu.test(block.text.slice(subject.end, pronoun?.start ?? subject.end))) continue;
			// not across a quotation's end: in "“Élodie is taking a risk,” he said" the name is the speaker's words, "he" someone else
			// (nor into one: "X said, “and we believe he acted alone.”")
			if (!pronoun || /[”"“]/.test(block.text.slice(subject.end, pronoun.start))) continue;
			// (nor from an attribution set in the middle of the words it reports: "If the appeal succeeds, Aubertin-Vey said, he intends …")
			if (/,\s*$/.test(block.text.slice(sentence.start, subject.start)) && /^\s+(?:said|says|added|argued|insisted),\s*$/.test(block.text.slice(subject.end, pronoun.start))) continue;
			const gender = PRONOUNS.masculine.has(pronoun.lower) ? 'masculine' : 'feminine';
			// (nor against the name lists when a person of the pronoun's gender was named before: in "Prime Minister Anna Lind … Opposition
			// leader Tom Brask said she had lost the country's trust", "she" is Lind)
			const byName = genderOfGivenName(subject.actor.name.split(/\s+/)[0] ?? '');
			const earlier = (actor: ActorDraft) => actor !== subject.actor && actor.kind === 'person' && (actor.gender ?? genderOfGivenName(actor.name.split(/\s+/)[0] ?? '')) === gender;
			// (anywhere before: in an obituary, "Chief Justice Rafael Omondi-Berg said on Tuesday that she had …" is the woman it is about)
			if (byName && byName !== gender && registry.mentions.some((m) => (m.block < block.index || m.end <= subject.start) && earlier(m.actor))) continue;
			subject.actor.gender = gender;
		}
	}
	// last, the given name of a full name, where the name lists know it: "Olivia Marangoni" is a woman, "Lucien Abernathy-Sow" a man
	for (const actor of registry.actors) {
		const words = actor.name.split(/\s+/);
		if (actor.kind === 'person' && !actor.gender && words.length >= 2) actor.nameGender = genderOfGivenName(words[0] ?? '');
	}
}

interface Span {
	block: TextBlock;
	start: number;
	end: number;
}

/** Actors and mentions as they are found, with the look-ups that join short forms to full names. */
class Registry {
	readonly actors: ActorDraft[] = [];
	readonly mentions: ActorMention[] = [];
	private readonly countries = new Map<string, ActorDraft>();
	/** Spans already taken by a mention, per block. */
	private readonly spans = new Map<number, Array<{ start: number; end: number }>>();
	private byBlock: Map<number, ActorMention[]> | undefined;

	/** The place or organisation of that name, made on first mention. */
	named(kind: 'place' | 'organization', name: string): ActorDraft {
		return this.find(kind, name) ?? this.create(kind, name, []);
	}

	create(kind: ActorKind, form: string, nameTokens: string[]): ActorDraft {
		const actor: ActorDraft = { kind, forms: [form], roles: [], titled: [], nameTokens, name: form };
		this.actors.push(actor);
		return actor;
	}

	country(code: string, commonName: string): ActorDraft {
		let actor = this.countries.get(code);
		if (!actor) {
			actor = this.create('place', commonName, []);
			actor.forms = [];
			actor.country = code;
			actor.placeName = commonName;
			this.countries.set(code, actor);
		}
		return actor;
	}

	find(kind: ActorKind, form: string): ActorDraft | undefined {
		return this.actors.find((actor) => actor.kind === kind && actor.forms.includes(form));
	}

	findByForm(form: string): ActorDraft | undefined {
		return this.actors.find((actor) => actor.forms.includes(form));
	}

	/**
	 * A business whose name is `form` and business words: "Oriko" for "Oriko Technologies", "Ostrander" for
	 * "Ostrander Appliance Co."; a form of two words or more only before an industry's word ("Sable Crest" for "Sable Crest
	 * Minerals"), as "Grace Mugabe Holdings" is named after a person, who may speak as "Grace Mugabe".
	 */
	findBusiness(form: string, where = false): ActorDraft | undefined {
		const words = form.split(/\s+/).length;
		// ("Almendara said" after "CD Almendara", "Castlebrook" after "Castlebrook FC": a club's name without its club word)
		const club = where ? undefined : this.actors.find((actor) => {
			if (actor.kind !== 'organization') return false;
			const rest = actor.name.startsWith(`${form} `) ? actor.name.slice(form.length + 1) : actor.name.endsWith(` ${form}`) ? actor.name.slice(0, -form.length - 1) : '';
			return rest !== '' && CLUB_WORDS.has(rest.toLowerCase());
		});
		if (club) return club;
		return this.actors.find((actor) => {
			if (actor.kind !== 'organization' || !actor.name.startsWith(`${form} `)) return false;
			const rest = actor.name.slice(form.length + 1).split(/\s+/);
			// (the business's word ends its name: "Sundarmati" is no short form of "Sundarmati Construction Workers' Federation")
			const last = (rest.at(-1) ?? '').toLowerCase();
			const marks = words > 1 ? INDUSTRY_WORDS.has(last) : isBusinessWord(last);
			return marks && rest.every((w) => /^\p{Lu}/u.test(w));
		});
	}

	/** A person whose name contains `words` as its surname, first name or whole. */
	findPerson(words: string[], gender?: 'feminine' | 'masculine'): ActorDraft | undefined {
		const joined = words.join(' ');
		const particleLowered = PARTICLES.has(words[0]?.toLowerCase() ?? '') ? joined.charAt(0).toLowerCase() + joined.slice(1) : joined;
		// a surname two people share ("Tavita Fonoti" and his sister "Losana Fonoti") is, alone, the one the story named first
		// (or the first of the gender an honorific tells: "Ms Orrantia" after "Mitchell Orrantia" and "Carmel Orrantia")
		const sharing = words.length === 1 ? this.actors.filter((actor) => actor.kind === 'person' && actor.nameTokens.length > 1 && actor.nameTokens.at(-1) === joined) : [];
		// (and, with none known to be of it, the first not known to be of the other)
		if (sharing.length > 1) return (gender && (sharing.find((actor) => personGender(actor) === gender) ?? sharing.find((actor) => personGender(actor) === undefined))) || sharing[0];
		for (let k = this.actors.length - 1; k >= 0; k -= 1) {
			const actor = this.actors[k];
			if (!actor || actor.kind !== 'person') continue;
			const name = actor.nameTokens.join(' ');
			if (name === joined) return actor;
			if (words.length === 1 && (actor.nameTokens.at(-1) === joined || (actor.nameTokens.length > 1 && actor.nameTokens[0] === joined))) return actor;
			// ("Condori" after "Mariela Condori Huamán", "Olvera" after "María Fernanda Olvera de los Santos": the first surname of
			// a Spanish or Portuguese name)
			if (words.length === 1 && actor.nameTokens.length >= 3 && /^\p{Lu}/u.test(joined) && actor.nameTokens.slice(1, -1).includes(joined) && actor.nameTokens[0] !== 'The' && !lookupPlace(joined)) return actor;
			if (words.length > 1 && actor.nameTokens.length === 1 && words.at(-1) === actor.nameTokens[0]) {
				actor.nameTokens = words;
				return actor;
			}
			// ("Van der Berg", opening a sentence, after "Pieter van der Berg")
			if (words.length > 1 && actor.nameTokens.length > words.length && (name.endsWith(` ${joined}`) || name.endsWith(` ${particleLowered}`))) return actor;
			// ("Mohd Rizal" after "Mohd Rizal Hamdan", "Juan Pablo" after "Juan Pablo de la Vega": the given names alone)
			if (words.length > 1 && actor.nameTokens.length > words.length && name.startsWith(`${joined} `)) return actor;
			if (words.length > actor.nameTokens.length && actor.nameTokens.length > 1 && joined.endsWith(` ${name}`)) {
				actor.nameTokens = words;
				return actor;
			}
		}
		return undefined;
	}

	lastOrganisationWith(head: string, block: number, before: number): ActorDraft | undefined {
		for (let k = this.mentions.length - 1; k >= 0; k -= 1) {
			const mention = this.mentions[k];
			if (!mention || mention.block > block || (mention.block === block && mention.start >= before)) continue;
			if (mention.actor.kind === 'organization' && mention.actor.forms.some((form) => form.toLowerCase().split(/\s+/).includes(head))) return mention.actor;
		}
		return undefined;
	}

	mention(actor: ActorDraft, span: Span, text: string, form: ActorMention['form']): void {
		const taken = this.spans.get(span.block.index) ?? [];
		if (taken.some((m) => m.start < span.end && span.start < m.end)) return;
		taken.push({ start: span.start, end: span.end });
		this.spans.set(span.block.index, taken);
		this.mentions.push({ actor, block: span.block.index, start: span.start, end: span.end, text, form });
		if (form === 'name' && !actor.forms.includes(text)) actor.forms.push(text);
		this.byBlock = undefined;
	}

	/**
	 * Takes `span` for the organisation named `name`: an organisation already mentioned there ("Defence Ministry" in
	 * "Volmarra's Defence Ministry") becomes it, with `name` as its fullest form; any other mention there gives way.
	 */
	claim(span: Span, name: string, kind: 'organization'): void {
		const inside = this.mentions.filter((m) => m.block === span.block.index && m.start < span.end && span.start < m.end);
		const actor = inside.find((m) => m.actor.kind === kind && m.form === 'name')?.actor ?? this.named(kind, name);
		for (const m of inside) this.mentions.splice(this.mentions.indexOf(m), 1);
		const taken = (this.spans.get(span.block.index) ?? []).filter((t) => !(t.start < span.end && span.start < t.end));
		this.spans.set(span.block.index, taken);
		this.mention(actor, span, name, 'name');
	}

	addRole(actor: ActorDraft, role: string): void {
		if (!actor.roles.includes(role)) actor.roles.push(role);
	}

	inBlock(block: number): ActorMention[] {
		if (!this.byBlock) {
			this.byBlock = new Map();
			for (const mention of [...this.mentions].sort((a, b) => a.block - b.block || a.start - b.start)) {
				const list = this.byBlock.get(mention.block) ?? [];
				list.push(mention);
				this.byBlock.set(mention.block, list);
			}
		}
		return this.byBlock.get(block) ?? [];
	}

	/** Drops actors without a named mention and settles canonical names. */
	finish(): void {
		const named = new Set(this.mentions.filter((m) => m.form === 'name').map((m) => m.actor));
		const keep = this.actors.filter((actor) => named.has(actor));
		const dropped = new Set(this.actors.filter((actor) => !named.has(actor)));
		this.actors.splice(0, this.actors.length, ...keep);
		for (let k = this.mentions.length - 1; k >= 0; k -= 1) {
			const mention = this.mentions[k];
			if (mention && dropped.has(mention.actor) && mention.form !== 'modifier') this.mentions.splice(k, 1);
		}
		for (const actor of this.actors) actor.name = canonicalName(actor);
		this.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
		this.byBlock = undefined;
	}

	index(): ActorIndex {
		const mentions = this.mentions;
		return {
			actors: this.actors,
			mentions,
			inBlock: (block) => this.inBlock(block),
		};
	}
}

/** The canonical name: a country's common name (or the fullest of its own names used), else the fullest form. */
function canonicalName(actor: ActorDraft): string {
	if (actor.kind === 'place' && actor.placeName) {
		if (actor.forms.includes(actor.placeName)) return actor.placeName;
		const own = actor.forms.filter((form) => isCountryName(form));
		return own.sort((a, b) => b.length - a.length)[0] ?? actor.placeName;
	}
	if (actor.kind === 'person') return actor.nameTokens.length > 0 ? fullestForm(actor) : (actor.forms[0] ?? actor.name);
	const full = actor.forms.filter((form) => !isAcronym(form));
	return full.sort((a, b) => b.length - a.length)[0] ?? actor.forms[0] ?? actor.name;
}

function fullestForm(actor: ActorDraft): string {
	const target = actor.nameTokens.join(' ');
	return actor.forms.find((form) => form === target) ?? [...actor.forms].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length)[0] ?? target;
}
