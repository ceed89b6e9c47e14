/**
 * The tense around a position in a sentence, used to choose the direction of a bare weekday or
 * month: "met on Saturday" (past), "will wait for him on Thursday" (future), "wants to meet on
 * Thursday" (future), "would come … if they agreed … from Monday" (the condition follows its main clause).
 */
import { FUNCTION_WORDS, IRREGULAR_PAST } from './lexicon.ts';
import type { Token } from './text/tokens.ts';

/** The tense a temporal expression is read in. */
export type Tense = 'past' | 'future' | 'present';

const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'would', 'wo', "won't", 'won’t', "can't", 'can’t', 'cannot', "mustn't", 'mustn’t', "shan't", 'shan’t', 'could', 'might', 'may', 'must', 'should', 'can', 'going', 'due', 'scheduled', 'expected', 'plans', 'planned', 'plan', 'intends', 'aims', 'expects', 'expect', 'starting', 'beginning', 'upcoming', 'next', 'payable', 'forecasts', 'predicts', 'projects', 'anticipates', 'envisages']);
/** Forecasting verbs in the present, future markers only after a subject ("the projects in July" are a noun). */
const FORECASTS = new Set(['forecasts', 'predicts', 'projects', 'anticipates', 'envisages']);
const PRESENT_WORDS = new Set(['is', 'are', 'am', "isn't", 'isn’t', "aren't", 'aren’t']);
/** Particles of phrasal verbs, which a verb and no noun comes before: "walked out", "broke down". */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'away', 'back', 'over', 'in']);
/** Pasts that put something off to a date still ahead: "postponed until June", "delayed to next year", "remanded in custody to November 26". */
const POSTPONING = new Set(['postponed', 'deferred', 'adjourned', 'remanded']);
/** Verbs of a timetable in the present: "Voting starts at 7am on Thursday", "Trading resumes on Monday". */
const TIMETABLE_PRESENTS = new Set(['starts', 'begins', 'opens', 'closes', 'resumes', 'ends', 'leaves', 'arrives', 'departs', 'kicks', 'reopens', 'finishes', 'expires']);
const SUBORDINATORS = new Set(['if', 'unless', 'once']);
const NOT_PAST = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'united', 'limited', 'interested', 'wed', 'ahead', 'instead', 'embed', 'breed', 'proceed', 'exceed', 'succeed', 'bleed', 'naked', 'sacred', 'wicked', 'aged', 'kindred']);

/** Words that open a clause of their own, past which an infinitive's purpose is not looked for. */
const CLAUSE_OPENERS_BEFORE_TO = new Set(['that', 'who', 'which', 'he', 'she', 'they', 'we', 'i', 'it']);

/** Nouns of a plan, whose infinitive lies ahead whatever the tense: "an invitation to visit", "its decision to close". */
const PLAN_NOUNS_BEFORE_TO = new Set(['invitation', 'plan', 'plans', 'decision', 'offer', 'proposal', 'proposals', 'bid', 'promise', 'pledge', 'commitment', 'intention', 'deal', 'agreement', 'permission', 'approval']);

/** Words right before "to" that make its infinitive a plan whatever the tense: "was ready to open talks". */
const READY_BEFORE_TO = new Set(['ready', 'willing', 'prepared', 'set', 'due', 'likely', 'eager', 'keen', 'poised', 'expected', 'scheduled', 'going', 'about', 'determined', 'unwilling', 'reluctant', 'refusing', 'trying', 'planning', 'hoping', 'seeking', 'looking']);

/** Pasts whose infinitive is a plan still ahead: "agreed to meet on Thursday", "invited them to talks in May". */
const PLANNING_PASTS = new Set(['agreed', 'decided', 'promised', 'vowed', 'pledged', 'planned', 'threatened', 'offered', 'proposed', 'voted', 'hoped', 'wanted', 'expected', 'intended', 'aimed', 'sought', 'asked', 'urged', 'called', 'invited', 'told', 'ordered', 'scheduled', 'set', 'due', 'prepared', 'pressed', 'needed', 'chose', 'opted', 'applied', 'moved', 'appeared', 'seemed']);

/** Pasts of ordering someone to act, which in the passive date the order: "were ordered to leave late Tuesday" ("were told to
 * stay indoors on Saturday" and "were asked to arrive early on Sunday" are advice for a day still ahead). */
const DIRECTIVES = new Set(['ordered', 'instructed', 'directed']);

/** Words before "to" (next to it, or before its object) whose infinitive tells what was or was not done, not what is planned. */
const ACHIEVED_BEFORE_TO = new Set(['unable', 'able', 'failed', 'tried', 'managed', 'forced', 'allowed', 'refused', 'used', 'compelled', 'obliged', 'prompted', 'caused', 'led']);

/** Verbs after which a bare verb follows its object: "help the bank cut", "let the airline cut", "see the central bank cut". */
const CAUSATIVES = new Set(['help', 'helps', 'helped', 'helping', 'let', 'lets', 'letting', 'make', 'makes', 'making', 'see', 'sees', 'seeing', 'watch', 'watches', 'watching', 'have', 'has', 'want', 'wants', 'wanted']);

/** Verbs whose past is spelt as their bare form, read as pasts between a singular subject and a determiner ("the bank cut its rate"). */
const SAME_FORM_VERBS = new Set(['cut', 'hit', 'shut', 'put', 'set', 'quit', 'cost', 'hurt', 'split', 'spread', 'struck', 'bid']);

/** Verbs whose past is spelt as their present and as a noun ("forecast"), read as pasts only after a subject. */
const SAME_IN_THE_PAST = new Set(['forecast', 'broadcast']);

const BARE_AFTER = new Set(['will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'to', 'do', 'does', 'did', "won't", 'won’t', "wouldn't", 'wouldn’t', "can't", 'can’t', 'cannot']);

/** Counts that may stand before a noun: "two damaged turbines". */
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'so']);

/** Ordinals and their like, which before a noun and "to" tell who did something ("the first to", "the only country to"). */
const ORDINALS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|only|\d+(?:st|nd|rd|th))$/;

