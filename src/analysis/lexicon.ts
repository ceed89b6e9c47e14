/**
 * English grammar vocabulary the extractors share: speech verbs, role nouns, organisation heads,
 * calendar words, pronouns and tense markers. General language only: no names of people or places.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Speech and reporting verbs in their inflected forms, mapped to their lemma. */
export const CUE_VERBS: ReadonlyMap<string, string> = new Map(
	Object.entries({
		say: 'say', says: 'say', said: 'say', saying: 'say',
		tell: 'tell', tells: 'tell', told: 'tell', telling: 'tell',
		add: 'add', adds: 'add', added: 'add', adding: 'add',
		write: 'write', writes: 'write', wrote: 'write', writing: 'write',
		post: 'post', posts: 'post', posted: 'post', posting: 'post',
		tweet: 'tweet', tweets: 'tweet', tweeted: 'tweet',
		warn: 'warn', warns: 'warn', warned: 'warn', warning: 'warn',
		deny: 'deny', denies: 'deny', denied: 'deny', denying: 'deny',
		suggest: 'suggest', suggests: 'suggest', suggested: 'suggest', suggesting: 'suggest',
		claim: 'claim', claims: 'claim', claimed: 'claim', claiming: 'claim',
		insist: 'insist', insists: 'insist', insisted: 'insist', insisting: 'insist',
		argue: 'argue', argues: 'argue', argued: 'argue', arguing: 'argue',
		state: 'state', states: 'state', stated: 'state',
		declare: 'declare', declares: 'declare', declared: 'declare',
		announce: 'announce', announces: 'announce', announced: 'announce', announcing: 'announce',
		explain: 'explain', explains: 'explain', explained: 'explain', explaining: 'explain',
		note: 'note', notes: 'note', noted: 'note', noting: 'note',
		acknowledge: 'acknowledge', acknowledges: 'acknowledge', acknowledged: 'acknowledge',
		admit: 'admit', admits: 'admit', admitted: 'admit',
		assert: 'assert', asserts: 'assert', asserted: 'assert',
		confirm: 'confirm', confirms: 'confirm', confirmed: 'confirm',
		stress: 'stress', stresses: 'stress', stressed: 'stress',
		emphasise: 'emphasise', emphasised: 'emphasise', emphasize: 'emphasise', emphasized: 'emphasise',
		reply: 'reply', replies: 'reply', replied: 'reply',
		answer: 'answer', answers: 'answer', answered: 'answer',
		respond: 'respond', responded: 'respond',
		ask: 'ask', asks: 'ask', asked: 'ask',
		continue: 'continue', continued: 'continue',
		recall: 'recall', recalls: 'recall', recalled: 'recall',
		predict: 'predict', predicts: 'predict', predicted: 'predict',
		promise: 'promise', promised: 'promise',
		vow: 'vow', vows: 'vow', vowed: 'vow',
		threaten: 'threaten', threatened: 'threaten',
		complain: 'complain', complains: 'complain', complained: 'complain',
		estimate: 'estimate', estimates: 'estimate', estimated: 'estimate',
		report: 'report', reports: 'report', reported: 'report',
		caution: 'caution', cautions: 'caution', cautioned: 'caution', cautioning: 'caution',
		concede: 'concede', conceded: 'concede',
		counter: 'counter', countered: 'counter',
		allege: 'allege', alleges: 'allege', alleged: 'allege', alleging: 'allege',
		agree: 'agree', agreed: 'agree',
		describe: 'describe', describes: 'describe', described: 'describe',
		call: 'call', calls: 'call', called: 'call',
		accuse: 'accuse', accuses: 'accuse', accused: 'accuse', accusing: 'accuse',
		urge: 'urge', urges: 'urge', urged: 'urge',
		maintain: 'maintain', maintains: 'maintain', maintained: 'maintain',
		reiterate: 'reiterate', reiterated: 'reiterate',
		contend: 'contend', contended: 'contend',
		observe: 'observe', observed: 'observe',
		// (a judge's words from the bench: "Justice Ada Rask remarked", "remarked that the delay was unfair")
		remark: 'remark', remarks: 'remark', remarked: 'remark',
		testify: 'testify', testifies: 'testify', testified: 'testify', testifying: 'testify',
		ruled: 'rule',
		point: 'point', pointed: 'point',
		chant: 'chant', chants: 'chant', chanted: 'chant', chanting: 'chant',
		shout: 'shout', shouts: 'shout', shouted: 'shout', shouting: 'shout',
		// (the verb of the English-language press of South Asia and Africa: "disclosed that the contract was awarded …")
		disclose: 'disclose', discloses: 'disclose', disclosed: 'disclose', disclosing: 'disclose',
		// (what an inquiry, an audit, a report or a court finds, only before "that": "The inquiry found that …", "concluded that …")
		found: 'find', finds: 'find', concluded: 'conclude', concludes: 'conclude',
	}),
);