/** Prepositions after which a past form can only be an adjective before its noun ("of detained protesters"). */
const ADJECTIVE_PREPOSITIONS = new Set(['to', 'of', 'for', 'with', 'from', 'among', 'about', 'into', 'against', 'without']);

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'they', 'we']);

/**
 * Whether two words open a clause in the present: a plural noun and a bare verb ("losses run",
 * "people ride", "they face"), not a noun phrase ("sales figures", "workers in the port", "costs alone").
 */
export function isPluralSubjectAndVerb(noun: Token, verb: Token | undefined): boolean {
	if (!verb || noun.capitalised || verb.capitalised || noun.kind !== 'word' || verb.kind !== 'word') return false;
	const plural = IRREGULAR_PLURALS.has(noun.lower) || (/[a-z]{2}s$/.test(noun.lower) && !/(?:ss|us|is)$/.test(noun.lower) && !FUNCTION_WORDS.has(noun.lower));
	if (!plural) return false;
	return /^[a-z]+$/.test(verb.lower) && !FUNCTION_WORDS.has(verb.lower) && !/(?:s|ly|ing|ed|tion|ment|ness|ity|al|ive|ous|ful|less|ic)$/.test(verb.lower);
}

/** True for a past-tense verb form ("met", "pressured", "launched"), not an adjective ("the so-called plan"). */
export function isPastVerb(token: Token, previous?: Token, next?: Token, beforePrevious?: Token): boolean {
	if (token.kind !== 'word' || token.capitalised || token.lower.includes('-')) return false;
	// (but "the storm that hit on Feb. 28": "that" as a relative pronoun before an irregular past)
	// (and a regular one before a preposition or a stop: "a new distribution centre that opened in October")
	const relative = previous?.lower === 'that' && (IRREGULAR_PAST.has(token.lower) || (next !== undefined && (next.kind !== 'word' || (FUNCTION_WORDS.has(next.lower) && !DETERMINERS.has(next.lower)))));
	if (previous && DETERMINERS.has(previous.lower) && !relative) return false;
	// a form right after a preposition describes the noun after it: "to registered drivers", "with updated figures"
	if (previous && ADJECTIVE_PREPOSITIONS.has(previous.lower)) return false;
	// "would cost", "will cut", "to set": a bare verb after a modal or "to", whatever its spelling
	if (previous && BARE_AFTER.has(previous.lower)) return false;
	// ("the two damaged turbines", "of 12 injured workers": a form between a count and its noun describes the noun, when the count is
	// no subject, after a determiner, a preposition or a particle; "Three suffered burns", "two died in" are verbs)
	// ("5,000 walked out on Monday": a verb's particle after it keeps it a verb)
	const countBefore = beforePrevious !== undefined && beforePrevious.kind === 'word' && !beforePrevious.capitalised && !/^(?:and|but|or|while|as|when|after|before|because|since|where|if|then|that|who|which)$/.test(beforePrevious.lower);
	if (previous && countBefore && (previous.kind === 'number' || COUNT_WORDS.test(previous.lower)) && next?.kind === 'word' && !next.capitalised && !FUNCTION_WORDS.has(next.lower) && !/^(?:out|up|off|away|back|down|over|home|together|ahead)$/.test(next.lower)) return false;
	if (IRREGULAR_PAST.has(token.lower)) return true;
	// "it forecast in July": a past only after its subject ("the weather forecast for the weekend" is a noun)
	if (SAME_IN_THE_PAST.has(token.lower)) return previous !== undefined && (/^(?:it|he|she|they|we|who|which)$/.test(previous.lower) || previous.capitalised);
	return /[a-z]{2,}ed$/.test(token.lower) && !NOT_PAST.has(token.lower);
}