/**
 * What follows "claimed" when it tells a deed, not words: "claimed victory", "claimed responsibility",
 * "claimed 14 lives", "has claimed at least 40 lives", "claimed a bronze medal", "claimed her third straight title";
 * not when a verb follows the noun, which then opens a clause ("claimed 40 lives were lost", "claimed victory was near").
 * A pattern's source, for the extractors' patterns.
 */
export const CLAIMED_DEED = String.raw`\s+(?:victory|responsibility|credit|the\s+(?:title|lives|life|seat|win)|a\s+(?:record|seat|win)|asylum|(?:(?:at\s+least|more\s+than|nearly|almost|about|some|over)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:more\s+)?lives|(?:a|an|the|his|her|their|its)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:medal|title|crown|trophy|cup|pole|seat|wickets?)|gold|silver|bronze|pole\s+position|top\s+spot)\b(?!\s+(?:[\p{Ll}-]+\s+){0,3}?(?:was|were|is|are|had|has|have|would|will|could|might)\b)`;

/** Speech verbs that introduce reported speech (indirect quotes) with a clause after them. */
export const REPORTING_LEMMAS = set(`
	say tell warn deny suggest claim insist argue state declare announce explain note acknowledge admit assert confirm
	stress emphasise predict promise vow threaten complain estimate report caution concede allege maintain reiterate contend
	add write post observe testify rule recall reply disclose remark find conclude
`);

/** Lemmas that take a direct quote only as a description of it (`called the plan “…”`). */
export const DESCRIBING_LEMMAS = set('call describe accuse');

/** Trades and walks of life a reporter writes before a name ("Machinist Dale Ferreira", "Retiree Mona Dace"), which as often open an
 * organisation's name ("Caregiver Alliance of Ostvik", "Referee Services Kestrel"). */
const TRADE_WORDS = `chef cook machinist welder electrician plumber mechanic cashier janitor caretaker nanny caregiver carer courier rancher
	vendor retiree pensioner homeowner landlord tenant dockworker steelworker autoworker bricklayer roofer hairdresser waiter
	waitress bartender storekeeper entrepreneur programmer filmmaker musician songwriter guitarist drummer
	comedian athlete sprinter swimmer cyclist jockey referee umpire shepherd herder beekeeper winemaker trucker
	landscaper builder plasterer locksmith handyman hotelier publican restaurateur innkeeper grocer butcher baker florist fishmonger
	tailor carpenter forecaster recruit rookie debutant cadet apprentice trainee intern probationer`;

/** {@link TRADE_WORDS} as a set. */
export const TRADES = set(TRADE_WORDS);

/** Nouns naming a role or office, in lower case (the head of "U.S. President", "chief of staff"). */
export const ROLE_NOUNS = set(`
	president vice-president prime premier minister secretary secretary-general chancellor chief head leader
	spokesman spokeswoman spokesperson spokespeople director director-general chairman chairwoman chair chairperson governor
	mayor senator congressman congresswoman representative deputy general commander colonel captain lieutenant major sergeant
	admiral ambassador envoy official officer adviser advisor aide judge justice prosecutor attorney lawyer ceo cfo coo cto founder
	co-founder executive analyst professor researcher scientist economist coach manager king queen prince princess
	emperor pope bishop archbishop cardinal imam rabbi priest mp lawmaker legislator councillor councilor commissioner inspector
	sheriff superintendent consul diplomat negotiator mediator chairmanship treasurer clerk speaker whip member
	coroner assessor councilmember councilwoman councilman alderman alderwoman selectman trustee registrar ombudsman comptroller
	candidate nominee campaigner activist organiser organizer coordinator administrator editor reporter correspondent
	president-elect dean provost rector principal headteacher surgeon doctor nurse physician owner partner
	sultan emir sheikh crown regent marshal brigadier commodore constable detective adjudicator arbitrator conciliator
	boss head-of-state engineer farmer fisherman fisher teacher student pupil resident volunteer worker labourer laborer
	soldier veteran pilot driver miner shopkeeper trader merchant ecologist biologist geologist chemist physicist historian
	architect economist lecturer researcher expert specialist consultant contractor accountant auditor technician
	paramedic midwife pharmacist firefighter ranger guide mother father parent widow survivor witness victim
	promoter postmaster postmistress auditor-general solicitor-general inspector-general accountant-general comptroller-general
	governor-general procurator-general prosecutor-general advocate-general registrar-general surveyor-general
	guard forward striker midfielder goalkeeper defender winger playmaker quarterback pitcher holder holders
	cllr hepatologist cardiologist oncologist epidemiologist virologist immunologist neurologist psychologist sociologist
	author co-author writer novelist poet journalist photographer optometrist ophthalmologist dentist
	climatologist meteorologist hydrologist seismologist criminologist anthropologist archaeologist statistician
	paediatrician pediatrician obstetrician dermatologist radiologist pathologist psychiatrist politician mathematician
	entomologist zoologist ornithologist volcanologist glaciologist oceanographer demographer toxicologist pharmacologist
	microbiologist geneticist agronomist nutritionist dietitian astrophysicist geographer
	theologian primatologist parasitologist gynaecologist gynecologist haematologist hematologist anaesthetist
	anesthesiologist audiologist nephrologist pulmonologist
	husband wife son daughter brother sister neighbour neighbor friend cousin uncle aunt grandmother grandfather nephew niece
	granddaughter grandson stepdaughter stepson stepmother stepfather fiancé fiancée girlfriend boyfriend
	vice-chancellor pro-vice-chancellor vice-chair vice-chairman vice-principal vice-admiral vice-mayor
	colleague co-chair co-author co-host det insp supt passenger motorist commuter pedestrian tourist evacuee shopper customer
 magistrate barrister solicitor advocate counsel monitor lead curator referee umpire td mla mep msp mpp mca ${TRADE_WORDS}`);

/** Nouns for a person that are no role ("a 54-year-old woman", "Maya, a mother of three"), beside the role nouns. */
export const PERSON_NOUNS = set('man woman boy girl child baby son daughter mother father mum mom dad grandmother grandfather resident patient victim driver student pupil teenager veteran widow farmer worker fan supporter refugee migrant graduate regular buyer pensioner retiree carer volunteer shopper user local');

/** Title words written before a name (`Mr Dale`, `Dr. Ruiz`), always capitalised there. */
export const HONORIFICS = set("Mr Mr. Mrs Mrs. Ms Ms. Mx Dr Dr. Prof Prof. Sir Dame Lord Lady Rev Rev. Revd Reverend Rt Rt. Ven Ven. Venerable H.E. Fr Fr. Mgr Mgr. Monsignor Pastor Sen. Rep. Gov. Gen. Lt. Col. Capt. Sgt. Adm. Maj. Sheikh Datuk Dato Dato' Dato’ Datin Puan Shri Smt Smt. Atty. Engr. Haji Hajji Hajja Hajjah Alhaji Alhaja Hon. Comrade Cde Cde. Bapak Ibu Eng. Cr Cr. Madam Madame Mzee Hajia Hajiya Barrister");

/** Honorifics that may stand between an apposition's comma and the name ("The Nabiri Regional Minister, Hon. Ibrahim Tanko-Dery,"), as a pattern's alternatives. */
export const APPOSITION_HONORIFICS = 'Hon|Dr|Mr|Mrs|Ms|Prof|Engr|Eng|Alhaji|Hajia|Hajiya|Madam|Mzee|Datuk|Shri|Smt|Rev|Fr|Barrister|Cllr|Rt\\.? Rev|Rt\\.? Hon|Most Rev';

/** Honorifics and role nouns that tell a person's gender. */
export const FEMININE_WORDS = set('mrs ms mrs. ms. madam dame lady spokeswoman chairwoman congresswoman queen princess duchess countess sister mother businesswoman policewoman wife daughter aunt grandmother niece widow granddaughter stepdaughter stepmother girlfriend fiancée mum mom baroness actress');
/** See {@link FEMININE_WORDS}. Not "chairman", which women bear too ("The cooperative's chairman, Bukola Adeyemi,"). */
export const MASCULINE_WORDS = set('mr mr. sir lord spokesman congressman king prince duke count brother father businessman policeman husband son uncle grandfather nephew widower grandson stepson stepfather boyfriend fiancé dad baron');