function marker(tokens: Token[], k: number): Tense | 'subordinate' | undefined {
	const token = tokens[k];
	if (!token || token.kind !== 'word') return undefined;
	// (a capitalised word after another is a name's, no verb: "The Brannock Falls City Council on Thursday approved")
	if (token.capitalised && tokens[k - 1]?.kind === 'word' && tokens[k - 1]?.capitalised && !/^(?:I|It|He|She|We|They|You)$/.test(tokens[k - 1]?.text ?? '')) return undefined;
	const lower = token.lower;
	if (token.capitalised && lower === 'may') return undefined;
	// "the council plans to", but "the plan on Friday" (a noun)
	// ("the game plan by mid-October": a bare "plan" with no "to" after it is a noun; "the council plans a referendum" a verb)
	if ((lower === 'plan' || lower === 'plans') && (!hasSubjectBefore(tokens, k) || (lower === 'plan' && tokens[k + 1]?.lower !== 'to'))) return undefined;
	// "the central bank cut its benchmark rate", "the storm hit the coast": a past spelt as the bare verb, after a singular
	// noun and before its object (a present would take an -s: "the bank cuts its rate")
	if (SAME_FORM_VERBS.has(lower) && !token.capitalised && DETERMINERS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]?.lower !== 'so') {
		const subject = tokens[k - 1];
		// (not after a modal, "to" or a causative before the subject: "will help the utility cut its debt", "should the bank cut")
		const governed = tokens.slice(Math.max(0, k - 6), k - 1).some((t) => BARE_AFTER.has(t.lower) || CAUSATIVES.has(t.lower) || t.lower === 'should');
		// (a plural subject too before its own possessive, "lenders cut their fixed rates on Tuesday": a habit would take no day)
		const ownObject = /^(?:their|its)$/.test(tokens[k + 1]?.lower ?? '');
		if (subject && subject.kind === 'word' && !governed && !FUNCTION_WORDS.has(subject.lower) && !BARE_AFTER.has(subject.lower) && (subject.capitalised || !/s$/.test(subject.lower) || ownObject) && (!IRREGULAR_PLURALS.has(subject.lower) || ownObject) && !/(?:ly|ing)$/.test(subject.lower)) return 'past';
	}
	// ("Pupils break up for Easter on 29 March", "Trains run every hour from Monday": a plural noun opening the sentence and its bare
	// verb are a present, as after a lower-case plural; not a past spelt without -ed, "Inspectors found rust", nor a compound noun,
	// "Auto-parts maker Vimalkar")
	const opener = tokens[k - 1];
	if (opener?.kind === 'word' && opener.capitalised && (k - 1 === 0 || tokens[k - 2]?.kind !== 'word') && !token.capitalised && !FUNCTION_WORDS.has(opener.lower) && isPluralSubjectAndVerb({ ...opener, capitalised: false }, token) && !SAME_FORM_VERBS.has(lower) && !isPastVerb(token) && !/(?:er|or|ist|ian)$/.test(lower) && !tokens[k + 1]?.capitalised) return 'present';
	// "must have been killed on Monday" looks back
	if (/^(?:must|should|can)$/.test(lower) && (tokens[k + 1]?.lower === 'not' ? tokens[k + 2]?.lower : tokens[k + 1]?.lower) === 'have') return 'past';
	if (FORECASTS.has(lower) && !hasSubjectBefore(tokens, k)) return undefined;
	// ("The weather office has forecast heavy rain on Thursday and Friday": a forecast made looks ahead)
	if ((lower === 'forecast' || lower === 'predicted') && /^(?:has|have)$/.test(tokens[k - 1]?.lower ?? '')) return 'future';
	// ("which was payable on 3 March, was delayed": payable in the past)
	if (lower === 'payable' && /^(?:was|were|been)$/.test(tokens[k - 1]?.lower ?? '')) return 'past';
	// ("was going 71 mph", "were going to the shop": a past progressive's "going" is no future but before a verb's "to"; "orders going
	// out Monday" is one)
	// (but a plan reported: "she said she was going to Kelby on Friday")
	if (lower === 'going' && /^(?:was|were)$/.test(tokens[k - 1]?.lower ?? '')) {
		const reported = () => tokens.slice(Math.max(0, k - 10), k).some((t) => /^(?:said|says|told|announced|added|explained|insisted|confirmed)$/.test(t.lower));
		if (tokens[k + 1]?.lower !== 'to' || ((DETERMINERS.has(tokens[k + 2]?.lower ?? '') || tokens[k + 2]?.capitalised === true) && !reported())) return undefined;
	}
	// ("introduced scheduled power cuts in mid-July": before its noun, with no determiner, the participle describes it, no plan ahead;
	// "a planned strike on 14 March" still looks ahead)
	const described = tokens[k + 1];
	const describingPlan = (lower === 'scheduled' || lower === 'planned') && !DETERMINERS.has(tokens[k - 1]?.lower ?? '') && described !== undefined && described.kind === 'word' && !described.capitalised && !FUNCTION_WORDS.has(described.lower) && !isPastVerb(described);
	if (describingPlan) return undefined;
	if (FUTURE_WORDS.has(lower) || lower.endsWith("'ll") || lower.endsWith('’ll')) return 'future';
	// ("with frost likely on Saturday night", "likely to rise": a forecast; not a guess at a past deed, "was likely caused by")
	// (and not after a past auxiliary: "was likely dead before …", "had likely been there since Monday")
	if (lower === 'likely' && tokens[k + 1] !== undefined && (tokens[k + 1]?.lower === 'to' || !/^(?:was|were|had|been)$/.test(tokens[k - 1]?.lower ?? '')) && !isPastVerb(tokens[k + 1] as Token) && !/^(?:stolen|held|taken|done|made|seen|known|given|driven|shot|hit|killed|been)$/.test(tokens[k + 1]?.lower ?? '')) return 'future';
	// "was pushed back to late March", "postponed until June": a new date, still ahead
	const following = tokens[k + 1]?.lower ?? '';
	// (an object between: "adjourned the matter to 14 August", "postponed the vote until June")
	// (the object a determiner and nouns, not a date of its own: "was adjourned on Thursday until 3 March")
	// (and "to" before a date, not an infinitive of purpose: "adjourned the case to allow more time"; nor a date the story says has
	// passed: "adjourned the matter to March 14, when Mensah was sentenced")
	const postponedTo = POSTPONING.has(lower) && tokens.slice(k + 1, k + 5).some((t, j, rest) => {
		// ("remanded in custody to November 26", "remanded on bail until …")
		if (!/^(?:to|until|till)$/.test(t.lower) || !rest.slice(0, j).every((w) => w.kind === 'word' && !w.capitalised && !isPastVerb(w) && (DETERMINERS.has(w.lower) || !FUNCTION_WORDS.has(w.lower) || /^(?:in|on)$/.test(w.lower)))) return false;
		const after = tokens.slice(k + 2 + j, k + 14);
		const dated = after[0] !== undefined && (after[0].kind === 'number' || after[0].capitalised || /^(?:next|a|later|the|early|late|mid|mid-\p{L}+|after)$/u.test(after[0].lower));
		const passed = after.some((w, i) => w.lower === 'when' && after.slice(i + 1, i + 5).some((v) => /^(?:was|were|had)$/.test(v.lower)));
		return dated && !passed;
	});
	if (postponedTo || (lower === 'pushed' && following === 'back' && /^(?:was|were|been|be)$/.test(tokens[k - 1]?.lower ?? ''))) return 'future';
	// "we'd be back": "would" before a bare verb ("we'd seen" is "had")
	const next = tokens[k + 1];
	if (/['’]d$/.test(lower) && next && next.kind === 'word' && !isPastVerb(next) && !/^(?:been|not)$/.test(next.lower)) return 'future';
	if (lower === 'to') {
		// "unable to pay", "failed to stop", "forced to close", "forced two ministers to resign": what could or
		// could not be done, or was made to happen, not a plan
		for (let j = k - 1; j >= Math.max(0, k - 4) && tokens[j]?.kind === 'word'; j -= 1) if (ACHIEVED_BEFORE_TO.has(tokens[j]?.lower ?? '')) return undefined;
		// "the third university in the province to announce job losses", "the first woman to win it": who did it, no plan
		// (not a chance or a time: "their last chance to register on 14 April" is still ahead)
		for (let j = k - 1; j >= Math.max(1, k - 6) && tokens[j]?.kind === 'word'; j -= 1) if (ORDINALS.test(tokens[j]?.lower ?? '') && DETERMINERS.has(tokens[j - 1]?.lower ?? '') && !/^(?:chance|chances|opportunity|time|day|date|step|attempt|bid)$/.test(tokens[j + 1]?.lower ?? '')) return undefined;
		// "had used a stolen password … to enter the system", "flew to Oslo to meet him": the purpose of something done
		// is as past as the doing; "agreed to meet", "vowed to return" are plans
		// ("was ready to open talks on Thursday": a readiness is a plan)
		// (and a noun of a plan: "had accepted an invitation to visit Lenhart in the third quarter")
		// (only after a perfect, "had accepted an invitation to visit": "announced plans to scrap the tax on Monday" dates the announcing)
		const perfectBefore = tokens.slice(Math.max(0, k - 5), k - 1).some((t) => /^(?:has|have|had)$/.test(t.lower));
		const readiness = READY_BEFORE_TO.has(tokens[k - 1]?.lower ?? '') || (PLAN_NOUNS_BEFORE_TO.has(tokens[k - 1]?.lower ?? '') && perfectBefore);
		// ("had been due to rule in October": a plan of the past)
		if (readiness && tokens[k - 2]?.lower === 'been' && tokens[k - 3]?.lower === 'had') return 'past';
		// (a number on the way back is part of the object: "had cost him 52,000 naira to fill his bus")
		for (let j = k - 1; !readiness && j >= Math.max(0, k - 9) && tokens[j]?.kind !== 'punct'; j -= 1) {
			const word = tokens[j] as Token;
			if (word.kind === 'number') continue;
			// ("had cost him … to fill": the pluperfect's purpose is as past as its doing)
			if (word.lower === 'had') return undefined;
			// a clause of its own begins before: "Officials said they want to finish …"
			if (CLAUSE_OPENERS_BEFORE_TO.has(word.lower)) break;
			if (!isPastVerb(word, tokens[j - 1])) continue;
			// ("summoned Aroyo to appear before the committee on Tuesday": a summons to appear is a plan; "summoned the ambassador to
			// protest" is not)
			const summons = /^(?:summoned|subpoenaed)$/.test(word.lower) && /^(?:appear|testify|attend|answer|give|explain)$/.test(next?.lower ?? '');
			if (!PLANNING_PASTS.has(word.lower) && !summons) return undefined;
			// ("was moved to intensive care", "were asked to leave", "was told to wait": a passive "moved" is a move, not a motion; so is
			// one with an object, "had moved about 6,000 people from the islands to higher ground on Thursday")
			if (word.lower === 'moved' && (/^(?:was|were|been|being|is|are)$/.test(tokens[j - 1]?.lower ?? '') || j < k - 1)) return undefined;
			break;
		}
		if (next && next.kind === 'word' && !next.capitalised && !FUNCTION_WORDS.has(next.lower) && !/(?:tion|ment|ness|ity|ship|ance|ence|ism|[^s]s)$/.test(next.lower) && !isPastVerb(next)) return 'future';
		// ("a ballot of all members, to be counted on March 14": a passive infinitive, still to happen)
		const participle = tokens[k + 2];
		if (next?.lower === 'be' && participle && participle.kind === 'word' && /[a-z]{2,}(?:ed|en)$/.test(participle.lower) && !participle.capitalised) return 'future';
		return undefined;
	}
	if (SUBORDINATORS.has(lower)) return 'subordinate';
	// "has to pay by June": an obligation, still ahead ("had to" is left to the date: "had to send its budget by 15 October")
	if (/^(?:has|have)$/.test(lower) && tokens[k + 1]?.lower === 'to') return 'future';
	// ("Voters have until 8 p.m. on Thursday to register": time left, still ahead)
	// (not "have until recently", "has until now")
	if (/^(?:has|have)$/.test(lower) && tokens[k + 1]?.lower === 'until' && !/^(?:would|could|should|might|must|to)$/.test(tokens[k - 1]?.lower ?? '') && !/^(?:recently|now|then|lately|last)$/.test(tokens[k + 2]?.lower ?? '')) return 'future';
	// ("would present his cabinet and put the package to a vote": a verb spelt as its bare form after "and" shares the tense before)
	if (SAME_FORM_VERBS.has(lower) && /^(?:and|or)$/.test(tokens[k - 1]?.lower ?? '') && tokens.slice(Math.max(0, k - 10), k - 1).some((t, i, run) => BARE_AFTER.has(t.lower) && !/^(?:did|could|may|might)$/.test(t.lower) && run[i + 1]?.lower !== 'not')) return undefined;
	if (isPastVerb(token, tokens[k - 1], tokens[k + 1], tokens[k - 2])) {
		// "a tariff proposed by", "is expected", "has been": participles after be/have read with their auxiliary
		const previous = tokens[k - 1]?.lower;
		// after a present or linking verb a participle is an adjective: "is expected", "will stay closed"
		// (and after its negation: "It is not finished until May 16", "isn't finished until")
		const linking = (word: string | undefined) => word !== undefined && /^(?:is|are|be|been|being|stay|stays|remain|remains|get|gets|become|becomes|seem|seems|appear|appears)$/.test(word);
		if (linking(previous) || (previous === 'not' && linking(tokens[k - 2]?.lower)) || /^(?:isn['’]t|aren['’]t)$/.test(previous ?? '')) return undefined;
		// (a perfect infinitive after a verb of expecting: "expect all letters to have arrived by")
		if (previous === 'have' && tokens[k - 2]?.lower === 'to' && expectedPerfect(tokens, k - 1)) return 'future';
		// between a bare verb or a number and its noun a participle is an adjective: "will publish updated figures", "to 380,000
		// registered drivers" (not "after 5,000 walked out", "after 12 died on Sunday")
		const after = tokens[k + 1];
		const beforeNoun = after?.kind === 'word' && !after.capitalised && !FUNCTION_WORDS.has(after.lower) && !PARTICLES.has(after.lower);
		// (and after a verb of expecting: "now expects adjusted pretax profit of")
		// (a phrasal verb's particle between: "will draw up detailed rules")
		const bareVerbBefore = BARE_AFTER.has(tokens[k - 2]?.lower ?? '') || (PARTICLES.has(previous ?? '') && BARE_AFTER.has(tokens[k - 3]?.lower ?? ''));
		if ((bareVerbBefore || tokens[k - 1]?.kind === 'number' || FUTURE_WORDS.has(previous ?? '')) && beforeNoun) return undefined;
		// ("a half-point cut in June, followed by further reductions in July": a participle after a comma, no past)
		if (lower === 'followed' && tokens[k - 1]?.text === ',' && tokens[k + 1]?.lower === 'by') return undefined;
		return 'past';
	}
	// ("would have a scan on Tuesday": "have" after a modal is a bare verb, not the perfect's auxiliary)
	// ("has a waiting list that stretches into September": "has" before its object is the present of owning, not the perfect)
	// (and before a number: "Tessaro has 28 days, until December 6, to appeal")
	if ((lower === 'has' || lower === 'have') && (/^(?:a|an|the|no|its|his|her|their|our|my|your)$/.test(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.kind === 'number')) return 'present';
	// ("we expect all letters to have arrived by the end of February": a perfect infinitive after a verb of expecting lies ahead;
	// "is believed to have died on Tuesday" does not)
	if (lower === 'have' && tokens[k - 1]?.lower === 'to' && expectedPerfect(tokens, k)) return 'future';
	if (lower === 'has' || lower === 'had' || (lower === 'have' && !BARE_AFTER.has(tokens[k - 1]?.lower ?? ''))) return 'past';
	// ("at 4am": a clock time's "am" right after its number is no verb)
	if ((PRESENT_WORDS.has(lower) && !(lower === 'am' && tokens[k - 1]?.kind === 'number' && tokens[k - 1]?.end === token.start)) || TIMETABLE_PRESENTS.has(lower)) return 'present';
	// a timetable in the present: "the truce expires on Dec. 31", "nominations close on April 30", "it takes effect on May 1"
	// (not a bare form after a singular noun and its determiner: "survived a censure vote late on Tuesday" is a noun)
	// (but "The club meet Harlow Rovers", "The jury sit again": a collective's plural verb, with its object or adverb after it)
	const objectAfter = tokens[k + 1]?.capitalised || DETERMINERS.has(tokens[k + 1]?.lower ?? '') || /^(?:again|today|tomorrow)$/.test(tokens[k + 1]?.lower ?? '');
	const compound = !lower.endsWith('s') && !objectAfter && DETERMINERS.has(tokens[k - 2]?.lower ?? '') && !/s$/.test(tokens[k - 1]?.lower ?? '') && !IRREGULAR_PLURALS.has(tokens[k - 1]?.lower ?? '');
	// ("had come close to pulling out on Monday": a timetable verb spelt as its participle after "had" or "has" is a perfect, and
	// "close" after "come" an adjective)
	if (lower === 'close' && /^(?:come|came|comes|coming)$/.test(tokens[k - 1]?.lower ?? '')) return undefined;
	// (not a future perfect, "will have run dry by Friday", nor a noun after "have", "will have open days on Saturday")
	const nounAfter = tokens[k + 1]?.kind === 'word' && !tokens[k + 1]?.capitalised && !FUNCTION_WORDS.has(tokens[k + 1]?.lower ?? '') && !PARTICLES.has(tokens[k + 1]?.lower ?? '') && !/^(?:close|to|down|back)$/.test(tokens[k + 1]?.lower ?? '');
	if (SCHEDULE_VERBS.has(lower) && /^(?:had|has|have)$/.test(tokens[k - 1]?.lower ?? '') && !/^(?:will|shall|to)$|['’]ll$/.test(tokens[k - 2]?.lower ?? '') && !nounAfter) return 'past';
	// (a company's calendar only with its object: "Norrland reports quarterly results on Thursday", not "denied newspaper reports on
	// Tuesday that …", "after media reports on Thursday")
	const calendar = CALENDAR_VERBS.has(lower);
	// (or after a relative or a subject pronoun: "Quillon Software, which reports on Thursday after the close")
	const calendarObject = !calendar || /^(?:which|who|it|he|she|they)$/.test(tokens[k - 1]?.lower ?? '') || (tokens[k + 1]?.kind === 'word' && (DETERMINERS.has(tokens[k + 1]?.lower ?? '') || (!FUNCTION_WORDS.has(tokens[k + 1]?.lower ?? '') && !isPastVerb(tokens[k + 1] as Token))));
	if (SCHEDULE_VERBS.has(lower) && hasSubjectBefore(tokens, k) && !compound && calendarObject) return 'present';
	return undefined;
}

/** Verbs of expecting or planning in the present, before a perfect infinitive that lies ahead ("expect … to have arrived by"). */
const EXPECTING_BEFORE_PERFECT = new Set(['expect', 'expects', 'hope', 'hopes', 'aim', 'aims', 'plan', 'plans', 'want', 'wants', 'intend', 'intends', 'hoping', 'expecting', 'aiming', 'planning']);

/** Whether the "have" at `k`, after "to", follows a verb of expecting: "expect all letters to have arrived by". */
function expectedPerfect(tokens: Token[], k: number): boolean {
	// ("the plan is to have finished by February": "is to have" looks ahead too)
	if (/^(?:is|are)$/.test(tokens[k - 2]?.lower ?? '')) return true;
	// (the verb, not a noun, "the plan", nor a past, "was due to have landed")
	for (let j = Math.max(0, k - 7); j < k - 1; j += 1) {
		if (EXPECTING_BEFORE_PERFECT.has(tokens[j]?.lower ?? '') && !/^(?:the|a|an|its|his|her|their|our|was|were|had|been)$/.test(tokens[j - 1]?.lower ?? '')) return true;
	}
	return false;
}

/**
 * A company's or an office's calendar, only with the -s that makes them verbs ("Norrland reports quarterly results on Thursday", not
 * "its report to lawmakers on Friday"), and only before their object.
 */
const CALENDAR_VERBS = new Set(['reports', 'publishes', 'announces', 'unveils']);

/** Verbs whose present tense states a timetable (so a date with them lies ahead), in their present forms. */
const SCHEDULE_VERBS = new Set(
	'expire end run open close shut begin start resume reopen take come lapse finish conclude meet convene vote sit arrive depart launch kick fall go move head travel return visit play host face hold remain stay last continue turn apply'
		.split(' ')
		.flatMap((verb) => [verb, /(?:s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`])
		.concat([...CALENDAR_VERBS]),
);

/** Nouns that end in -ing like a participle: "A red flag warning remains in effect until Sunday". */
const NOUNS_IN_ING = new Set(['warning', 'building', 'meeting', 'ruling', 'hearing', 'funding', 'spending', 'housing', 'ceiling', 'opening', 'offering', 'listing', 'filing', 'sitting', 'rating', 'ranking', 'recording', 'screening', 'briefing', 'gathering', 'landing', 'crossing', 'clearing', 'bombing', 'shooting', 'fighting', 'polling', 'morning', 'evening', 'wedding', 'painting', 'training']);

/** Nouns that end in -ly like an adverb. */
const NOUNS_IN_LY = new Set(['assembly', 'family', 'rally', 'supply', 'ally', 'reply', 'monopoly', 'anomaly', 'july', 'italy', 'fly', 'belly', 'lily', 'jelly', 'bully', 'homily']);

/** Words that may stand as the subject of a verb although they are function words. */
const SUBJECT_WORDS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
/** Adverbs that may stand between a subject and its verb ("the truce also expires"). */
const MID_ADVERBS = new Set(['also', 'still', 'now', 'only', 'officially', 'formally', 'automatically', 'usually', 'normally']);

/** True when the word at `k` follows a subject, so that it is a verb ("nominations close"), not a noun ("the close", "a vote", "the plan's end"). */
function hasSubjectBefore(tokens: Token[], k: number): boolean {
	let j = k - 1;
	while (j >= 0 && MID_ADVERBS.has(tokens[j]?.lower ?? '')) j -= 1;
	// (a name and an aside between commas before the verb: "Dunhollow, who have won nine of their last 10 games, travel to Saltmere",
	// "Rovers, second in the table, host Kellbrook Town")
	if (tokens[j]?.text === ',') {
		const opening = tokens.slice(Math.max(0, j - 16), j).findLastIndex((t) => t.text === ',' || t.text === '.');
		const at = opening === -1 ? -1 : Math.max(0, j - 16) + opening;
		// (not an aside with a date of its own, whose verb the engine may not read: "Tarrow, beaten 3-0 on Saturday, face Kelby")
		const dated = !/^(?:who|which)$/.test(tokens[at + 1]?.lower ?? '') && tokens.slice(at + 1, j).some((t) => /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/.test(t.lower));
		// (or a plural noun before an aside that opens with a participle or "which": "stricter rules, announced in November, take effect")
		const described = /^(?:which|who)$/.test(tokens[at + 1]?.lower ?? '') || (tokens[at + 1] !== undefined && isPastVerb(tokens[at + 1] as Token));
		const plural = /[a-z]{2}s$/.test(tokens[at - 1]?.lower ?? '') && !FUNCTION_WORDS.has(tokens[at - 1]?.lower ?? '') && described;
		if (at > 0 && tokens[at]?.text === ',' && (tokens[at - 1]?.capitalised || plural) && tokens[at - 1]?.kind === 'word' && !dated) return true;
	}
	const previous = tokens[j];
	if (!previous || previous.kind !== 'word' || previous.possessive) return false;
	// "its lowest close", "the final vote": an ordinal or a superlative after a determiner makes a noun
	if (/^(?:[a-z]{2,}est|first|last|final|next|second|third|early|late)$/.test(previous.lower) && DETERMINERS.has(tokens[j - 1]?.lower ?? '')) return false;
	// (a noun in -ing opening its clause is a subject too: "before funding runs out at 12:01 a.m. Saturday")
	const gerundSubject = /ing$/.test(previous.lower) && (j === 0 || FUNCTION_WORDS.has(tokens[j - 1]?.lower ?? '') || tokens[j - 1]?.kind === 'punct');
	// (a verb in -s after "and" shares the subject before it: "opened in October and runs until March 16")
	// (not a plural noun after a plural noun: "Hospital admissions and visits in April rose")
	// (only when no finite verb follows, as one does the noun phrase: "admissions and visits in April rose")
	if (previous.lower === 'and' && /s$/.test(tokens[k]?.lower ?? '')) {
		const pluralBefore = tokens[j - 1]?.kind === 'word' && !tokens[j - 1]?.capitalised && /[^s]s$/.test(tokens[j - 1]?.lower ?? '');
		const finiteAfter = tokens.slice(k + 1, k + 9).some((t, i, rest) => t.kind === 'word' && (/^(?:is|are|was|were|has|have|had)$/.test(t.lower) || isPastVerb(t, rest[i - 1] ?? tokens[k])));
		return !(pluralBefore && finiteAfter);
	}
	// (nouns in -ly are no adverbs: "The new assembly convenes on May 30")
	const adverb = /ly$/.test(previous.lower) && !NOUNS_IN_LY.has(previous.lower);
	return SUBJECT_WORDS.has(previous.lower) || (!FUNCTION_WORDS.has(previous.lower) && !isPastVerb(previous, tokens[j - 1]) && !adverb && (!/ing$/.test(previous.lower) || gerundSubject || NOUNS_IN_ING.has(previous.lower)));
}

/**
 * The tense governing the expression that spans tokens `[from, to)` of a sentence spanning tokens
 * `[sentenceStart, sentenceEnd)`: the nearest marker to its left (a past verb inside an "if" clause
 * gives way to the clause it depends on), else the nearest to its right, else `fallback`.
 */
export function tenseAround(tokens: Token[], from: number, to: number, sentenceStart: number, sentenceEnd: number, fallback: Tense = 'past'): Tense {
	// "after the judge on Monday rejected a request": a date between a subject and its verb takes the verb's tense
	// (not a participle after a noun, "a strike Monday aimed at", "a hearing Friday scheduled by", "expected Thursday followed by")
	const verb = tokens[to];
	const noun = tokens[from - 1];
	const object = tokens[to + 1];
	// (a name is a subject too: "after Judge Teresa Olszewski of the Common Pleas Court on Monday rejected")
	const nounBefore = noun?.kind === 'word' && !FUNCTION_WORDS.has(noun.lower) && !isPastVerb(noun) && !/(?:ing|ly)$/.test(noun.lower);
	const finite = verb?.kind === 'word' && !verb.capitalised && isPastVerb(verb) && (object === undefined || object.kind !== 'word' || !PARTICIPLE_FOLLOWERS.has(object.lower));
	if (nounBefore && finite) return 'past';
	// ("said a scan on Tuesday would show whether he was fit": the same with a modal after the date)
	// (not after a participle's phrase: "reservists called up in the spring would be sent home")
	const beforeNoun = tokens[from - 2];
	const participleBefore = PARTICLES.has(noun?.lower ?? '') || (beforeNoun !== undefined && isPastVerb(beforeNoun));
	// (not a happening told of after the fact, "the fire on Sunday could have been far worse", "the verdict on Tuesday would be
	// appealed", nor a past modal)
	const appointment = !TOLD_HAPPENINGS.has(noun?.lower ?? '') && (object?.lower !== 'have' || verb?.lower === 'will');
	if (nounBefore && appointment && !participleBefore && verb?.kind === 'word' && /^(?:would|will|could|should|might|may|can)$/.test(verb.lower) && object?.kind === 'word' && !object.capitalised) return 'future';
	// ", and in July it overturned a decree": a date opening a clause of its own takes the tense of the verb after it (if it has
	// one: ", and in September another 150" leaves out its verb, the first clause's)
	if (from - 2 >= sentenceStart && /^(?:and|but)$/.test(tokens[from - 1]?.lower ?? '') && tokens[from - 2]?.text === ',') {
		for (let k = to; k < sentenceEnd; k += 1) {
			const found = marker(tokens, k);
			if (found && found !== 'subordinate') return found;
		}
	}
	const before = tenseBefore(tokens, from, sentenceStart);
	if (before) return before;
	for (let k = to; k < sentenceEnd; k += 1) {
		const found = marker(tokens, k);
		if (found && found !== 'subordinate') return found;
	}
	return fallback;
}

/** Happenings told of after the fact, which a date between them and a modal does not put ahead: "the crash on Saturday would be investigated". */
const TOLD_HAPPENINGS = new Set(['fire', 'fires', 'blaze', 'crash', 'explosion', 'blast', 'attack', 'attacks', 'storm', 'verdict', 'ruling', 'shooting', 'stabbing', 'accident', 'collision', 'arrest', 'killing', 'killings', 'death', 'deaths', 'flood', 'floods', 'flooding', 'earthquake', 'quake', 'raid', 'bombing', 'incident', 'leak', 'spill', 'outage', 'derailment', 'fall', 'collapse', 'riot', 'clashes', 'decision', 'announcement', 'remarks', 'comments', 'speech']);

/** Words after a past form that make it a participle describing the noun before it: "aimed at", "scheduled by", "expected to". */
const PARTICIPLE_FOLLOWERS = new Set(['by', 'to', 'at', 'with', 'for', 'from', 'in', 'on', 'as', 'into', 'under', 'over']);

/** The tense the words before `from` (back to `sentenceStart`) give, if any: the clause a period starts in ("face a rise from April"). */
export function tenseBefore(tokens: Token[], from: number, sentenceStart: number): Tense | undefined {
	let tentative: Tense | undefined;
	let tentativeAt = -1;
	for (let k = from - 1; k >= sentenceStart; k -= 1) {
		// ("Asked on Wednesday morning whether …": a question put, opening the sentence; not "Slated for release on Monday")
		const opening = k === sentenceStart && /^(?:asked|questioned|pressed|interviewed|reached|contacted)$/.test(tokens[k]?.lower ?? '') ? 'past' : undefined;
		const found = marker(tokens, k) ?? opening;
		if (found === undefined) continue;
		// ("the fiscal year beginning July 1 at Tuesday night’s meeting": "beginning" looks ahead only for the date right after it)
		if (found === 'future' && /^(?:beginning|starting)$/.test(tokens[k]?.lower ?? '') && k < from - 3) continue;
		// ("Akers faces a ban for his tackle on Saturday", "holds a grudge over his arrest in March": a date in a phrase about what
		// the verb's object concerns is that thing's, not the timetable's)
		// (a state with a cause after it, "remains in hospital after the crash on Saturday", too; but "holds a service for the victims
		// on Sunday" and "play against Barnford on Saturday" are timetables: "for" only before a possessive or an -ing form)
		const verbOfState = STATE_VERBS.has(tokens[k]?.lower ?? '');
		if (found === 'present' && OBJECT_TIMETABLE_VERBS.has(tokens[k]?.lower ?? '') && tokens.slice(k + 1, from).some((t, j, rest) => (verbOfState ? STATE_CAUSES.has(t.lower) : concerns(t, rest[j + 1])))) continue;
		if (found === 'subordinate') {
			// ("If you had told me in March": a pluperfect in the condition is past whatever the main clause says)
			if (tentative === 'past' && (tokens[tentativeAt]?.lower === 'had' || tokens[tentativeAt - 1]?.lower === 'had')) return 'past';
			tentative = undefined;
			continue;
		}
		// ("were ordered to leave their homes late Tuesday": an order given, dated with it; not "were ordered to leave by Friday")
		if (found === 'future' && tokens[k]?.lower === 'to' && DIRECTIVES.has(tokens[k - 1]?.lower ?? '') && /^(?:was|were)$/.test(tokens[k - 2]?.lower ?? '') && !/^(?:by|before|until|till)$/.test(tokens[from]?.lower ?? '') && !/^(?:by|before|until|till)$/.test(tokens[from - 1]?.lower ?? '')) return 'past';
		if (found === 'past' && tentative === undefined) {
			tentative = 'past';
			tentativeAt = k;
			continue;
		}
		// ("If the works start in the summer, we want …": a condition in the present looks ahead)
		if (found === 'present' && tentative === undefined && conditionOpens(tokens, k, sentenceStart)) return 'future';
		if (tentative === undefined) return found;
		if (found === 'future' && tentative === 'past') {
			if (gappedPassive(tokens, k, tentativeAt, from) || laterClause(tokens, k, tentativeAt)) return 'future';
			continue;
		}
	}
	return tentative;
}

/** Whether "if", "unless" or "once" opens the clause of the verb at `k`, with no comma between: "If the works start". */
function conditionOpens(tokens: Token[], k: number, sentenceStart: number): boolean {
	for (let j = k - 1; j >= sentenceStart && j >= k - 6; j -= 1) {
		const token = tokens[j];
		if (!token || token.text === ',' || token.text === '“' || token.text === '"') return false;
		if (SUBORDINATORS.has(token.lower)) return true;
	}
	return false;
}

/** Timetable verbs whose object a phrase about something else may follow: "faces a ban for his tackle", "returns after missing the defeat". */
const OBJECT_TIMETABLE_VERBS = new Set(['faces', 'face', 'holds', 'hold', 'plays', 'play', 'returns', 'return', 'visits', 'visit', 'hosts', 'host', 'remains', 'remain', 'stays', 'stay', 'continues', 'continue', 'lasts']);
/** Words that open a phrase about what an object concerns. */
const CONCERNING = new Set(['over', 'after', 'about', 'since', 'following', 'missing']);
/** Verbs of a state, whose date after "after", "following" or "since" is the happening's: "remains in hospital after the crash on Saturday". */
const STATE_VERBS = new Set(['remains', 'remain', 'stays', 'stay', 'continues', 'continue', 'lasts']);
/** See {@link STATE_VERBS}; not "pending a hearing on Friday" nor "hopeful about the final on Sunday", still ahead. */
const STATE_CAUSES = new Set(['after', 'following', 'since']);

/** Whether `word` opens a phrase about what a timetable verb's object concerns (`next`: the word after it). */
function concerns(word: Token, next: Token | undefined): boolean {
	if (CONCERNING.has(word.lower)) return true;
	return word.lower === 'for' && next !== undefined && (/^(?:his|her|their|its)$/.test(next.lower) || /[a-z]{3}ing$/.test(next.lower));
}

/** Words opening a clause that dates something by a happening still ahead: "before the rainy season ended". */
const TIME_CLAUSE_OPENERS = new Set(['before', 'until', 'till', 'once']);

/**
 * True when the past verb at `past` is in a time clause of the future at `modal`: "cases could
 * double again before the rainy season ended in May" (reported speech puts the clause in the past; the
 * season's end still lies ahead).
 */
function laterClause(tokens: Token[], modal: number, past: number): boolean {
	// back from the verb to the clause's opener, within the clause ("before the Energy Appeals Tribunal, saying households had …" opens none)
	for (let k = past - 1; k > modal && k >= past - 6; k -= 1) {
		const token = tokens[k];
		if (!token || token.kind !== 'word') return false;
		if (TIME_CLAUSE_OPENERS.has(token.lower)) return true;
	}
	return false;
}

/** Prepositions that may follow a passive participle before its date ("completed by September", "moved to Oslo in May"). */
const PREPOSITIONS = new Set(['by', 'in', 'on', 'at', 'to', 'into', 'from', 'for', 'before', 'after', 'until', 'within', 'under', 'over']);

/**
 * True when the participle at `participle` is the second half of a coordinated passive whose
 * auxiliary is left out ("the notices would be sent on Monday and the cuts completed by
 * September"): a future marker at `modal` followed by `be`, then `and`, a short noun phrase and the
 * participle, with no object after it. A participle after a noun elsewhere keeps its past reading
 * ("will appeal the fine imposed in March"), as does one with an object ("and the committee
 * approved it in March"). `date` is the first token of the temporal expression.
 */
function gappedPassive(tokens: Token[], modal: number, participle: number, date: number): boolean {
	const next = tokens[participle + 1];
	if (participle + 1 !== date && next && next.kind === 'word' && !PREPOSITIONS.has(next.lower)) return false;
	let and = -1;
	for (let k = participle - 1; k > modal && k >= participle - 5; k -= 1) {
		const token = tokens[k];
		if (!token || token.kind !== 'word') return false;
		if (token.lower === 'and') {
			and = k;
			break;
		}
		if (marker(tokens, k) !== undefined) return false;
	}
	if (and <= participle - 2 && and > modal) {
		for (let k = modal + 1; k < and; k += 1) if (tokens[k]?.lower === 'be') return true;
	}
	return false;
}

/**
 * True when the nearest tense marker before token `from` is a future seen from the past: "would" or a plan's "to"
 * with a past verb before it ("announced on 30 September that it would raise the price from October 1", "agreed in
 * March to meet again on June 5"). Such a day may lie on either side of the story.
 */
export function futureInPast(tokens: Token[], from: number, sentenceStart: number): boolean {
	let future = false;
	for (let k = from - 1; k >= sentenceStart; k -= 1) {
		const found = marker(tokens, k);
		if (found === undefined) continue;
		if (!future) {
			if (found !== 'future' || !/^(?:would|to)$/.test(tokens[k]?.lower ?? '')) return false;
			future = true;
			continue;
		}
		if (found === 'past') return true;
		if (found === 'subordinate') continue;
		return false;
	}
	return false;
}