/**
 * Heads of places people visit, which open a sentence as a noun's modifier as often as a name ("Zoo keepers said", "Opera singer
 * Lilja Farrow"), and some of which are surnames ("Oliver Gallery").
 */
export const VENUE_HEADS = set('zoo aquarium gallery theatre theater orchestra opera ballet choir museum library');

/** Head nouns that make a capitalised name an organisation (`Harbour Workers' Federation`). */
export const ORGANISATION_HEADS = set(`
	ministry department council committee commission federation union association board authority agency office court directorate
	party bank university institute institution college school academy hospital clinic infirmary hospice foundation fund trust society league mission
	organisation organization bureau service services corporation corp company co inc ltd group holdings partners
	parliament assembly senate congress cabinet government administration army navy force forces guard police corps
	church centre center network alliance coalition front movement guild club team federation
	secretariat chamber tribunal inquiry brigade battalion regiment militia council presidency embassy consulate
	diocese archdiocese synod monastery cathedral convent mosque synagogue
	press times post news herald gazette courier tribune journal agency wire broadcasting television radio
	airlines airways railways rail motors energy pharmaceuticals labs laboratories technologies systems industries
	observatory programme program project initiative nations reserve consulting construction logistics media ventures watch
	forum conference convention caucus staff magazine
	solutions insurance mining shipping steel chemicals electric foods
	${[...VENUE_HEADS].join(' ')}
	fc afc cf cd fk sk bk sv ud rcd vfb vfl tsv deportivo sporting dynamo dinamo olympique athletic rovers wanderers albion rangers cooperative co-operative collective
`);

/** Imperatives that open a campaign's name ("Keep Fernhill Open", "Save Ashgrove Library", "Stop Brennmoor Quarry"). */
export const CAMPAIGN_VERBS = new Set(['Save', 'Keep', 'Stop', 'Protect', 'Defend', 'Reclaim', 'Reopen', 'Restore']);

/** Words that end a sports club's name ("Castelnuovo Athletic", "Brennfeld Rovers"): organisation heads that "and" never joins under. */
export const CLUB_WORDS = set('fc afc cf cd fk sk bk sv ud rcd vfb vfl tsv if ik deportivo sporting dynamo dinamo olympique athletic rovers wanderers albion rangers');

/** Head nouns that make a capitalised phrase something other than an actor (`Cease Fire Agreement`, `World War`). */
export const NON_ACTOR_HEADS = set(`
	agreement treaty accord act bill law plan war day week month year prize award cup championship games olympics
	summit conference convention protocol declaration resolution report strategy deal pact charter festival
	catalogue catalog atlas
	street road avenue square bridge
	monday tuesday wednesday thursday friday saturday sunday
`);

/** Lower-case nouns that follow a place name and belong to it: "the Kalini river", "Ha Linh province". */
export const PLACE_NOUNS = set('river province district region county state valley village town city island islands lake bay coast peninsula mountains hills plain delta basin strait canal municipality commune prefecture oblast governorate glacier reservoir volcano');

/** Capitalised head words of place names: "Sudrawa River", "the Tinder Coast", "Lake Vell". */
export const PLACE_HEADS = set('port fort mount cape river lake mountain mountains sea ocean island islands valley coast bay gulf peninsula desert forest hills plain plains delta basin strait canal province region county district stadium estádio estadio airport');

/** Nouns that end a place's name, and never open one: "Esk Harbour", "Tarrow Creek" (but "Harbour Workers' Federation"). */
export const PLACE_TAILS = set('harbour harbor creek ridge heights falls beach fjord marsh glen lido pier promenade marina springs crossing junction moor moors fen fields meadows');

/** Nouns that introduce a place name: "the village of Brzanka", "the town of Vejupiai". */
export const PLACE_INTRODUCERS = set('village town city port province region district county island municipality commune capital suburb neighbourhood neighborhood settlement hamlet villages towns cities ports provinces regions districts counties islands municipalities communes suburbs settlements hamlets division divisions ward wards constituency constituencies parish parishes state states');

/** Generic nouns after a platform name: "his Harbour Talk network" → "Harbour Talk". */
export const PLATFORM_NOUNS = set('network account page channel platform feed app website site blog profile handle');

/** Nouns in lower case after a name that make it a body's: "the liberal New Course party", "the Unite union", "the Veyra militant group". */
export const BODY_NOUNS_AFTER_NAME = set('party movement bloc faction coalition alliance group militia union');

/** Personal pronouns by what they can refer to. */
export const PRONOUNS = {
	masculine: set('he him his himself'),
	feminine: set('she her hers herself'),
	plural: set('they them their theirs themselves'),
	neuter: set('it its itself'),
	first: set('i me my mine we us our ours myself ourselves'),
	second: set('you your yours yourself yourselves'),
} as const;

/** Whether a lower-case word is a personal pronoun of any person or number. */
export function isPronoun(lower: string): boolean {
	return Object.values(PRONOUNS).some((forms) => forms.has(lower));
}

/** Nouns for people that are a group, not an organisation or a person, unless a name comes with them ("police", but "Brennmoor Police"; "critics", but "the Critics Circle"). */
const GROUP_NOUNS = set(`
	police critics opponents supporters protesters demonstrators witnesses survivors victims activists campaigners
	lawmakers legislators investors traders shoppers voters workers employees farmers fishermen doctors nurses teachers
	students parents locals villagers rescuers firefighters soldiers troops rebels militants insurgents authorities sources
	observers diplomats scientists researchers residents analysts economists experts officials people staff fans
`);

/**
 * Whether a word names a group of people rather than an actor by name: the plural of a role noun
 * ("officials", "residents", "deputies") or a collective noun ("police"). Capitalised at the start
 * of a sentence, it is still a group.
 */
export function isGroupWord(word: string): boolean {
	const lower = word.toLowerCase();
	if (GROUP_NOUNS.has(lower)) return true;
	if (!lower.endsWith('s')) return false;
	return ROLE_NOUNS.has(lower.slice(0, -1)) || (lower.endsWith('ies') && ROLE_NOUNS.has(`${lower.slice(0, -3)}y`)) || (lower.endsWith('es') && ROLE_NOUNS.has(lower.slice(0, -2)));
}

/** Words of a business's name besides the industry words: "Ostrander Appliance Co.", "Halvard Holdings", "Harrow Capital". */
const BUSINESS_WORDS = set('co corp inc ltd plc llc ag sa gmbh company corporation holdings group industries enterprises partners capital securities');

/** Whether a lower-case word of a name marks a business: "co." in "Ostrander Appliance Co.", "steel" in "Tarsen Steel". */
export function isBusinessWord(word: string): boolean {
	return BUSINESS_WORDS.has(word.replace(/\.$/, '')) || INDUSTRY_WORDS.has(word);
}

/** Organisation heads that are also plain nouns of an industry: "Brennmoor Insurance" is a company, "Insurance costs rose" is not. */
export const INDUSTRY_WORDS = set(`
	airlines airways railways rail motors energy pharmaceuticals labs laboratories technologies systems industries
	consulting construction logistics media ventures solutions insurance mining shipping steel chemicals electric foods lines ferries cruises tours coaches buses railway
	services television radio broadcasting news devices electronics semiconductors networks communications telecom
	brands beverages textiles apparel retail stores engineering aerospace robotics biotech therapeutics biosciences
	software games studios pictures publishing properties realty resources minerals metals petroleum utilities freight research analytics polling copper lithium nickel coal oil gas zinc uranium homes builders developments
	transport cement renewables mobile wireless telecoms lotteries lottery casinos casino breweries brewery bakeries bakery distillery distilleries dairies
	fuel fuels petrol markets pharmacies outfitters roofing power lettings estates residential
`);

/** Words that start sentences but are never names (the capital means nothing). */
export const FUNCTION_WORDS = set(`
	a an the this that these those there here it its he she they we i you his her their our my your
	and but or nor so yet for in on at by of to from with without into onto over under after before since during while
	as if when where why how what which who whom whose whether because although though unless until once than then
	not no yes all some any many most much more few several each every both either neither such
	is are was were be been being am has have had do does did will would shall should can could may might must
	meanwhile however still also even just only already later earlier now today tomorrow yesterday
	according asked speaking despite amid among between across around about above below near outside inside
	instead rather perhaps maybe indeed separately elsewhere overall nonetheless nevertheless
	one two three four five six seven eight nine ten first second third last next another other
	nobody somebody everybody anybody someone everyone anyone nothing something everything anything none
`);

/** Month names and their abbreviations, mapped to their number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
	['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
	['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
	['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Weekday names mapped to date-fns day numbers (0 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
	['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** Number words mapped to their value. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
	['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
	['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
	['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
	['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['a hundred', 100], ['a thousand', 1000], ['several', 3], ['a few', 3],
]);

/** Auxiliaries and modals that put a clause in the future or the irrealis. */
export const FUTURE_MARKERS = set("will 'll shall would wo going due set scheduled expected plans plan planned planning intends intend hopes hope aims aim wants want ready poised upcoming next starting beginning");

/** Modals that make a statement a call, an obligation or a possibility rather than a fact. */
export const NON_FACTUAL_MODALS = set("will 'll shall would should must could might may can ought need wo");

/** The words of a minister's or secretary's portfolio, after "of" or "for": "Minister for Fisheries", "Secretary of Foreign Affairs". */
export const PORTFOLIO_WORDS = set(`
	finance health education tertiary higher primary secondary basic police defence defense foreign affairs home interior justice trade industry agriculture fisheries
	energy transport transportation labour labor environment tourism information communications culture sport sports
	housing works mines mining petroleum water lands economy economic planning commerce women youth science technology
	innovation immigration security state treasury development infrastructure irrigation livestock forestry forests
	employment welfare social services public budget revenue investment digital climate heritage care equalities
	telecommunications broadcasting aviation maritime ports railways roads highways local government urban rural
	prosecutions staff mineral minerals processing resources natural human rights food power electricity oil gas manpower
	family children veterans cooperatives regional internal reform relations municipal religious endowments pensions consumer
`);

/** Titles written after a name: "Tom Ashby MP", "Ann Brook KC". */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'MLA', 'MPP', 'MCA', 'MNA', 'MPA', 'TD', 'QC', 'KC', 'SC', 'BL', 'SAN', 'JP', 'OBE', 'MBE', 'CBE']);

/** Words for the part of a day written before it ("late Monday", "early on Tuesday", "later on Friday"), as an alternation. */
export const DAY_PART_WORDS = 'late|early|earlier|later';

/**
 * Superlatives and ordinals that make a span look back from them, as an alternation for regular
 * expressions: "the worst flood in 50 years", "the first time in a decade", "the lowest level since March".
 */
export const SUPERLATIVES = 'worst|best|biggest|largest|highest|lowest|longest|shortest|strongest|weakest|deadliest|hottest|coldest|wettest|driest|fastest|slowest|heaviest|sharpest|steepest|greatest|smallest|hardest|toughest|busiest|quietest|warmest|darkest|richest|poorest|cheapest|safest|closest|tightest|oldest|first|most|least|only';

/** Cue forms in -s that are as often plural nouns ("member states", "news reports", "his notes", "Early estimates suggested"). */
export const PLURAL_NOUN_CUES = new Set(['states', 'reports', 'notes', 'claims', 'posts', 'replies', 'promises', 'threats', 'estimates', 'rules', 'points']);

/** Irregular past-tense verbs common in news (regular ones end in -ed). */
export const IRREGULAR_PAST = set(`
	was were had did said told wrote met went came began became took gave made held left lost won fought broke brought cost
	bought built caught chose drew drove fell felt found flew forgot got grew heard hid hit hurt kept knew laid led lent
	let lay meant paid put quit ran rang rose saw sought sold sent set shook shot showed shut sang sank sat slept spoke
	spent spread stood stole struck swore swept swung taught thought threw understood woke wore withdrew overtook undertook
	oversaw rebuilt beat bent bit bled blew bore bound fed fled forbade forgave froze hung rode sprang stuck stung strove crept
	shrank burst split spun dug clung slid swam drank arose overcame upheld withheld lit tore wept leapt knelt dealt sped
	shone bred underwent foresaw misled rewrote withstood ate
`);

/** Languages a story says someone spoke in ("said in French", "told reporters in Filipino"), which name no place. */
export const LANGUAGES = set('english french spanish portuguese arabic swahili kiswahili hindi urdu mandarin cantonese german italian russian filipino tagalog malay bahasa afrikaans zulu xhosa yoruba hausa igbo amharic turkish persian farsi dutch polish ukrainian japanese korean chinese bengali bangla tamil punjabi creole patois welsh irish gaelic maori greek hebrew sinhala nepali');
