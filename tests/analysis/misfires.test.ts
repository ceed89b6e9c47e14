/**
 * Ordinary sentences that rules written for particular constructions must leave alone: each case
 * here was found by reading those rules against plain news text (invented people and places).
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/index.ts';

const analyse = (body: string, date: string) => analyzeArticle(`${body}\n`, { date });
const datesOf = (body: string, date: string) => analyse(body, date).dates.map((d) => [d.text, d.value]);
const quotesOf = (body: string, date = '2025-07-10') => analyse(body, date).quotes.map((q) => [q.text, q.speakerName]);
const actorsOf = (body: string) => analyse(body, '2025-07-10').actors.map((a) => [a.name, a.kind]);

describe('counting from a date named before', () => {
	it('"Two days after the tornado" in a sentence of its own counts on from the tornado; "after that" too', () => {
		expect(datesOf('A tornado struck Veldmoor on Monday, May 5. Two days after the tornado, crews restored power.', '2025-05-10')).toEqual([
			['on Monday, May 5', '2025-05-05'],
			['Two days after', '2025-05-07'],
		]);
		expect(datesOf('The bridge closed on May 3. Two days after that, the mayor resigned.', '2025-05-10')).toEqual([
			['on May 3', '2025-05-03'],
			['Two days after', '2025-05-05'],
		]);
		expect(datesOf('The election is on June 1. Three weeks before the election, polls showed a tie.', '2025-05-10')).toEqual([
			['on June 1', '2025-06-01'],
			['Three weeks before', '2025-05-11'],
		]);
	});
});

describe('the tense of an infinitive', () => {
	it('"Officials said they want to finish the repairs in September" and "The council plans a referendum in June" look ahead', () => {
		expect(datesOf('Officials said they want to finish the repairs in September.', '2025-07-10')).toEqual([['in September', '2025-09']]);
		expect(datesOf('The council plans a referendum in June, the mayor said.', '2025-07-10')).toEqual([['in June', '2026-06']]);
	});

	it('"said in a message to staff late on Monday": "to staff" is no infinitive', () => {
		expect(datesOf('She said in a message to staff late on Monday that the talks had failed.', '2026-03-04')).toEqual([['late on Monday', '2026-03-02']]);
	});
});

describe('clock times and quarters', () => {
	it('a time before "local time on Friday" or "every night" is no day of its own', () => {
		expect(datesOf('Crews arrived on Monday. The storm will make landfall at 4 p.m. local time on Friday.', '2025-07-10')).toEqual([
			['on Monday', '2025-07-07'],
			['at 4 p.m. local time on Friday', '2025-07-11'],
		]);
		expect(datesOf('Bars must close by 11 p.m. every night, the mayor said on Monday.', '2025-07-10')).toEqual([['on Monday', '2025-07-07']]);
	});

	it('"the quarter ending Dec. 31" may lie ahead', () => {
		expect(datesOf('The company expects revenue to rise in the quarter ending Dec. 31.', '2025-11-05')).toEqual([['in the quarter ending Dec. 31', '2025-Q4']]);
	});
});

describe('quotation marks', () => {
	it('an opening mark that pairs with nothing ("the ‘90s") leaves the double marks of the block the quotation marks', () => {
		expect(quotesOf('In the ‘90s, Maria Crandell ran the shop. “It was a different town then,” Crandell said.')).toEqual([['It was a different town then,', 'Maria Crandell']]);
	});

	it('a word in single marks after a determiner is a scare quote, not a plural\'s apostrophe', () => {
		expect(quotesOf('Ministers dismissed the ‘experts’ who had warned of delays. ‘We will not be lectured,’ Transport Secretary Ann Halewood said.')).toEqual([['We will not be lectured,', 'Ann Halewood']]);
	});

	it('"Amina Okafar was asleep when the water came in, she said": a person the sentence opens with and brings in speaks of herself', () => {
		expect(quotesOf('Police Chief Dana Ruisz said the river rose within minutes. Amina Okafar was asleep when the water came in, she said.')).toEqual([
			['the river rose within minutes', 'Dana Ruisz'],
			['Amina Okafar was asleep when the water came in', 'Amina Okafar'],
		]);
	});
});

describe('people are not places', () => {
	it('a first name that looks like a people\'s adjective of another ("Julian" and "Julia") and a name after a clause\'s "and"', () => {
		expect(actorsOf('Julian Ortegon lost the farm. His sister, Julia, said the crop had failed.')).toEqual([
			['Julian Ortegon', 'person'],
			['Julia', 'person'],
		]);
		expect(actorsOf('The team flew to Lagos and Okafar scored twice.')).not.toContainEqual(['Okafar', 'place']);
	});
});

describe('claims', () => {
	it('"added 300 flights" is something done; "the rate cut could lift prices" is no past', () => {
		expect(analyse('The airline added 300 flights to its summer schedule.', '2025-07-10').claims.map((c) => c.text)).toEqual(['The airline added 300 flights to its summer schedule.']);
		expect(analyse('The rate cut could lift house prices.', '2025-07-10').claims).toEqual([]);
	});
});

describe('rules of the unseen wire stories, read against plain news text', () => {
	it('a name and a role with a participle after a trailing "said" is the attribution; a name ending "…, told" is a subject', () => {
		expect(quotesOf('The evidence was weak, said Tom Reed, a lawyer hired by the family.')).toEqual([['The evidence was weak', 'Tom Reed']]);
		expect(quotesOf('Prices will rise, said Raj Patel, chief economist at a bank based in Halvard.')).toEqual([['Prices will rise', 'Raj Patel']]);
	});

	it('"X said it was …" leaves a person a person; "officials tell NBC News" is a cue; a quotation opening its sentence is attributed after it', () => {
		expect(actorsOf('Lopez said it is too soon to know.')).toEqual([['Lopez', 'person']]);
		expect(actorsOf('Okafor said the team played well but its defense collapsed late.')).toEqual([['Okafor', 'person']]);
		expect(quotesOf('The talks have stalled, officials tell Brennmoor News.')).toEqual([['The talks have stalled', 'officials']]);
		expect(quotesOf('“It’s a tragedy” Lee said.')).toEqual([['It’s a tragedy', 'Lee']]);
		expect(quotesOf('Election officials said that was expected.')).toEqual([['that was expected', 'election officials']]);
	});

	it('"St." after a street\'s name ends it; a name at the start of a sentence is no adjective; "Supervisor" in a business\'s name is no role', () => {
		expect(quotesOf('The shop moved to 14 Front St. Jones said the rent was lower.')).toEqual([['the rent was lower', 'Jones']]);
		expect(quotesOf('Marion officials said the road was closed.')).toEqual([['the road was closed', 'Marion officials']]);
		expect(actorsOf('Shares of Supervisor Software rose 5%.')).toEqual([['Supervisor Software', 'organization']]);
	});

	it('a superlative before "since" dates no happening', () => {
		expect(analyse('Mortgage rates fell to their lowest level since March, the agency said Thursday.', '2025-05-14').events.map((e) => e.date)).toEqual(['2025-05-08']);
		expect(analyse('It was the team’s first loss since Oct. 12.', '2025-05-14').events).toEqual([]);
	});

	it('a participle after a day\'s noun leaves the clause\'s tense alone; hours of a day, "hours later" and "for" before a year keep their words out', () => {
		expect(datesOf('The union plans a strike Monday aimed at forcing new talks.', '2025-05-14')).toEqual([['Monday', '2025-05-19']]);
		expect(datesOf('A hearing Friday scheduled by Judge Ann Ortiz will decide the case.', '2025-05-14')).toEqual([['Friday', '2025-05-16']]);
		expect(datesOf('The office is open from 9 a.m. to 5 p.m. Monday through Friday.', '2025-05-14').map(([text]) => text)).toEqual(['Monday', 'through Friday']);
		expect(datesOf('Hours later on Sunday, police made an arrest.', '2025-05-14')).toEqual([['on Sunday', '2025-05-11']]);
		expect(datesOf('The launch is planned for early 2026.', '2025-05-14')).toEqual([['early 2026', '2026']]);
		expect(datesOf('The election was held in November. The following Tuesday, results were certified.', '2025-05-16')).toEqual([
			['in November', '2024-11'],
			['The following Tuesday', '2025-05-13'],
		]);
	});
});

describe('rules of the second batch of unseen stories, read against plain news text', () => {
	const claimsOf = (body: string) => analyse(body, '2025-05-14').claims.map((c) => c.text);
	const eventsOf = (body: string) => analyse(body, '2025-05-14').events.map((e) => e.date);

	it('"X said it would appeal" is an organisation\'s act; "it was", "it would be" are no doer', () => {
		expect(actorsOf('Tarsenkom said it would appeal the ruling.')).toEqual([['Tarsenkom', 'organization']]);
		expect(actorsOf('Velde said it would be a mistake.')).toEqual([['Velde', 'person']]);
	});

	it('a person\'s noun after "a" still speaks in a trailing attribution; "by phone" is a means; "said by the time …" reports', () => {
		expect(quotesOf('The suspect was arrested on Friday, a police spokesman confirmed.')).toEqual([['The suspect was arrested on Friday', 'police']]);
		expect(quotesOf('Tomas Velde told reporters by phone that the army had withdrawn.')).toEqual([['the army had withdrawn', 'Tomas Velde']]);
		expect(quotesOf('Police said by the time officers arrived, the gunmen had fled.')).toEqual([['by the time officers arrived, the gunmen had fled', 'police']]);
	});

	it('a role and its portfolio with no name after it names no one; a saint after "Mount" or "University of" stays in the name', () => {
		// (the title speaks as a group, as "the minister for justice said" does in lower case)
		expect(actorsOf('The Minister for Justice said the bill would pass.').filter(([, kind]) => kind !== 'group')).toEqual([]);
		expect(actorsOf('The Minister of Foreign Affairs, Ana Ruiz, said talks would resume.')).toEqual([['Ana Ruiz', 'person']]);
		expect(actorsOf('Minister of State for Health Mary Kamau said the clinics would open.')).toEqual([['Mary Kamau', 'person']]);
		expect(actorsOf('Researchers at the University of St. Andrews said the ice was melting.')).toEqual([['University of St. Andrews', 'organization']]);
	});

	it('a business named after a person leaves the person speaking; "the lender" is a bank; "Immigration officials" a group', () => {
		expect(quotesOf('Grace Tarrow Holdings denied the charge. Grace Tarrow said she was innocent.').at(-1)).toEqual(['she was innocent', 'Grace Tarrow']);
		expect(quotesOf('Halvard Construction Bank reported a profit. The lender said demand was strong.')).toEqual([['demand was strong', 'Halvard Construction Bank']]);
		expect(quotesOf('Immigration officials said 40 migrants had been deported.')).toEqual([['40 migrants had been deported', 'immigration officials']]);
	});

	it('what a speaker aims at is no claim; "announced" after a name with "of" is a speech verb; a past bail is past; a timetable\'s present looks ahead', () => {
		expect(claimsOf('“We need 200 more nurses,” said Ana Ruiz-Vela.')).toEqual([]);
		expect(claimsOf('“We have 4,000 members,” said Ana Ruiz-Vela.')).toEqual(['We have 4,000 members']);
		expect(claimsOf('The Bank of Tarsen announced a bond-buying programme.')).toEqual([]);
		expect(datesOf('He was on bail until October, when he was rearrested.', '2025-05-14')).toEqual([['until October', '2024-10']]);
		expect(datesOf('Voting starts at 7am on Thursday.', '2025-05-14')).toEqual([['at 7am on Thursday', '2025-05-15']]);
		expect(eventsOf('Most schools stayed closed since Monday.')).toEqual(['2025-05-12']);
	});
});

describe('left over from the reviews', () => {
	it('a court placed in a city rules, not the city; "Ste." runs on into its name; a score before a month is no day', () => {
		expect(quotesOf('The High Court in Kampala ruled on Tuesday that the election result was valid.')).toEqual([['the election result was valid', 'High Court']]);
		expect(quotesOf('Ste. Veronne County officials said the road was closed.')).toEqual([['the road was closed', 'Ste. Veronne County']]);
		expect(datesOf('The Harriers won 3-1 June 14 and lost on 21 June.', '2024-07-01')).toEqual([
			['June 14', '2024-06-14'],
			['on 21 June', '2024-06-21'],
		]);
	});
});

describe('the third review (27 November 2026)', () => {
	const claimsOf = (body: string) => analyse(body, '2025-05-14').claims.map((c) => c.text);
	it('past events stay past after "had to", "can be", "should have", a number and "set back"; "by" after an obligation is a deadline', () => {
		expect(datesOf('The mayor said she had to cancel the trip on Monday because of the storm.', '2025-03-12')).toEqual([['on Monday', '2025-03-10']]);
		expect(datesOf('Officials said the damage can be traced to the storm that hit on Feb. 28.', '2025-03-12')).toEqual([['on Feb. 28', '2025-02-28']]);
		expect(datesOf('The coroner said the boy should have been seen by a doctor on Jan. 4.', '2025-03-12')).toEqual([['on Jan. 4', '2025-01-04']]);
		expect(datesOf('The union plans more strikes after 5,000 walked out on Monday.', '2025-03-12')).toEqual([['on Monday', '2025-03-10']]);
		expect(datesOf('The floods set back the harvest in October, farmers said.', '2025-03-12')).toEqual([['in October', '2024-10']]);
		expect(datesOf('Flights were delayed until late Sunday, stranding thousands.', '2025-03-12')).toEqual([['until late Sunday', '2025-03-09']]);
		expect(datesOf('Tavitian warned that Brenmark had to send its budget by 15 October.', '2024-09-17')).toEqual([['by 15 October', '2024-10-15']]);
		expect(datesOf('On 5 May 12 protesters were arrested in the square.', '2025-06-01')).toEqual([['On 5 May', '2025-05-05']]);
	});

	it('facts about intentions stay claims; a surname after "in" stays a person; a surname like "Moor" with a person\'s marks too', () => {
		expect(claimsOf('Of the 40 migrants who sought to cross the border, 12 drowned on Sunday.')).toEqual(['Of the 40 migrants who sought to cross the border, 12 drowned on Sunday.']);
		expect(claimsOf('The planned merger of the two Tarsen brewers was blocked on Monday.')).toEqual(['The planned merger of the two Tarsen brewers was blocked on Monday.']);
		expect(claimsOf('Troops aimed to capture the town but were repelled, losing 40 soldiers.')).toEqual(['Troops aimed to capture the town but were repelled, losing 40 soldiers.']);
		expect(actorsOf('Party members expressed confidence in Tomas Reyna on Monday. Reyna said he was grateful.')).toContainEqual(['Tomas Reyna', 'person']);
		expect(actorsOf('Coach Dan Moor said the team would recover.')).toEqual([['Dan Moor', 'person']]);
	});

	it('a state body is the body only where it is not a noun\'s qualifier; a list is no apposition; a person after "a spokeswoman for" is no organisation', () => {
		expect(actorsOf('Norway’s top military officer said the exercise had gone well.')).not.toContainEqual(['Norway’s top military', 'organization']);
		expect(actorsOf('Kenyan military bloggers said the village had fallen.')).not.toContainEqual(['Kenyan military', 'organization']);
		expect(quotesOf('Ana Lisk, her husband, and their two children were rescued from the roof. She said the water rose in minutes.')).toEqual([['the water rose in minutes', 'Ana Lisk']]);
		expect(actorsOf('A spokeswoman for Adeyemi, the singer, said the tour was cancelled.')).not.toContainEqual(['Adeyemi', 'organization']);
	});
});

describe('the fourth review (27 November 2026)', () => {
	const claimsOf = (body: string) => analyse(body, '2025-05-14').claims.map((c) => c.text);

	it('a date naming a happening stays past in the past tense; past results keep the tense; results to come may be next year\'s', () => {
		expect(datesOf('Ilse Varga won the April 5 run-off with 54 percent.', '2025-12-10')).toEqual([['April 5', '2025-04-05']]);
		expect(datesOf('Halden Foods said second-quarter sales rose 3 percent.', '2025-03-12')).toEqual([['second-quarter', '2024-Q2']]);
		expect(datesOf('Corvel Bank expects first-quarter revenue to fall.', '2025-12-10')).toEqual([['first-quarter', '2026-Q1']]);
	});

	it('"should be", "must be" still look ahead; a closure last week is past; "had to … by" in the narrative is past', () => {
		expect(datesOf('The vote should be held on Sunday.', '2025-03-12')).toEqual([['on Sunday', '2025-03-16']]);
		expect(datesOf('Officials said the bridge closed from Monday to Wednesday last week.', '2025-03-12')).toEqual([
			['from Monday to Wednesday', '2025-03-10/2025-03-12'],
			['last week', '2025-W10'],
		]);
		expect(datesOf('Farmers had to harvest their crops by October 15 because of the frost.', '2025-11-20')).toEqual([['by October 15', '2025-10-15']]);
		expect(datesOf('Officials said the damage can be traced to the storm that hit on Feb. 28.', '2025-03-12')).toEqual([['on Feb. 28', '2025-02-28']]);
	});

	it('places keep their appositives; surnames that are words of a trade stay people; "the company" on a tie is the subject or the one that spoke', () => {
		expect(actorsOf('Cedar Falls, a town of 9,000, lost power.')).toEqual([['Cedar Falls', 'place']]);
		expect(actorsOf('Stony Crossing said it would build a new school.')).toEqual([['Stony Crossing', 'place']]);
		expect(actorsOf('Mayor Tilda Oil said the port would reopen.')).toEqual([['Tilda Oil', 'person']]);
		expect(actorsOf('The film was made by Halloran, a film producer, in 2019.')).not.toContainEqual(['Halloran', 'organization']);
		expect(quotesOf('Ardent Labs sued Pelham Systems on Monday. The company said it was seeking $40 million in damages.')).toEqual([['it was seeking $40 million in damages', 'Ardent Labs']]);
		expect(quotesOf('Halbrook Motors said sales fell. A spokesman for the company said jobs were safe.')).toEqual([
			['sales fell', 'Halbrook Motors'],
			['jobs were safe', 'Halbrook Motors'],
		]);
		expect(quotesOf('The Medical Council heard the case on Monday. The panel\'s chair said the doctor had lied.')).toEqual([['the doctor had lied', 'Medical Council']]);
		expect(quotesOf('Groups of young men said they had been hired to vote.')).toEqual([['they had been hired to vote', 'groups']]);
		expect(claimsOf('The mayor of Ostvik wants to ban cars from the city centre.')).toEqual([]);
	});
});

describe('the fifth review: this session’s rules read against plain news text', () => {
	const claimsOf = (body: string) => analyse(body, '2025-03-10').claims.map((c) => c.text);

	it('a future counts from the day the words were said, not from any day before; "was scheduled to" in reported speech looks ahead; "ending" in past results is the year ended', () => {
		expect(datesOf('The Tarsen firm, founded on 4 May 1998, said it would close its plant on 30 June.', '2025-03-12')).toEqual([
			['on 4 May 1998', '1998-05-04'],
			['on 30 June', '2025-06-30'],
		]);
		expect(datesOf('The ministry said on Monday that the new Tarsen terminal was scheduled to open on 20 October.', '2025-03-10')).toEqual([
			['on Monday', '2025-03-10'],
			['on 20 October', '2025-10-20'],
		]);
		expect(datesOf('Net profit for the fiscal year ending March 31 rose 18 percent, the Tarsen company said.', '2025-05-16')).toEqual([['for the fiscal year ending March 31', '2024-04/2025-03']]);
	});

	it('given names are no months; a planned drill is no unplanned happening; an elided second clause keeps the first one’s future; a payable day in the past is past', () => {
		expect(datesOf('Police are still searching for April Kessler, 34, who disappeared on Sunday.', '2025-03-02')).toEqual([['on Sunday', '2025-03-02']]);
		expect(datesOf('All schools in Tarsen will take part in the March 12 fire drill.', '2025-02-20')).toEqual([['March 12', '2025-03-12']]);
		expect(datesOf('The Tarsen company plans to hire 200 engineers this year, and in September another 150.', '2025-02-18')).toEqual([
			['this year', '2025'],
			['in September', '2025-09'],
		]);
		expect(datesOf('The Tarsen dividend, which was payable on 3 March, was delayed by a computer fault.', '2025-04-20')).toEqual([['on 3 March', '2025-03-03']]);
		expect(datesOf('Voters in Tarsen get their last chance to register on 14 April.', '2025-04-01')).toEqual([['on 14 April', '2025-04-14']]);
		expect(datesOf('The Tarsen junta has promised elections in two years.', '2025-03-10')).toEqual([['in two years', '2027']]);
		expect(datesOf('Ana Ruiz was detained in Tarsen on 2 January 2023 and, months later, on 4 September, quietly freed.', '2025-06-10')).toEqual([
			['on 2 January 2023', '2023-01-02'],
			['on 4 September', '2023-09-04'],
		]);
	});

	it('a capital in a person’s name sets no country; a story that gives its own financial year keeps it', () => {
		expect(datesOf('Santiago Morales, a farmer near Fresno, said his well ran dry last summer. Santiago Morales has farmed there for years.', '2025-02-10')).toEqual([['last summer', '2024-SU']]);
		expect(datesOf('Orrin Foods, a British grocer, said sales fell 2 percent in the last financial year. Its financial year ends in December, unlike most in Britain.', '2025-03-10')).toEqual([
			['in the last financial year', '2024'],
			['in December', '2025-12'],
		]);
	});

	it('the person acted on may be the one speaking; a people’s adjective before a fisherman or of a continent speaks for no state; "Seri" and "Tun" are names', () => {
		expect(quotesOf('Coach Jordan Reyes dropped Alex Moreno from the squad on Friday.\n\n“I was shocked,” he said.')).toEqual([['I was shocked,', 'Alex Moreno']]);
		expect(quotesOf('Troops from Halvadia crossed the border.\n\n“We were not warned,” a Halvadian fisherman told reporters.')).toEqual([['We were not warned,', 'fisherman']]);
		expect(quotesOf('Leaders from across Europe met in Brussels on Monday. A senior European official said the talks had stalled.')).toEqual([['the talks had stalled', 'senior European official']]);
		expect(actorsOf('Seri Wulandari, a nurse in Tarsen, said the ward was full.')[0]).toEqual(['Seri Wulandari', 'person']);
		expect(actorsOf('The talks were held in Bandar Seri Begawan, the capital of Brunei, on Monday.').map(([name]) => name)).not.toContain('Begawan');
	});

	it('"replied to X that" reports what follows "that"; a question asked, a thing not said and an imperative in a quotation are no claims or campaigns', () => {
		expect(quotesOf('The Tarsen company replied to the regulator that the leak had been contained.')).toEqual([['the leak had been contained', 'company']]);
		expect(claimsOf('Reporters asked the Tarsen minister whether she would resign.')).toEqual([]);
		expect(claimsOf('The Tarsen ministry did not say whether the talks would resume.')).toEqual([]);
		expect(actorsOf('“Keep Marta Quell out of this,” the Tarsen minister told reporters.').map(([, kind]) => kind)).not.toContain('organization');
	});
});

describe('the sixth review: the later rules read against plain news text', () => {
	it('"her said" and "this said" are pronouns before a cue; a fund speaks; a person after "according to" is no body', () => {
		expect(quotesOf('She was a gifted and stubborn pupil who loved chemistry, a teacher who taught her said.')).toEqual([['She was a gifted and stubborn pupil who loved chemistry', 'teacher']]);
		expect(quotesOf('“We will not invest in coal again,” the Tarsen fund said.')).toEqual([['We will not invest in coal again,', 'fund']]);
		expect(actorsOf('Prices have doubled since spring, according to Marguerite, a farmer who has worked the same land for 50 years.')).toEqual([['Marguerite', 'person']]);
	});

	it('orders keep the day of their infinitive; "until the end of March" and "by the end of March" in a past sentence look back; "2024-25 league campaign" is no financial year; "The second vote takes place in two weeks" is a day', () => {
		expect(datesOf('The court ordered the former Tarsen minister to appear before the committee in the capital on Monday.', '2025-06-11')).toEqual([['on Monday', '2025-06-16']]);
		expect(datesOf('The Tarsen port was closed for repairs until the end of February, officials said.', '2025-06-11')).toEqual([['until the end of February', '2025-02']]);
		expect(datesOf('The Tarsen firm sold 4,000 of the vehicles by the end of August, up from 2,500 a year earlier.', '2025-10-15')[0]).toEqual(['by the end of August', '2025-08']);
		expect(datesOf('The second vote in Tarsen takes place in two weeks.', '2025-06-11')).toEqual([['in two weeks', '2025-06-25']]);
		expect(datesOf('The concert in Tarsen had been set to go ahead on Saturday but was cancelled on Monday because of the storm.', '2025-06-13')).toEqual([
			['on Saturday', '2025-06-14'],
			['on Monday', '2025-06-09'],
		]);
	});
});

describe('the seventh review: this session\'s rules read against plain news text', () => {
	const speakers = (body: string, date = '2025-05-14') => analyse(body, date).quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('words are an old interview\'s only when the year closes the cue\'s own phrase ("told the Courier in 1987"), not "adding that … since 2019"', () => {
		expect(speakers('BRUSSELS (Tarsen Wire) — Commissioner Henrik Salven on Tuesday unveiled a plan.\n\nFarm lobby chief Pieter Wolde said the proposal would ruin small producers.\n\n“This will close thousands of family farms,” he said, adding that incomes had already fallen since 2019.\n')).toEqual([
			['the proposal wou', 'Pieter Wolde'],
			['This will close ', 'Pieter Wolde'],
			['incomes had alre', 'Pieter Wolde'],
		]);
	});

	it('a pronoun does not go to someone the paragraph before tells was shot, arrested or jailed, or brings in as an object', () => {
		expect(speakers('Police Chief Sarah Olsen said the investigation was continuing.\n\nOfficer Linda Cray, who joined the Tarsen force in 2009, was shot in the chest on Sunday. She died at the scene.\n\n“She was one of our finest,” she said.\n')).toEqual([
			['the investigatio', 'Sarah Olsen'],
			['She was one of o', 'Sarah Olsen'],
		]);
		expect(speakers('Detective Inspector Paul Garside said the raid followed months of work.\n\nOfficers arrested Darren Willets, 41, at an address in Tarsen.\n\n“We will not tolerate drug dealing,” he said.\n')).toEqual([
			['the raid followe', 'Paul Garside'],
			['We will not tole', 'Paul Garside'],
		]);
	});

	it('a family name written first ("Nguyen Thi Hoa", "Pham Minh Chau") suggests no gender', () => {
		expect(speakers('Tourism official Pham Minh Chau said arrivals had fallen by a third. Nguyen Thi Hoa, a souvenir seller in Tarsen, said business had collapsed.\n\n“I have sold nothing this week,” she said.\n')).toEqual([
			['arrivals had fal', 'Pham Minh Chau'],
			['business had col', 'Nguyen Thi Hoa'],
			['I have sold noth', 'Nguyen Thi Hoa'],
		]);
	});

	it('a pronoun after a name tells its gender whatever the name lists say ("Mika Rautavaara, the coach, said he was pleased")', () => {
		expect(speakers('Team doctor Robin Salo said the injury was not serious. Mika Rautavaara, the coach, said he was pleased.\n\n“We were patient and it paid off,” he said.\n')).toEqual([
			['the injury was n', 'Robin Salo'],
			['he was pleased', 'Mika Rautavaara'],
			['We were patient ', 'Mika Rautavaara'],
		]);
	});

	it('a contraction before a cue is no possessive ("He’s said “…”"), and a singular subject\'s "notes" is a verb', () => {
		expect(quotesOf('Coach Dario Velli has never hidden his ambition. He’s said “we can win the league” since his first day.')).toEqual([['we can win the league', 'Dario Velli']]);
		expect(quotesOf('Judge Anna Kessler ruled on Friday. The judge notes “the evidence of harm is overwhelming.”')).toEqual([['the evidence of harm is overwhelming.', 'Anna Kessler']]);
	});

	it('"the statement said" after "X issued a statement" is X\'s; one read "on behalf of the family of" a man who was killed is the family\'s', () => {
		expect(speakers('Opposition leader Aldo Reyes said the Tarsen health minister should resign.\n\nThe Tarsen Health Ministry issued a statement hours after Reyes called for the resignation.\n\n“The minister retains the full confidence of the prime minister,” the statement said.\n')).toEqual([
			['the Tarsen healt', 'Aldo Reyes'],
			['The minister ret', 'Tarsen Health Ministry'],
		]);
		expect(speakers('A lawyer read a statement on behalf of the family of Jonas Pereira, who was killed in the Tarsen crash.\n\n“We have waited four years for this,” the statement said.\n')).toEqual([['We have waited f', 'family']]);
	});

	it('dates: a planned happening in a past sentence is past unless within a month; "were required to … by" looks back; "bookings for April" is the nearer April', () => {
		expect(datesOf('At the annual general meeting on May 20, Tarsen shareholders rejected the pay plan.', '2025-12-10')).toEqual([['on May 20', '2025-05-20']]);
		expect(datesOf('Tarsen councillors rejected the budget, four days before the legal deadline of June 30.', '2025-06-27')).toEqual([['June 30', '2025-06-30']]);
		expect(datesOf('Candidates in Tarsen were required to register by April 30.', '2025-05-14')).toEqual([['by April 30', '2025-04-30']]);
		expect(datesOf('Tarsen hotel bookings for April were down 8%.', '2025-05-14')).toEqual([['for April', '2025-04']]);
		expect(datesOf('The Tarsen exhibition, running until the end of May, drew 40,000 visitors.', '2025-07-20')).toEqual([['until the end of May', '2025-05']]);
	});

	it('dates: "Sales for the week of May 5 rose" is past; "from Saturday’s concert" the nearer Saturday; "following Thursday’s vote" the tense\'s; advice "to stay indoors on Saturday" ahead; "until the close on Friday" ahead', () => {
		expect(datesOf('Tarsen sales for the week of May 5 rose 3%.', '2025-05-14')).toEqual([['for the week of May 5', '2025-W19']]);
		expect(datesOf('Proceeds from Saturday’s Tarsen concert will go to families.', '2025-05-14')).toEqual([['Saturday’s', '2025-05-17']]);
		expect(datesOf('A decision is expected following Thursday’s vote in Tarsen.', '2025-05-14')).toEqual([['Thursday’s', '2025-05-15']]);
		expect(datesOf('Tarsen residents were told to stay indoors on Saturday.', '2025-05-14')).toEqual([['on Saturday', '2025-05-17']]);
		expect(datesOf('Tarsen shareholders can tender their shares until the close on Friday.', '2025-05-14')).toEqual([['on Friday', '2025-05-16']]);
	});

	it('dates: a goal "by the end of the decade" is the article\'s decade, a founding year notwithstanding; a subheading\'s weekday stays in its section', () => {
		expect(datesOf('The Tarsen company, founded in 1987, set a goal of becoming carbon neutral by the end of the decade.', '2025-05-14')).toEqual([
			['in 1987', '1987'],
			['by the end of the decade', '202'],
		]);
		expect(datesOf('## Crash on Sunday\n\nTwo people died when a bus overturned near Tarsen, police said.\n\n## Funeral\n\nThe funeral will be held on Sunday in Varrow.', '2025-05-14')).toEqual([
			['on Sunday', '2025-05-11'],
			['on Sunday', '2025-05-18'],
		]);
	});

	it('names: "Md." after a town and its comma is Maryland; a festival that is a surname speaks; a trade opening an organisation\'s name stays in it; "Election Monitor" is a role', () => {
		expect(actorsOf('The company moved from Ohio to Bethesda, Md. Chief executive Laura Benning said the move saved money.')).toEqual([
			['Ohio', 'place'],
			['Maryland', 'place'],
			['Laura Benning', 'person'],
		]);
		expect(quotesOf('Coach Bill Easter has led the Tarsen Hawks since 2019. Easter said the team would bounce back.')).toEqual([['the team would bounce back', 'Bill Easter']]);
		expect(quotesOf('The Caregiver Alliance of Tarsen said the cuts were cruel. Election Monitor Tendai Moyo said voting had been peaceful.')).toEqual([
			['the cuts were cruel', 'Caregiver Alliance of Tarsen'],
			['voting had been peaceful', 'Tendai Moyo'],
		]);
	});
});

describe('the eighth review: the seventh review\'s rules read against plain news text', () => {
	const speakers = (body: string) => analyse(body, '2025-05-14').quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('"X said she …" teaches X no gender against X\'s given name when a woman was named before: "she" is hers', () => {
		expect(speakers('Prime Minister Anna Lind faced a no-confidence vote on Tuesday. Opposition leader Tom Brask said she had lost the country\'s trust.\n\n“The government has failed,” he said.\n')).toEqual([
			['she had lost the', 'Tom Brask'],
			['The government h', 'Tom Brask'],
		]);
	});

	it('a newcomer with an age speaks next though elected or listed ("was elected", "included"): only harm done to them bars it', () => {
		expect(speakers('Mayor Leo Ortiz said the plan would help the town.\n\nTomasz Wekesa, 58, was elected to the traders\' board last year.\n\n“We cannot pay more,” he said.\n')).toEqual([
			['the plan would h', 'Leo Ortiz'],
			['We cannot pay mo', 'Tomasz Wekesa'],
		]);
		expect(speakers('Mayor Leo Ortiz said the plan would help the town.\n\nThose who turned up included Tomasz Wekesa, 58, a retired bus driver.\n\n“We cannot pay more,” he said.\n')).toEqual([
			['the plan would h', 'Leo Ortiz'],
			['We cannot pay mo', 'Tomasz Wekesa'],
		]);
	});

	it('a year in the next sentence dates no interview ("“…,” she said. The gallery opened in 1998."); a curator is a role', () => {
		expect(speakers('Painter Rosa Delmar, who died on Monday at 91, worked until last year.\n\nCurator Ines Vidal knew her for decades.\n\n“She never stopped working,” she said. The gallery opened in 1998.\n')).toEqual([['She never stoppe', 'Ines Vidal']]);
	});

	it('"the statement said" is given by the subject of "issued a statement", not by one named in a phrase before it', () => {
		expect(speakers('Union leader Aldo Reyes said nurses would strike.\n\nAfter talks with the Tarsen Nurses Union, the Tarsen Health Ministry issued a statement.\n\n“We remain open to dialogue,” the statement said.\n')).toEqual([
			['nurses would str', 'Aldo Reyes'],
			['We remain open t', 'Tarsen Health Ministry'],
		]);
	});

	it('"claims “of a cover-up”" is a noun with its complement quoted, not a cue', () => {
		expect(quotesOf('The Tarsen Teachers Union claims “of a cover-up” were rejected by the board.')).toEqual([['of a cover-up', null]]);
	});

	it('a given name alone is a person only with an age or a person\'s noun in its apposition; "Referee Mark Power" is a person; "Md." after a comma opens a name in a list', () => {
		expect(actorsOf('Hope, a charity in Tarsen, said the cuts were cruel. Ginger, a 15-year-old tabby, was rescued. Priscilla, a customer support lead, said she was tired.')).toEqual([
			['Priscilla', 'person'],
			['Tarsen', 'place'],
		]);
		expect(actorsOf('Referee Mark Power said the tackle was reckless.')).toEqual([['Mark Power', 'person']]);
		expect(actorsOf('Police charged three suspects, Md. Rafiq Uddin, Md. Selim Mia and Karim Ali, on Monday.')).toEqual([
			['Md. Rafiq Uddin', 'person'],
			['Md. Selim Mia', 'person'],
			['Karim Ali', 'person'],
		]);
	});

	it('dates: "from Saturday’s" in a past sentence looks back; a happening announced or set in a past sentence is the nearer one', () => {
		expect(datesOf('Proceeds from Saturday’s Tarsen concert went to families.', '2025-05-14')).toEqual([['Saturday’s', '2025-05-10']]);
		expect(datesOf('In November, the Tarsen board announced the annual general meeting on May 20.', '2025-12-10')).toEqual([
			['In November', '2025-11'],
			['on May 20', '2026-05-20'],
		]);
	});

	it('dates: a forecast "for March" outside a past sentence is the next March; "by the end of the decade" after a year opening the sentence is that decade', () => {
		expect(datesOf('The long-range outlook for March is for more rain in Tarsen.', '2025-07-20')).toEqual([['for March', '2026-03']]);
		expect(datesOf('In 1962, the Tarsen president vowed to land a probe on the moon by the end of the decade.', '2025-05-14')).toEqual([
			['In 1962', '1962'],
			['by the end of the decade', '196'],
		]);
	});
});

describe('the ninth review: Engine 182 and 183 read against plain news text', () => {
	const speakers = (body: string) => analyse(body, '2025-05-14').quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('dates: a plan noun dates the announcing ("announced plans to scrap the tax on Monday"); a timetable verb leaves a date about its object alone ("faces a ban for his tackle on Saturday"); plural nouns joined by "and" are no verb', () => {
		expect(datesOf('The Tarsen minister announced plans to scrap the tax on Monday.', '2025-05-14')).toEqual([['on Monday', '2025-05-12']]);
		expect(datesOf('Akers faces a three-match ban for his tackle on Saturday.', '2025-05-12')).toEqual([['on Saturday', '2025-05-10']]);
		expect(datesOf('Tarsen hospital admissions and visits in April rose by 5%.', '2025-05-14')).toEqual([['in April', '2025-04']]);
	});

	it('dates: a meeting a past sentence took place at is past ("called for a crossing at a council meeting on October 20"); a count before a happening still ahead of it is no plan ("Two days before the election on October 26, Varn was taken ill")', () => {
		expect(datesOf('Residents called for a new crossing at a Tarsen council meeting on October 20.', '2025-05-14')).toEqual([['on October 20', '2024-10-20']]);
		expect(datesOf('Two days before the Tarsen election on October 26, Varn was taken ill.', '2025-05-14')).toContainEqual(['on October 26', '2024-10-26']);
	});

	it('dates: "by the end of the decade" after a baseline year is a goal\'s, this decade; a rise "which took effect from January" has; "forecasts for April" in May are April\'s', () => {
		expect(datesOf('Tarsen wants to cut emissions by 40% from 2015 levels by the end of the decade.', '2025-05-14')).toEqual([
			['from 2015', '2015'],
			['by the end of the decade', '202'],
		]);
		expect(datesOf('The Tarsen board approved a 4% pay rise, which took effect from January.', '2025-05-14')).toEqual([['from January', '2025-01']]);
		expect(datesOf('Economists’ forecasts for April point to Tarsen inflation easing.', '2025-05-12')).toEqual([['for April', '2025-04']]);
	});

	it('dates: a curfew "imposed from Saturday" is told afterwards; "proceeds from Saturday’s concert would go" lie ahead; figures "for the week of April 7" are past; "that day" after a date ahead in the same paragraph is that date', () => {
		expect(datesOf('Tarsen authorities imposed a night-time curfew from Saturday after two nights of rioting.', '2025-05-19')).toEqual([['from Saturday', '2025-05-17']]);
		expect(datesOf('Organisers said all proceeds from Saturday’s Tarsen concert would go to the hospice.', '2025-05-15')).toEqual([['Saturday’s', '2025-05-17']]);
		expect(datesOf('The Tarsen retailer announced sales figures for the week of April 7 that showed a 4% fall.', '2025-05-14')).toEqual([['for the week of April 7', '2025-W15']]);
		expect(datesOf('Ellison was arrested on March 2 in Tarsen.\n\nThe hearing was adjourned until June 9. The judge said Ellison had to attend in person that day.', '2025-05-14')).toContainEqual(['that day', '2025-06-09']);
	});

	it('a given name alone with any "a …" naming a person speaks ("Maya, a mother-of-three who lives …"); not an animal, a body or an acronym', () => {
		expect(speakers('Families in Tarsen say the bus cuts have left them stranded.\n\nMaya, a mother-of-three who lives on the Kell estate, now walks two miles. “We can’t afford taxis,” she said.\n')).toContainEqual(['We can’t afford ', 'Maya']);
		expect(actorsOf('Nandi and Kofi, a 12-year-old male who arrived from Tarsen, had a calf.').map(([name]) => name)).not.toContain('Kofi');
		expect(actorsOf('The Brackenford Examinations Authority (BEA) published figures. According to the BEA, the gap rose.').map(([name]) => name)).toEqual(['Brackenford Examinations Authority']);
	});

	it('a newcomer with an age does not speak when the quotation speaks of them or a lead-in is about them, nor when someone in their paragraph acts on them', () => {
		expect(speakers('A car mounted the pavement in Tarsen on Tuesday.\n\n“The car came out of nowhere,” said Mara Jensen, who was waiting nearby.\n\nLena Brisk, 23, was airlifted to hospital.\n\n“I ran over and held her hand,” she said.\n')).toEqual([
			['The car came out', 'Mara Jensen'],
			['I ran over and h', 'Mara Jensen'],
		]);
		expect(speakers('Tarsen Rovers won 2-1 on Saturday.\n\n“We were nervous early on,” manager Paul Renner said.\n\nTom Akers, 19, scored both goals.\n\nAsked about the youngster after the match, he said: “He has a big future.”\n')).toEqual([
			['We were nervous ', 'Paul Renner'],
			['He has a big fut', 'Paul Renner'],
		]);
	});

	it('"including X of the Association" is no subject; "The headteacher who met Joel’s parents said" is the headteacher\'s; "X, who is on holiday, issued a statement" is X\'s statement', () => {
		expect(quotesOf('Campaigners, including Dana Holt of the Tarsen Residents Association, said the plan was flawed.')).toEqual([['the plan was flawed', 'campaigners']]);
		expect(quotesOf('Joel Marr, 17, died in March.\n\nThe headteacher who met Joel’s parents said the school would hold a memorial.')).toEqual([['the school would hold a memorial', 'headteacher']]);
		expect(speakers('A fire broke out at the Brennmoor Chemicals plant in Tarsen.\n\nMayor Ilse Varn, who is on holiday abroad, issued a statement on Wednesday.\n\n“My thoughts are with the workers,” the statement said.\n')).toEqual([['My thoughts are ', 'Ilse Varn']]);
	});

	it('"states: “On the evidence …”" and "notes “from the first whistle …”" are cues; "said she would table a motion" teaches gender; "the Varenne department" is a region; "Md. Last March," ends a sentence', () => {
		expect(speakers('The ruling runs to 40 pages.\n\nJudge Petra Vance states: “On the evidence before me, the council acted unlawfully.”\n')).toEqual([['On the evidence ', 'Petra Vance']]);
		expect(speakers('Council leader Anna Lind defended the budget.\n\nOpposition leader Nikita Brask said she would table a motion.\n\n“The council has lost the town’s trust,” Brask said.\n\nLater, she said: “Residents deserve better.”\n').at(-1)).toEqual(['Residents deserv', 'Nikita Brask']);
		expect(quotesOf('Floods killed six people in Varenne.\n\nRescue teams in the Varenne department said 2,000 homes had been evacuated.')).toEqual([['2,000 homes had been evacuated', 'rescue teams']]);
		expect(quotesOf('The company is based in Kellsburg, Md. Last March, it cut 200 jobs, chief executive Dana Holt said.')).toEqual([['Last March, it cut 200 jobs', 'Dana Holt']]);
	});
});

describe('the tenth review: Engines 184 to 187 read against plain news text', () => {
	const speakers = (body: string) => analyse(body, '2025-05-14').quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('dates: a state after a happening ("remains in hospital after the crash on Saturday"); a happening told of before a modal ("the fire on Sunday could have been far worse"); previews ("play against Barnford on Saturday", "holds a memorial service for the victims on Sunday")', () => {
		expect(datesOf('The Tarsen victim remains in hospital after the crash on Saturday.', '2025-05-14')).toEqual([['on Saturday', '2025-05-10']]);
		expect(datesOf('Tarsen officials said the fire on Sunday could have been far worse.', '2025-05-14')).toEqual([['on Sunday', '2025-05-11']]);
		expect(datesOf('Kestrel Town play against Tarsen on Saturday.', '2025-05-14')).toEqual([['on Saturday', '2025-05-17']]);
		expect(datesOf('The Tarsen church holds a memorial service for the victims on Sunday.', '2025-05-14')).toEqual([['on Sunday', '2025-05-18']]);
		expect(datesOf('The exhibition in Tarsen features 40 paintings and runs until June 30.', '2025-05-14')).toEqual([['until June 30', '2025-06-30']]);
	});

	it('dates: a plan\'s month lies ahead ("unveiled plans to close the library in September"); a happening won in a past month has been; a warning issued "from Saturday afternoon" lies ahead; an approval "from October" with no clause between', () => {
		expect(datesOf('The Tarsen council unveiled plans to close the library in September.', '2025-05-14')).toEqual([['in September', '2025-09']]);
		expect(datesOf('Halden was convicted in Tarsen at his trial in February and is serving eight years.', '2025-11-20')).toContainEqual(['in February', '2025-02']);
		expect(datesOf('Forecasters in Tarsen issued a yellow warning for thunderstorms from Saturday afternoon.', '2025-05-15')).toEqual([['from Saturday afternoon', '2025-05-17']]);
		expect(datesOf('The Tarsen regulator approved an increase in the energy price cap of 6.4% from October.', '2025-05-14')).toEqual([['from October', '2025-10']]);
	});

	it('dates: "That evening," opening its sentence counts from a past date; "ahead of the country’s general election on June 29"; "injuries from Saturday’s crash meant he would"; "directed the jury to return a verdict on Tuesday"; "announced its programme for the week of June 9"', () => {
		expect(datesOf('Organisers announced on Monday that the Tarsen festival would open on June 9. That evening, tickets sold out.', '2025-05-14')).toContainEqual(['That evening', '2025-05-12']);
		expect(datesOf('Troops were deployed in Tarsen ahead of the country’s general election on June 29.', '2025-05-14')).toEqual([['on June 29', '2025-06-29']]);
		expect(datesOf('Doctors in Tarsen said injuries from Saturday’s crash meant he would never walk again.', '2025-05-14')).toEqual([['Saturday’s', '2025-05-10']]);
		expect(datesOf('Judge Halden in Tarsen directed the jury to return a not guilty verdict on Tuesday.', '2025-05-14')).toEqual([['on Tuesday', '2025-05-13']]);
		expect(datesOf('The Tarsen festival announced its programme for the week of June 9.', '2025-05-14')).toEqual([['for the week of June 9', '2025-W24']]);
	});

	it('speakers: a survivor speaks of it in their own words; a witness speaks of others as "I"; "Asked whether he would retire, he said" is the newcomer\'s; one in a "when" clause of another gender does not bar', () => {
		expect(speakers('“The road was icy,” said police sergeant Ian Pell.\n\nDriver Sam Hale, 34, was treated for minor injuries at the scene.\n\n“I was very lucky,” he said.\n').at(-1)).toEqual(['I was very lucky', 'Sam Hale']);
		expect(speakers('“We will rebuild,” said fire chief Owen Marsh.\n\nTomasz Wekesa, 58, lost his bakery in the fire.\n\n“My son told me he had seen the smoke,” he said.\n').at(-1)).toEqual(['My son told me h', 'Tomasz Wekesa']);
		expect(speakers('“The shop will not reopen,” said spokesman Leon Hart.\n\nHarold Benn, 71, has run the corner shop in Tarsen for 40 years.\n\nAsked whether he would retire, he said: “I honestly don’t know.”\n').at(-1)).toEqual(['I honestly don’t', 'Harold Benn']);
		expect(speakers('“We lost 40 homes,” said mayor Ruth Dale.\n\nAna Kovac, 44, was asleep when firefighter Tom Reyes knocked on her door.\n\n“We had minutes to get out,” she said.\n').at(-1)).toEqual(['We had minutes t', 'Ana Kovac']);
	});

	it('speakers: "X said she would have to answer to voters" is said of a woman just named; "Castlebrook residents say" are residents; a capitalised title with no name speaks; "Pak" and "Eng" open names; "the group" after "a group of 12 walkers"; a title in marks is nobody\'s', () => {
		expect(speakers('Health Minister Clara Voss announced the closure on Monday.\n\nOpposition leader Tom Brask said she would have to answer to voters. “This is a betrayal,” he said.\n').at(-1)).toEqual(['This is a betray', 'Tom Brask']);
		expect(quotesOf('Castlebrook FC want to build a new stadium.\n\nMany Castlebrook residents say the plan is too big.')).toEqual([['the plan is too big', 'residents']]);
		expect(quotesOf('The Chief Medical Officer said that cases were rising.')).toEqual([['cases were rising', 'Chief Medical Officer']]);
		expect(speakers('“We expect a strong harvest,” Eng Wei Ling, chief executive of Tarlow Foods, told reporters.\n')).toEqual([['We expect a stro', 'Eng Wei Ling']]);
		expect(quotesOf('The Tarsen Ramblers’ Association has campaigned for paths.\n\nA group of 12 walkers was rescued on Sunday. The group said it had been well prepared.')).toEqual([['it had been well prepared', 'group']]);
		expect(quotesOf('Mayor Lina Ostrova said the budget was balanced. “The Long Road Home” opens at the Tarsen Civic Theatre on Friday.').at(-1)).toEqual(['The Long Road Home', null]);
	});

	it('a given name with an "a …" naming an animal or a product is no person', () => {
		expect(actorsOf('Bella, a three-year-old Labrador, was found alive in Tarsen. Ava, an AI assistant, answers calls.').map(([name]) => name)).toEqual(['Tarsen']);
	});
});

describe('the eleventh review: Engines 188 to 191 read against plain news text', () => {
	const speakers = (body: string) => analyse(body, '2025-05-14').quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('"Sam, a wheelchair user," is a person; "a group of its fighters" leaves "the group" the Front; "The Minister said" is the minister named before; a business named after the campaign is "the group"', () => {
		expect(quotesOf('Sam, a wheelchair user, said the Tarsen ramp was too steep.')).toEqual([['the Tarsen ramp was too steep', 'Sam']]);
		expect(quotesOf('The Khorvan Liberation Front carried out the raid. A group of its fighters crossed the river.\n\nThe group said it had lost no one.')).toEqual([['it had lost no one', 'Khorvan Liberation Front']]);
		expect(quotesOf('Minister Ana Dorsey visited Tarsen on Monday.\n\nThe Minister said the work would finish in June.')).toEqual([['the work would finish in June', 'Ana Dorsey']]);
		expect(quotesOf('The Tarsen Residents Association opposed the plan.\n\nBrackenridge Group said it would appeal.\n\nThe group said the ruling was flawed.').at(-1)).toEqual(['the ruling was flawed', 'Brackenridge Group']);
	});

	it('one arrested with a role between ("Officers arrested motorist Tom Reyes, 41,") does not speak next; "X, a former quarry worker who said" is X', () => {
		expect(speakers('Inspector Dana Holt said the driver had fled.\n\nOfficers arrested motorist Tom Reyes, 41, near the Tarsen bridge.\n\n“We will not tolerate this,” he said.\n').at(-1)).toEqual(['We will not tole', 'Dana Holt']);
		expect(speakers('Chief Superintendent Marcus Thorne said officers had moved in.\n\nThe counter-protest was led by Lorenzo Baptiste, a former quarry worker who said the mine would bring 450 jobs.\n\n“We want work,” he said.\n')).toEqual([
			['officers had mov', 'Marcus Thorne'],
			['the mine would b', 'Lorenzo Baptiste'],
			['We want work,', 'Lorenzo Baptiste'],
		]);
	});
});

describe('a figure compared with a year before a day', () => {
	it('"54% full on Sunday, compared with 68% a year earlier" is that Sunday a year before; the day a quarter ended is no such day', () => {
		expect(datesOf('Storage sites were 54% full on Sunday, compared with 68% a year earlier, the association said.', '2026-01-13')).toEqual([
			['on Sunday', '2026-01-11'],
			['a year earlier', '2025-01-11'],
		]);
		expect(datesOf('Reservoirs were at 11 per cent of capacity on May 20, compared with 27 per cent a year earlier.', '2023-06-02')).toEqual([
			['on May 20', '2023-05-20'],
			['a year earlier', '2022-05-20'],
		]);
		expect(datesOf('Verancourt reported net income of $212 million for its second fiscal quarter, which ended Sept. 30, up 18 per cent from a year earlier.', '2023-10-20').at(-1)?.[1]).not.toBe('2022-09-30');
	});
});

describe('the twelfth batch\'s dates (invented people and places)', () => {
	it('a team and an aside before a fixture\'s verb: "Dunhollow, who have won nine of their last 10 games, travel to Saltmere on Sunday" lies ahead', () => {
		expect(datesOf('Dunhollow, who have won nine of their last 10 league games, travel to Saltmere on Sunday.', '2025-01-23')).toEqual([['on Sunday', '2025-01-26']]);
		expect(datesOf('Rovers, second in the table and two points behind the leaders, host Kellbrook Town on Saturday.', '2025-01-23')).toEqual([['on Saturday', '2025-01-25']]);
	});

	it('what only a past day can have brought: "will be out after tearing a hamstring in Sunday’s 2-1 win"; not "Whoever wins Sunday\'s runoff"', () => {
		expect(datesOf('Okafor-Lind will be out for six weeks after tearing a hamstring in Sunday’s 2-1 win over Saltmere.', '2025-01-23')).toEqual([['for six weeks', 'P6W'], ['Sunday’s', '2025-01-19']]);
		expect(datesOf("Whoever wins Sunday's runoff will face a hard job.", '2025-01-23')).toEqual([["Sunday's", '2025-01-26']]);
	});

	it('a period cancelled or kept in place runs ahead: "cancelled all sailings until at least Monday", "has kept an alert in place until Thursday night"', () => {
		expect(datesOf('Skarvik Sound Ferries cancelled all sailings on the route until at least Monday.', '2025-01-18')).toEqual([['until at least Monday', '2025-01-20']]);
		expect(datesOf('The agency has kept a red heat alert in place for the province until Thursday night.', '2025-08-13')).toEqual([['until Thursday night', '2025-08-14']]);
	});

	it('a period declared from a weekday is the nearer such day: "declared three days of national mourning from Tuesday", "imposed a curfew from Saturday"', () => {
		expect(datesOf('The government declared three days of national mourning from Tuesday.', '2026-03-09')).toEqual([['three days', 'P3D'], ['from Tuesday', '2026-03-10']]);
		expect(datesOf('Police imposed a curfew from Saturday.', '2026-03-09')).toEqual([['from Saturday', '2026-03-07']]);
	});

	it('an early hour after a late one is the next day: "left at 9:30 p.m. on Friday and struck the rocks at about 1:05 a.m.", then "at 8 a.m." that day', () => {
		expect(datesOf('The ferry left Port Hallam at 9:30 p.m. on Friday and struck the rocks at about 1:05 a.m., officials said. The commander spoke to reporters at 8 a.m.', '2025-01-18')).toEqual([
			['at 9:30 p.m. on Friday', '2025-01-17'],
			['at about 1:05 a.m.', '2025-01-18'],
			['at 8 a.m.', '2025-01-18'],
		]);
		expect(datesOf('Voting began at 7 a.m. on Friday and closed at 9 p.m.', '2025-01-18')).toEqual([['at 7 a.m. on Friday', '2025-01-17'], ['at 9 p.m.', '2025-01-17']]);
	});
});

describe('the sixth review: misfires of Engines 193-195', () => {
	const lastSpeaker = (body: string) => analyse(body, '2025-03-12').quotes.at(-1)?.speakerName;

	it('"pleaded not guilty", "was asked by officers to stop", "posted bail" and "wrote a book" are no speech: "he said" after them is the latest speaker', () => {
		expect(lastSpeaker('“The defendant showed no remorse,” prosecutor Daniel Hart said.\n\nKevin Brooks pleaded not guilty to all charges at a hearing last month.\n\n“He will face the full force of the law,” he said.')).toBe('Daniel Hart');
		expect(lastSpeaker('“The car was travelling at 90 mph,” Sergeant Daniel Hart said.\n\nKevin Brooks was asked by officers to stop but drove off.\n\n“He put lives at risk,” he said.')).toBe('Daniel Hart');
		expect(lastSpeaker('“We found the car abandoned near the river,” Sheriff Daniel Hart said.\n\nKevin Brooks posted bail on Tuesday and was released.\n\n“We are still looking for a second suspect,” he said.')).toBe('Daniel Hart');
		expect(lastSpeaker('“This is a landmark ruling,” said Daniel Hart, a lawyer for the families.\n\nKevin Brooks wrote a book about the disaster in 2015.\n\n“The families have waited a decade for this,” he said.')).toBe('Daniel Hart');
	});

	it('"chairman", which women bear too, tells no gender: the given name does ("Club chairman Michael Kariuki … she said" is the woman before; "The cooperative’s chairman, Bukola Adeyemi, … she said" is the chairman)', () => {
		expect(lastSpeaker('“We are devastated,” said supporter Mary Okonjo.\n\nClub chairman Michael Kariuki said the club would appeal against the points deduction.\n\n“It is heartbreaking for the fans,” she said.')).toBe('Mary Okonjo');
		expect(lastSpeaker('The cooperative’s chairman, Bukola Adeyemi, told members the loan had been repaid.\n\n“We owe nothing,” she said.')).toBe('Bukola Adeyemi');
	});

	it('a pair acted upon, or one the words speak of, picks no one: "were charged with arson" then "“They will appear in court,” she said"', () => {
		expect(lastSpeaker('“Two people were detained at the scene,” Detective Inspector Ana Ruiz said.\n\nMrs Sarah Lee and Mr John Madsen were charged with arson on Sunday.\n\n“They will appear in court on Monday,” she said.')).toBe('Ana Ruiz');
		expect(lastSpeaker('“It has been a difficult season,” club chairman Tom Reyes said.\n\nMr Peter Brandt and Ms Mary Okonjo joined the board in 2019.\n\n“Both of them have been loyal to the club,” he said.')).toBe('Tom Reyes');
	});

	it('"Among the dead was Mark Ellis" names no subject who speaks next', () => {
		expect(lastSpeaker('“The boat capsized in heavy seas,” coastguard officer Tom Reyes said.\n\nAmong the dead was Mark Ellis, a fisherman from the village. “He was a strong swimmer,” he said.')).toBe('Tom Reyes');
	});

	it('"of the" does not swallow a body of its own ("the Board of the Halvard Foundation") nor a title before a name ("the Office of the Prime Minister Ana Ruiz")', () => {
		expect(lastSpeaker('The Board of the Halvard Foundation voted on Monday to close the museum.\n\n“We had no choice,” the foundation said in a statement.')).toBe('Halvard Foundation');
		expect(analyse('A statement from the Office of the Prime Minister Ana Ruiz said talks would continue.', '2025-03-12').actors.find((a) => a.name === 'Ana Ruiz')?.roles).toEqual(['Prime Minister']);
		expect(actorsOf('The Court of the Ostvale Region ruled on Monday that the election was valid.')).toEqual([['Court of the Ostvale Region', 'organization']]);
	});

	it('a person\'s name before "faction" or "union" stays a person\'s ("the breakaway Ana Ruiz faction", "told John Madsen union rules")', () => {
		expect(actorsOf('Members of the breakaway Ana Ruiz faction walked out on Monday.\n\n“We have been betrayed,” Ruiz said.')).toEqual([['Ana Ruiz', 'person']]);
		expect(actorsOf('The company told John Madsen union rules barred him from working.')).toEqual([['John Madsen', 'person']]);
	});

	it('an initialism before a quotation that opens in lower case runs on: "help the U.S. “in any way it can.”" is one quotation, no clause cut at "U.S"', () => {
		expect(analyse('Ana Ruiz said Ostvale would help the U.S. “in any way it can.”', '2025-03-12').quotes.map((q) => q.text)).toEqual(['in any way it can.']);
	});

	it('"a year earlier" is a day only after a figure compared with it, not after the day a figure was reported, a period\'s end or a narrative', () => {
		expect(datesOf('Halvard Mills said on Tuesday that net profit rose 8% from a year earlier.', '2025-03-12')).toEqual([['on Tuesday', '2025-03-11'], ['a year earlier', '2024']]);
		expect(datesOf('On Sunday the council voted 7-2 to approve the plan, which it had rejected a year earlier.', '2025-03-12')).toEqual([['On Sunday', '2025-03-09'], ['a year earlier', '2024']]);
		expect(datesOf('Initial jobless claims fell to 212,000 in the week ended March 8, down from 231,000 a year earlier.', '2025-03-12').at(-1)).toEqual(['a year earlier', '2024']);
		expect(datesOf('Mortgage rates averaged 6.8% on Thursday, up from 6.1% a year earlier.', '2025-03-12')).toEqual([['on Thursday', '2025-03-06'], ['a year earlier', '2024-03-06']]);
	});
});

describe('the thirteenth batch (invented people and places)', () => {
	it('a span after a superlative or an ordinal and its noun is a length: "the hardest vote I\'ve taken in nine years", "the second increase in 18 months"', () => {
		expect(datesOf("This is the hardest vote I've taken in nine years on this board, she said.", '2023-08-22')).toEqual([['in nine years', 'P9Y']]);
		expect(datesOf('The rates rose 4%, the second increase in 18 months.', '2024-06-12')).toEqual([['in 18 months', 'P18M']]);
	});

	it('"adjourned the matter to 14 August" lies ahead; "was adjourned on Thursday until 3 March" keeps its Thursday', () => {
		expect(datesOf('Magistrate Helena Voss refused bail and adjourned the matter to 14 August.', '2025-07-04')).toEqual([['14 August', '2025-08-14']]);
		expect(datesOf('The inquiry was adjourned on Thursday until 3 March.', '2024-10-11')).toEqual([['on Thursday', '2024-10-10'], ['until 3 March', '2025-03-03']]);
	});

	// (since Engine 244 the whole phrase is the financial year it names, as the newer gold files have it)
	it('"the fiscal year beginning July 1" is the year from the nearer July, and "beginning" looks ahead only for the date right after it ("at Tuesday night’s meeting")', () => {
		expect(datesOf('The council approved a budget for the fiscal year beginning July 1 at Tuesday night’s meeting.', '2024-06-12')).toEqual([
			['for the fiscal year beginning July 1', '2024-07/2025-06'],
			['Tuesday night’s', '2024-06-11'],
		]);
	});

	it('what a past perfect waited for is past: "the family had waited two and a half years for Friday"; "a march has been called for Saturday" lies ahead', () => {
		expect(datesOf('She said the family had waited two and a half years for Friday.', '2024-09-29').at(-1)).toEqual(['for Friday', '2024-09-27']);
		expect(datesOf('A march has been called for Saturday.', '2024-09-29')).toEqual([['for Saturday', '2024-10-05']]);
	});

	it('"Cr" is a councillor\'s title; "read a victim impact statement" speaks; "X, Solmera’s deputy foreign minister, who led its delegation, said" is X', () => {
		expect(quotesOf('Cr Dimitri Alexandrou said many pensioners were struggling.\n\n“That’s where we are,” Cr Alexandrou said.')).toEqual([
			['many pensioners were struggling', 'Dimitri Alexandrou'],
			['That’s where we are,', 'Dimitri Alexandrou'],
		]);
		expect(quotesOf('“The offender left her there,” Judge Priscilla Anand said.\n\nThe cyclist’s husband, Tomás Harcourt, read a victim impact statement at a hearing last month.\n\n“Our world stopped,” he told the court.').at(-1)).toEqual(['Our world stopped,', 'Tomás Harcourt']);
		expect(quotesOf('Tomás Elizaga, Solmera’s deputy foreign minister, who led its delegation, said the extension was “a pause, not a peace” and that forces had moved.')).toEqual([
			['a pause, not a peace', 'Tomás Elizaga'],
			['forces had moved', 'Tomás Elizaga'],
		]);
	});
});

describe('the thirteenth batch\'s spans and ages (invented people and places)', () => {
	it('a length before what it runs up to is a length: "closed for a week after the shooting", "over three days before returning the verdict"', () => {
		expect(datesOf('The tavern, which closed for a week after the shooting, reopened on Saturday.', '2023-11-06')).toEqual([['for a week', 'P1W'], ['on Saturday', '2023-11-04']]);
		expect(datesOf('Jurors took about nine hours over three days before returning the verdict.', '2024-09-29')).toEqual([['nine hours', 'PT9H'], ['over three days', 'P3D']]);
	});

	it('a number with thousands is no "000 hours"; an age before a place\'s or describing words and a person\'s noun is an age ("A 19-year-old Glenvarra man", "a 38-year-old intensive care nurse")', () => {
		expect(datesOf('Detectives reviewed over 2,000 hours of video.', '2023-11-06')).toEqual([]);
		expect(datesOf('A 19-year-old Glenvarra man is due in court. The car struck a 38-year-old intensive care nurse.', '2023-11-06')).toEqual([]);
		expect(datesOf('The 30-year-old conflict has killed thousands.', '2023-11-06')).toEqual([['30-year-old', 'P30Y']]);
	});

	it('"From that date" is the day named before; "the September quarter" is the quarter a month ends', () => {
		expect(datesOf('The ban starts on March 1. From that date, burning off will require a permit.', '2023-11-06')).toEqual([['on March 1', '2024-03-01'], ['From that date', '2024-03-01']]);
		expect(datesOf('Break-ins rose 40 per cent in the September quarter.', '2026-10-17')).toEqual([['September quarter', '2026-Q3']]);
	});
});

describe('the seventh review: misfires of Engines 196-199', () => {
	const lastSpeaker = (body: string) => analyse(body, '2025-03-12').quotes.at(-1)?.speakerName;
	const date = (body: string, day = '2025-03-12') => datesOf(body, day);

	it('a speech verb with its object speaks ("asked the court to", "complained to the council", "pleaded with residents"); "wrote about" does not', () => {
		expect(lastSpeaker('"We will appeal," said lawyer Ana Ruiz.\n\nCouncil leader Marta Quell asked the court to dismiss the case.\n\n"This case should never have been brought," she said.')).toBe('Marta Quell');
		expect(lastSpeaker('"The dam is safe," said engineer Tomas Lindqvist.\n\nMayor Ana Ruiz pleaded with residents to leave their homes.\n\n"Please do not wait until it is too late," she said.')).toBe('Ana Ruiz');
		expect(lastSpeaker('“We will not be intimidated,” editor Daniel Hart said.\n\nReporter Kevin Brooks wrote about the gang’s finances last year.\n\n“Our journalists are doing their jobs,” he said.')).toBe('Daniel Hart');
	});

	it('"starting Jan. 1" and "beginning March 3" keep their tense; only a period\'s start is the nearer day', () => {
		expect(date('The minimum wage will rise to $15 starting Jan. 1.', '2025-06-12')).toEqual([['starting Jan. 1', '2026-01-01']]);
		expect(date('Fuel prices rose sharply beginning March 3, the agency said.', '2025-10-10')).toEqual([['beginning March 3', '2025-03-03']]);
	});

	it('"cancelled all sailings until Monday, when the storm eased" looks back; "until at least Monday" ahead', () => {
		expect(date('Kelby Ferries cancelled all sailings until Monday, when the storm finally eased.')).toEqual([['until Monday', '2025-03-10']]);
		expect(date('Kelby Ferries cancelled all sailings until at least Monday.')).toEqual([['until at least Monday', '2025-03-17']]);
	});

	it('no place from a possessive stance or a name in apposition after a place ("Mensah\'s opposition to the bill", "Speaking in Kelby, Mensah, the party\'s leader,"), nor from "the Ford provincial government"', () => {
		expect(actorsOf('Mensah’s opposition to the bill has angered his party.').filter(([, kind]) => kind === 'place')).toEqual([]);
		expect(actorsOf('Speaking in Kelby, Mensah, the party’s leader, said the vote was fair.').filter(([, kind]) => kind === 'place')).toEqual([['Kelby', 'place']]);
		expect(actorsOf('The Ford provincial government announced cuts on Monday.').filter(([, kind]) => kind === 'place')).toEqual([]);
		expect(actorsOf('The governor of Solmyra’s Orlesk region resigned.').filter(([, kind]) => kind === 'place').map(([name]) => name)).toContain('Solmyra');
	});

	it('an hour after midnight only when the story goes on: "Voting had begun at 7 a.m." steps back', () => {
		expect(date('Polls closed at 8 p.m. on Sunday. Voting had begun at 7 a.m.')).toEqual([['at 8 p.m. on Sunday', '2025-03-09'], ['at 7 a.m.', '2025-03-09']]);
	});

	it('"adjourned the case to allow …" is no postponement to a date; "Monday\'s draw for the quarter-finals" and "Sunday\'s victory parade" are to come', () => {
		expect(date('On Monday, the judge adjourned the case to allow prosecutors more time.')).toEqual([['On Monday', '2025-03-10']]);
		expect(date("Harwick will learn their opponents in Monday's draw for the quarter-finals.")).toEqual([["Monday's", '2025-03-17']]);
		expect(date("Thousands are expected at Sunday's victory parade through Kelby.")).toEqual([["Sunday's", '2025-03-16']]);
	});

	it('a pair that was somewhere speaks ("were at the front of the march"); "of the" keeps a ministry\'s whole name ("the Ministry of the Armed Forces"); a party named without a determiner is a party', () => {
		expect(lastSpeaker('"The turnout was remarkable," said organiser Kofi Mensah.\n\nMayor Orla Brennan and Father Tomas Lindqvist were at the front of the march.\n\n"It was deeply moving," she said.')).toBe('Orla Brennan');
		expect(lastSpeaker('The Ministry of the Armed Forces said two soldiers were wounded.')).toBe('Ministry of the Armed Forces');
		expect(actorsOf('New Course party leader Ana Ruiz resigned on Monday.')).toEqual([['New Course', 'organization'], ['Ana Ruiz', 'person']]);
	});

	it('a timetable in the present on the article\'s weekday is that day ("meets the president on Wednesday" on a Wednesday); "a third store in five years" lies ahead', () => {
		expect(date('Oduya, the opposition leader, meets the president on Wednesday.')).toEqual([['on Wednesday', '2025-03-12']]);
		expect(date('Vantor plans a third store in five years, Mensah said.')).toEqual([['in five years', '2030']]);
	});
});

describe('the fourteenth batch (invented people and places)', () => {
	it('a hyphenated title is a role ("Vice-Chancellor Rosalind Achterberg"); "the Office of the Prosecutor General" is one body; "Kassem\'s Movement for Renewal" is Kassem\'s body', () => {
		expect(quotesOf('"We cannot keep cutting courses," Vice-Chancellor Rosalind Achterberg said.')).toEqual([['We cannot keep cutting courses,', 'Rosalind Achterberg']]);
		expect(quotesOf('The Office of the Prosecutor General said Kassem was being held.')).toEqual([['Kassem was being held', 'Office of the Prosecutor General']]);
		expect(quotesOf("Opposition candidate Daniel Kassem was detained on Wednesday.\n\nKassem's Movement for Renewal said it would fight.")).toEqual([['it would fight', 'Movement for Renewal']]);
	});

	it('"Lettings" and "Estates" end a business\'s name: "Her landlord, Hallowmere Lettings, served her …" then "she said" is the tenant', () => {
		expect(quotesOf('One of those claims was against Dolores Achebe-Quint, 67, a retired school cook. Her landlord, Hallowmere Lettings, served her with a notice in April.\n\n“I have paid my rent on time for 31 years,” she said.').at(-1)).toEqual(['I have paid my rent on time for 31 years,', 'Dolores Achebe-Quint']);
	});

	it('a bare verb after "would … and" shares its future ("would present his cabinet and put the package to a vote before the end of September"); "summoned X to appear on Tuesday" lies ahead', () => {
		expect(datesOf('Castellanos said on Friday he would present his cabinet within days and put the package to a vote before the end of September.', '2026-07-18').at(-1)).toEqual(['before the end of September', '2026-09']);
		expect(datesOf('Lawmakers have summoned Aroyo to appear before the committee on Tuesday.', '2025-02-03')).toEqual([['on Tuesday', '2025-02-04']]);
	});

	it('a deadline in a request is the nearer day ("had asked Stratovane for a full account by June 28"); "told reporters that houses would be finished by 30 September" keeps its future', () => {
		expect(datesOf('The board said that it had asked Stratovane for a full account of the incident by June 28.', '2024-06-14')).toEqual([['by June 28', '2024-06-28']]);
		expect(datesOf('The minister told reporters on Tuesday that houses would be finished by 30 September.', '2026-03-25').at(-1)).toEqual(['by 30 September', '2026-09-30']);
	});
});

describe('the eighth review: misfires of Engines 200-202', () => {
	const date = (body: string, day = '2025-03-12') => datesOf(body, day);

	it('a date counted from the one before stays one after "just over", "took over", "scheduled for" and before "the week after"', () => {
		expect(date('The ferry sank on March 1. Just over a week after the sinking, divers reached it.').at(-1)).toEqual(['a week after', '2025-03-08']);
		expect(date('The election was held on Feb. 2. A run-off was scheduled for two weeks after the vote.').at(-1)).toEqual(['two weeks after', '2025-02-16']);
		expect(date('The flood struck on Jan. 4. During the week after the flood, volunteers cleared homes.').at(-1)).toEqual(['the week after', '2025-01-11']);
		expect(date('She took over two years after the founder died in 2019.')).toEqual([['in 2019', '2019']]);
	});

	it('"cancelled all sailings until Friday" lies ahead; a weekday\'s possessive before a crime\'s noun looks back; "Wednesday next week" is next week', () => {
		expect(date('Kelby Ferries cancelled all sailings until Friday.')).toEqual([['until Friday', '2025-03-14']]);
		expect(date("Police are investigating Saturday's stabbing outside a nightclub.")).toEqual([["Saturday's", '2025-03-08']]);
		expect(date('The committee meets again on Wednesday next week.')[0]).toEqual(['on Wednesday next week', '2025-03-19']);
	});

	it('a deadline stays ahead in the present or perfect ("are required to register by Nov. 30"), and a future "starting Jan. 1" is the next one', () => {
		expect(date('All landlords are required to register by Nov. 30.')).toEqual([['by Nov. 30', '2025-11-30']]);
		expect(date('The minimum wage will rise to $15 starting Jan. 1.', '2025-06-12')).toEqual([['starting Jan. 1', '2026-01-01']]);
	});

	it('no date from a bare "the same date" or "the June quarter-final"; "summoned the ambassador to protest … on Monday" looks back; "could not regain control and hit" is past', () => {
		expect(date('Talks ended on Monday. “Both armies have been given the same date,” the envoy said.')).toEqual([['on Monday', '2025-03-10']]);
		expect(date('The team lost the June quarter-final.', '2026-07-20')).toEqual([]);
		expect(date('The ministry summoned the ambassador to protest the strikes on Monday.')).toEqual([['on Monday', '2025-03-10']]);
		expect(date('The driver could not regain control and hit a wall on Monday.')).toEqual([['on Monday', '2025-03-10']]);
	});

	it('"The company’s chairman, Kwame Asante," has the role; "in downtown Kelby" is a place; a team after a dated "who" aside plays ahead', () => {
		expect(analyse('The company’s chairman, Kwame Asante, resigned on Monday.', '2025-03-12').actors.find((a) => a.name === 'Kwame Asante')?.roles).toEqual(['chairman']);
		expect(actorsOf('Shops in downtown Kelby closed early.')).toEqual([['Kelby', 'place']]);
		expect(date('Harwick, who lost on Saturday, play Kelby on Tuesday.')).toEqual([['on Saturday', '2025-03-08'], ['on Tuesday', '2025-03-18']]);
	});
});

describe('the fifteenth batch (invented people and places)', () => {
	it('"disclosed that" and "revealed that" report ("Engr. Ifeoluwa Badmus-Okere disclosed that the contract was awarded …"); "revealed a new plan" does not', () => {
		expect(quotesOf('The state Commissioner for Works, Engr. Ifeoluwa Badmus-Okere, disclosed that the contract was awarded to Kesmond Construction in November.')).toEqual([['the contract was awarded to Kesmond Construction in November', 'Ifeoluwa Badmus-Okere']]);
		expect(quotesOf('The minister revealed a new plan on Monday.')).toEqual([]);
	});

	it('a title in capitals before a name in apposition names no body ("The Nabiri Regional Minister, Hon. Ibrahim Tanko-Dery,"), and "the minister said" is his; "Madam" and "Mzee" are titles', () => {
		expect(quotesOf('The Nabiri Regional Minister, Hon. Ibrahim Tanko-Dery, announced that the government would supply seed.\n\n“I have seen fields where not one plant is standing,” the minister said.')).toEqual([
			['the government would supply seed', 'Ibrahim Tanko-Dery'],
			['I have seen fields where not one plant is standing,', 'Ibrahim Tanko-Dery'],
		]);
		expect(actorsOf('Madam Azara Fuseini, a farmer, said her crop had failed. Mzee Sironka Lemaalo said he had lost his cows.')).toEqual([['Azara Fuseini', 'person'], ['Sironka Lemaalo', 'person']]);
		expect(actorsOf('The Retail Pricing Ombudsman said prices were fair.')).toEqual([['Retail Pricing Ombudsman', 'organization']]);
	});

	it('a role of a body with an honorific after its comma opens the paragraph before ("The programme officer of the Northern Farmers’ Voice (NFV), Mr. Emmanuel Baffour-Awuah, urged …" then "he told journalists")', () => {
		expect(quotesOf('“I have seen fields where not one plant is standing,” Minister Ibrahim Tanko-Dery said.\n\nThe programme officer of the Northern Farmers’ Voice (NFV), Mr. Emmanuel Baffour-Awuah, urged the directorate to publish the list.\n\n“If the names are not public, the seed will travel again,” he told journalists.').at(-1)).toEqual(['If the names are not public, the seed will travel again,', 'Emmanuel Baffour-Awuah']);
	});
});

describe('the ninth review: misfires of Engines 203-204', () => {
	const date = (body: string) => datesOf(body, '2025-03-12');

	it('a period whose "when" clause is still to come runs ahead ("closed the park until Friday, when it will be reassessed"); "Thursday\'s victory speech" is to come', () => {
		expect(date('The council closed the park until Friday, when it will be reassessed.')).toEqual([['until Friday', '2025-03-14']]);
		expect(date("The minister will deliver Thursday's victory speech.")).toEqual([["Thursday's", '2025-03-13']]);
	});

	it('a role in apposition only from a phrase that opens its sentence or follows a comma ("The mother of the victim, Mrs. Ama Boateng," is no victim)', () => {
		expect(analyse('The mother of the victim, Mrs. Ama Boateng, said she was angry.', '2025-03-12').actors.find((a) => a.name === 'Ama Boateng')?.roles).toEqual(['Mrs.']);
		expect(analyse("Upper Kessa's health commissioner, Petra Lindqvist-Moyo, told reporters that vaccines would come.\n\nThe commissioner said the ban would stay.", '2025-03-12').quotes.at(-1)?.speakerName).toBe('Petra Lindqvist-Moyo');
	});

	it('"disclosed to journalists that" reports; "A post-mortem examination revealed that" does not', () => {
		expect(quotesOf('Engr. Ifeoluwa Badmus-Okere disclosed to journalists that the contract was signed.')).toEqual([['the contract was signed', 'Ifeoluwa Badmus-Okere']]);
		expect(quotesOf('A post-mortem examination revealed that he drowned.')).toEqual([]);
	});
});

describe('the review of Engines 206-207 (misfires of the thirteenth batch\'s rules)', () => {
	const date = (body: string) => datesOf(body, '2025-03-12');

	it('"with" opens an absolute clause only after a comma: a verb\'s own "with" ("gave an interview with the BBC saying") and a written thing ("with placards saying") name no speaker', () => {
		expect(quotesOf('Kofi Mensah gave an interview with the Kelby Herald saying the deal was dead.')).toEqual([['the deal was dead', 'Kofi Mensah']]);
		expect(quotesOf('The minister clashed with MPs insisting the figures were correct.')).toEqual([['the figures were correct', 'minister']]);
		expect(quotesOf('Protesters marched through Dunmere with placards saying the mine must close.')).toEqual([['the mine must close', 'protesters']]);
	});

	it('"The Inspector General of Police, X," is no general, "The Chief of Staff, X," no chief; "General Carpenter added" is a general named Carpenter', () => {
		expect(analyse('The Inspector General of Police, Mr Kwesi Darko, said 40 officers had been dismissed.', '2025-03-12').actors.find((a) => a.name === 'Kwesi Darko')?.roles).toEqual(['Mr']);
		expect(analyse('The Chief of Staff, Dan Marlowe, said the bill would be signed.', '2025-03-12').actors.find((a) => a.name === 'Dan Marlowe')?.roles).toEqual([]);
		expect(quotesOf('Lieutenant General Tom Carpenter said the troops would stay.\n\nGeneral Carpenter added that no date had been set.')).toEqual([
			['the troops would stay', 'Tom Carpenter'],
			['no date had been set', 'Tom Carpenter'],
		]);
	});

	it('"Thursday last week\'s figures" keeps its weekday apart; "Wednesday this week" in a Sunday paper is the week to come', () => {
		expect(datesOf('The minister said on Thursday last week\'s figures had been misleading.', '2025-03-14')).toEqual([
			['on Thursday', '2025-03-13'],
			["last week's", '2025-W10'],
		]);
		expect(datesOf('The president will address the nation on Wednesday this week.', '2025-03-16')).toEqual([['on Wednesday this week', '2025-03-19']]);
	});

	it('a hospital or a company after "ward of" or "divisions of" stays a body; a newspaper named with a role noun stays one before its apposition', () => {
		expect(actorsOf('The baby died in the children\'s ward of Kelby Teaching Hospital.')).toEqual([['Kelby Teaching Hospital', 'organization']]);
		expect(actorsOf("The Kelby Monitor, Velmora's largest independent newspaper, reported the arrests.")).toEqual([['Kelby Monitor', 'organization']]);
	});

	it('"who gave his name only as Kwame" names Kwame; "one of those arrested" is none of the residents who spoke before', () => {
		expect(quotesOf('An eyewitness who gave his name only as Kwame said the gunmen fled on motorbikes.')).toEqual([['the gunmen fled on motorbikes', 'Kwame']]);
		expect(quotesOf('Residents said the clinic had closed.\n\nPolice arrested three men on Tuesday. One of those arrested told the court he had been at home.').find(([text]) => text === 'he had been at home')?.[1]).not.toBe('residents');
	});

	it('"Baker Ssali" is a given name and a surname; "Carpenter said" is a surname; "Ms Asante" after "Mr Asante" is the woman', () => {
		expect(quotesOf('Baker Ssali, a boda boda rider in Kampala, said fuel prices had doubled.')).toEqual([['fuel prices had doubled', 'Baker Ssali']]);
		expect(quotesOf('Carpenter said the side had not deserved to lose.')).toEqual([['the side had not deserved to lose', 'Carpenter']]);
		expect(quotesOf('Kwabena Asante and his wife Abena Asante were both charged.\n\nMr Asante told the court he had acted alone.\n\nMs Asante said she had not known about the loan.').at(-1)).toEqual(['she had not known about the loan', 'Abena Asante']);
	});

	it('titles with no name speak as a group ("The Chief Justice said", "The General Manager said"), but "the National Health Executive" is a body', () => {
		expect(quotesOf('The Chief Justice said the courts would reopen on Monday.')).toEqual([['the courts would reopen on Monday', 'Chief Justice']]);
		expect(actorsOf('The General Manager said the plant would close.')).toEqual([['General Manager', 'group']]);
		expect(actorsOf('The National Health Executive said flu admissions had trebled.')).toEqual([['National Health Executive', 'organization']]);
	});

	it('more wordings of a source kept anonymous: "who did not want to be named", "who spoke anonymously"', () => {
		expect(quotesOf('A source who did not want to be named said the deal was off.')).toEqual([['the deal was off', null]]);
		expect(quotesOf('An aide who spoke anonymously said the minister would resign.')).toEqual([['the minister would resign', null]]);
	});

	it('(dates unchanged by the rest: "last week Thursday" still a day of last week)', () => {
		expect(date('The assembly met last week Thursday.')).toEqual([['last week Thursday', '2025-03-06']]);
	});
});

describe('the review of Engines 208-211 (misfires of the thirteenth to seventeenth batches\' rules)', () => {
	it('"X, Deputy Director, said" and "X, Chief Executive, said" are X\'s, with no person called "Director"', () => {
		expect(quotesOf('Kofi Mensah, Deputy Director, said the agency had recruited 300 nurses.')).toEqual([['the agency had recruited 300 nurses', 'Kofi Mensah']]);
		expect(actorsOf('Ama Osei was appointed Deputy Director in 2019.')).toEqual([['Ama Osei', 'person']]);
	});

	it('"at year-end" in a past sentence early in the year is the year gone; "by year-end 2026" is 2026; "has assured us of delivery by month-end" lies ahead', () => {
		expect(datesOf('Net debt stood at 1.2 billion euros at year-end.', '2025-02-20')).toEqual([['at year-end', '2024']]);
		expect(datesOf('The group aims to cut net debt below 2 billion by year-end 2026.', '2025-03-12')).toEqual([['by year-end 2026', '2026']]);
		expect(datesOf('“The contractor has assured us of delivery by month-end,” he said.', '2026-01-12')).toEqual([['by month-end', '2026-01']]);
	});

	it('a recommendation in the past, or a wish in a relative clause, sets no deadline ahead', () => {
		expect(datesOf('The committee recommended that the building be evacuated by March 1, but the block collapsed on March 4.', '2025-03-12')[0]).toEqual(['by March 1', '2025-03-01']);
		expect(datesOf('Mr Osei, who wants the road finished, said the contractor had left the site by February 28.', '2025-03-12')).toEqual([['by February 28', '2025-02-28']]);
	});

	it('"that Friday" counts forward from the day named, and "said that Friday\'s shutdown" is no "that Friday"', () => {
		expect(datesOf('The strike began on Monday, February 24. Workers went back that Friday after talks.', '2025-03-12')[1]).toEqual(['Friday', '2025-02-28']);
		expect(datesOf('The company was founded on June 3, 2019.\n\nOfficials said that Friday\'s shutdown had cost the firm millions.', '2025-03-12')[1]).toEqual(["Friday's", '2025-03-07']);
	});

	it('"with organisers saying" after a clause that takes no "with" speaks; "with the Kelby Post saying" is the paper', () => {
		expect(quotesOf('Thousands marched through the capital on Sunday with organisers saying 10,000 people had taken part.')).toEqual([['10,000 people had taken part', 'organisers']]);
		expect(quotesOf('The deal collapsed on Friday, with the Kelby Post saying the buyer had walked away.')).toEqual([['the buyer had walked away', 'Kelby Post']]);
	});

	it('"R&D" and "M&A" are no actors; "was due to have landed on Friday" looks back; "with effect from September 1, triggering protests" is the last one', () => {
		expect(actorsOf('Spending on R&D rose 12 per cent, while M&A activity slowed.')).toEqual([]);
		expect(datesOf('The flight was due to have landed on Friday but was diverted.', '2025-03-12')).toEqual([['on Friday', '2025-03-07']]);
		expect(datesOf('The government raised fuel prices with effect from September 1, triggering protests across the country.', '2025-03-12')).toEqual([['from September 1', '2024-09-01']]);
	});

	it('"the following morning" after a year counts from the day named before it; "Thursday last week\'s storm" is one date', () => {
		expect(datesOf('The boat left on March 1.\n\nThe operator was founded in 1998.\n\nRescuers reached the survivors at 6 a.m. the following morning.', '2025-03-12').at(-1)).toEqual(['the following morning', '2025-03-02']);
		expect(datesOf("Thursday last week's storm brought down power lines.", '2025-03-12')).toEqual([["Thursday last week's", '2025-03-06']]);
	});

	it('"the town of Kelby Mission" is a place; "One of those who spoke to reporters said" keeps its quote; "had been ordered to vacate by February 15" is the nearer day', () => {
		expect(actorsOf('The attack happened in the town of Kelby Mission.')).toEqual([['Kelby Mission', 'place']]);
		expect(quotesOf('Several traders said the market had been looted. One of those who spoke to reporters said she had lost everything.')).toHaveLength(2);
		expect(datesOf('The contractor had been ordered to vacate the site by February 15.', '2025-03-12')).toEqual([['by February 15', '2025-02-15']]);
	});

	it('"The Chief Executive said" speaks as a title; "a nurse who asked that her name be withheld" as no one', () => {
		expect(actorsOf('The Chief Executive said profits would rise.')).toEqual([['Chief Executive', 'group']]);
		expect(quotesOf('A nurse who asked that her name be withheld said the ward had no oxygen.')).toEqual([['the ward had no oxygen', null]]);
	});
});

describe('the review of Engines 212-214', () => {
	it('"couldn\'t be reached on Monday" looks back; "won\'t" and "can\'t" look ahead', () => {
		expect(datesOf("The senator couldn't be reached for comment on Monday.", '2025-03-13')).toEqual([['on Monday', '2025-03-10']]);
		expect(datesOf("“He won't play on Monday,” the coach said.", '2025-03-13')).toEqual([['on Monday', '2025-03-17']]);
	});

	it('"ahead of Wednesday\'s figures" in a past sentence is the nearer Wednesday; "on Monday next to a river" is no "Monday next"', () => {
		expect(datesOf("Wall Street closed higher ahead of Wednesday's inflation figures.", '2025-03-13')).toEqual([["Wednesday's", '2025-03-12']]);
		expect(datesOf('The body was found on Monday next to a river.', '2025-03-13')).toEqual([['on Monday', '2025-03-10']]);
	});

	it('"M&S said" is M&S; "with reports saying" names no speaker; "Ama Osei, Chief Nurse, said" is Ama Osei', () => {
		expect(quotesOf('M&S said sales rose.')).toEqual([['sales rose', 'M&S']]);
		expect(quotesOf('Shares fell, with reports saying the deal was off.')).toEqual([]);
		expect(quotesOf('Ama Osei, Chief Nurse, said the ward was full.')).toEqual([['the ward was full', 'Ama Osei']]);
	});

	it('"has recommended … by June 30" and "the plan is to have finished by February" look ahead', () => {
		expect(datesOf('The committee has recommended that the work be done by June 30.', '2025-03-13')).toEqual([['by June 30', '2025-06-30']]);
		expect(datesOf('The plan is to have finished the work by February.', '2025-03-13')).toEqual([['by February', '2026-02']]);
	});
});

describe('the thirteenth review (27 November 2026)', () => {
	const dates = (body: string, date = '2025-03-12') => analyzeArticle(`${body}\n`, { date }).dates.map((d) => [d.text, d.value]);
	const actors = (body: string) => analyzeArticle(`${body}\n`, { date: '2025-03-12' }).actors.map((a) => [a.name, a.kind]);
	const speakers = (body: string) => analyzeArticle(`${body}\n`, { date: '2025-03-12' }).quotes.map((q) => q.speakerName);

	it('a party, a bank, a demonym or an adjective before "councillor", "governor", "premier" or "mayor" is no place', () => {
		expect(actors('SNP councillor Ewan Maclure said the council had no choice.')).toEqual([
			['SNP', 'organization'],
			['Ewan Maclure', 'person'],
		]);
		expect(actors('Chinese premier Wei Ling said the economy would grow.')).toEqual([['Wei Ling', 'person']]);
		expect(actors('Embattled mayor Ana Ruiz refused to resign on Tuesday.')).toEqual([['Ana Ruiz', 'person']]);
		expect(actors('Fed governor Ana Ruiz said inflation was high.')).toEqual([['Ana Ruiz', 'person']]);
	});

	it('a day inside a reported clause stays the point "Two days later" counts from', () => {
		expect(dates('The woman was admitted to hospital on March 1, and her family said she died on March 4. Two days later, police arrested a nurse.').at(-1)).toEqual(['Two days later', '2025-03-06']);
	});

	it('"Its chairman said" is no one\'s when the sentence before names two bodies', () => {
		expect(speakers('Dunmere Rovers were fined £5,000 by the Football Association on Monday. Its chairman said the club would appeal.')).toEqual([]);
	});

	it('a count that is the subject keeps its verb past ("Three suffered burns on Saturday and will need surgery")', () => {
		expect(dates('Three suffered burns on Saturday and will need surgery.')).toEqual([['on Saturday', '2025-03-08']]);
	});

	it('"Proceedings" alone is no journal', () => {
		expect(actors('Proceedings were adjourned until Friday.')).toEqual([]);
	});

	it('"the next day" after a month or year the sentence is about is no day', () => {
		expect(dates('Reyes was arrested on January 3. In February, he was charged with fraud, and the following day he was released on bail.')).toEqual([
			['on January 3', '2025-01-03'],
			['In February', '2025-02'],
		]);
	});

	it('an anniversary or a day to come is not the day of the same date named before', () => {
		expect(dates('Ten years ago, on March 24, 2015, a bus plunged into the gorge. Families will gather at the site on March 24 to mark the anniversary.', '2025-03-20').at(-1)).toEqual(['on March 24', '2025-03-24']);
		expect(dates('Reyes was born on 4 June 1990 in Kelby. He will be sentenced on 4 June.').at(-1)).toEqual(['on 4 June', '2025-06-04']);
	});

	it('two lengths of the same unit stay two, and "a year and a day" is one', () => {
		expect(dates('He was sentenced to a year and a day in prison.')).toEqual([['a year and a day', 'P1Y1D']]);
		expect(dates('Bills of three months and six months were sold.')).toEqual([
			['three months', 'P3M'],
			['six months', 'P6M'],
		]);
	});

	it('a plan reported with "was going to" stays ahead; a seat before the member\'s name is split from it', () => {
		expect(dates('The minister said she was going to Kelby on Friday to meet farmers.')).toEqual([['on Friday', '2025-03-14']]);
		expect(analyzeArticle('Labour MP for Kelby North Ana Ruiz said the hospital must stay open.\n', { date: '2025-03-12' }).quotes.map((q) => q.speakerName)).toEqual(['Ana Ruiz']);
	});

	it('"backdated to April last year", and a past election counted towards that lies far ahead', () => {
		expect(dates('The 3 per cent pay rise was backdated to April last year.', '2025-06-20')).toEqual([['April last year', '2024-04']]);
		expect(dates('The scandal broke just days before the November 5 election, which Ruiz lost.', '2025-06-10')).toEqual([['November 5', '2024-11-05']]);
		expect(dates('Ruiz won the first round on March 30 with 38 per cent of the vote.')).toEqual([['on March 30', '2024-03-30']]);
	});
});

describe('the thirteenth review: rules that covered too little', () => {
	const dates = (body: string, date = '2025-03-12') => analyzeArticle(`${body}\n`, { date }).dates.map((d) => [d.text, d.value]);
	const actors = (body: string) => analyzeArticle(`${body}\n`, { date: '2025-03-12' }).actors.map((a) => [a.name, a.kind]);
	const speakers = (body: string) => analyzeArticle(`${body}\n`, { date: '2025-03-12' }).quotes.map((q) => q.speakerName);

	it('a seat before a member’s title ("Kelby North MP Ana Ruiz"), not a party ("Lib Dem MP")', () => {
		expect(actors('The plan failed, said Kelby North MP Ana Ruiz.')).toEqual([
			['Kelby North', 'place'],
			['Ana Ruiz', 'person'],
		]);
		expect(actors('The plan failed, said Lib Dem MP Ana Ruiz.')).toEqual([['Ana Ruiz', 'person']]);
	});

	it('more clerical styles and trainees before a name', () => {
		expect(speakers('The Ven Ana Ruiz, Archdeacon of Kelby, said the hall would open.')).toEqual(['Ana Ruiz']);
		expect(speakers('Fr Tom Reyes said the church would help.')).toEqual(['Tom Reyes']);
		expect(speakers('Cadet Tom Reyes said he was proud.')).toEqual(['Tom Reyes']);
	});

	it('"of last year" after a range of months, "backdated to January 1", hours before a vote, "the week to March 7"', () => {
		expect(dates('Output rose between January and March of last year.')).toEqual([['between January and March of last year', '2024-01/2024-03']]);
		expect(dates('The payments will be backdated to January 1.')).toEqual([['January 1', '2025-01-01']]);
		expect(dates('Ruiz quit hours before the March 13 vote.')).toEqual([['March 13', '2025-03-13']]);
		expect(dates('Shares fell 3 per cent in the week to March 7.')).toEqual([['in the week to March 7', '2025-W10']]);
	});

	it('"the second half of the 20th century" and "of next season" are no half-years', () => {
		expect(dates('It grew in the second half of the 20th century.')).toEqual([['the 20th century', '19']]);
		expect(dates('He will return in the first half of next season.')).not.toContainEqual(['the first half', '2025-H1']);
	});
});

describe('the fourteenth review (27 November 2026)', () => {
	const dates = (body: string, date = '2025-03-12') => analyzeArticle(`${body}\n`, { date }).dates.map((d) => [d.text, d.value]);
	const actors = (body: string) => analyzeArticle(`${body}\n`, { date: '2025-03-12' }).actors.map((a) => [a.name, a.kind]);

	it('"on the 17th" of a golf hole is no day, and "on the 1st" after January 30 is February\'s', () => {
		expect(dates('The event began on March 10. Ana Ruiz three-putted on the 17th.')).toEqual([['on March 10', '2025-03-10']]);
		expect(dates('The treaty was signed on January 30. It came into force on the 1st, officials said.')).toEqual([
			['on January 30', '2025-01-30'],
			['on the 1st', '2025-02-01'],
		]);
	});

	it('a firm named with a festival\'s word is still a firm; a party\'s "New" names no place; "Canon" is no style', () => {
		expect(actors('Carnival Cruise Line said it would add ships.').map(([name]) => name)).toEqual(['Carnival Cruise Line']);
		expect(actors('The plan failed, said New Democrat MP Ana Ruiz.')).toEqual([['Ana Ruiz', 'person']]);
		expect(actors('Canon Europe said sales rose.').map(([name]) => name)).toEqual(['Canon Europe']);
	});

	it('"said in Russian state media that" keeps its words; "Tuesday week" told in the past is the last Tuesday, and in a Tuesday story a week on', () => {
		expect(analyzeArticle('Ana Ruiz said in Russian state media that the clinic was open.\n', { date: '2025-03-12' }).quotes.map((q) => q.text)).toEqual(['in Russian state media that the clinic was open']);
		expect(dates('The case was heard on Tuesday week.')).toEqual([['on Tuesday week', '2025-03-11']]);
		expect(dates('The case will be heard on Tuesday week.', '2025-03-11')).toEqual([['on Tuesday week', '2025-03-18']]);
	});

	it('a period still to end in the future tense is this year\'s; one just ended that "will" be reported is the last', () => {
		expect(dates('The company expects sales to rise in the six months to June.')).toEqual([['in the six months to June', '2025-H1']]);
		expect(dates('The bureau will publish figures for the three months to September on November 14.', '2023-10-17')).toEqual([
			['for the three months to September', '2023-Q3'],
			['on November 14', '2023-11-14'],
		]);
	});

	it('"the Labour member for Kelby North" sits for a place', () => {
		expect(actors('The Labour member for Kelby North, Ana Ruiz, said it was unfair.')).toEqual([
			['Kelby North', 'place'],
			['Ana Ruiz', 'person'],
		]);
	});
});

describe('the thirteenth review: two rarer regressions', () => {
	const actors = (body: string) => analyzeArticle(`${body}\n`, { date: '2025-03-12' }).actors.map((a) => [a.name, a.kind]);

	it('a trade before a business\'s word is a firm\'s name ("Rookie Capital said")', () => {
		expect(actors('Rookie Capital, a venture fund based in Kelby, said it had raised $50m.')[0]).toEqual(['Rookie Capital', 'organization']);
	});

	it('"of Origin" after a person\'s name names no person', () => {
		expect(actors('Ana Ruiz of Origin said the deal was off.').map(([, kind]) => kind)).toEqual(['person', 'place']);
	});
});

describe('the fourteenth review: a style before a role', () => {
	it('"The Honourable Member" names no one', () => {
		expect(analyzeArticle('The Honourable Member said the plan was unfair.\n', { date: '2025-03-12' }).actors).toEqual([]);
	});
});

describe('the fifteenth review: Engines 235 to 238 read against plain news text', () => {
	const claimsOf = (body: string) => analyse(body, '2025-05-14').claims.map((c) => c.text);

	it('a pronoun after a speaker whose given name the lists give the other gender stays with the speaker', () => {
		const body = 'Tomas Brenn was re-elected mayor of Kalvik on Sunday. Brenn won 54% of the vote. Brenn promised to finish the harbour.\n\nOpposition leader Valery Orlin said he would challenge the result in court. "This is not over," Orlin said.\n\n"We counted every ballot twice," he added.';
		expect(quotesOf(body).at(-1)).toEqual(['We counted every ballot twice,', 'Valery Orlin']);
	});

	it('a family name that is also a region stays the person’s', () => {
		expect(quotesOf('Merrin England, a spokeswoman for Tallow Rail, said services would resume on Friday. “We apologise to passengers,” England said.')).toEqual([
			['services would resume on Friday', 'Merrin England'],
			['We apologise to passengers,', 'Merrin England'],
		]);
	});

	it('"their union said" is no union named before, and "describes him as “…”" is a quote', () => {
		expect(quotesOf('Farmers blocked roads in Kalvik on Monday in protest at European Union subsidy rules. Their union said the blockades would continue all week.').map(([, speaker]) => speaker)).not.toContain('European Union');
		expect(quotesOf('Anna Kell has known Brenn since school and describes him as “the kindest man in Kalvik.”')).toEqual([['the kindest man in Kalvik.', 'Anna Kell']]);
	});

	it('a line with no verb, a plan, a promise or a date still to come is no claim', () => {
		expect(claimsOf('Follow our live updates for the latest on the 2025 storm.')).toEqual([]);
		expect(claimsOf('The Tarsen board meets again on April 11, 2026, to consider the 40 offers.')).toEqual([]);
		expect(claimsOf('The minister pledges £200 million for rural broadband.')).toEqual([]);
		expect(claimsOf('Outside the clinic, a queue of 200 people stretches around the block.')).toEqual([]);
	});

	it('"denied, in a statement, that …" is still speech', () => {
		expect(claimsOf('Brenn denied, in a statement on Monday, that he had taken any money from the developer.')).not.toContain('Brenn denied, in a statement on Monday, that he had taken any money from the developer.');
	});

	it('"the six months to March" in the future tense, said in May, is next year’s', () => {
		expect(datesOf('The Tarsen company expects output to rise in the six months to March.', '2025-05-14')).toEqual([['in the six months to March', '2025-10/2026-03']]);
	});
});

describe('the fifteenth review, dates', () => {
	it('"the nine months to December next year" is next year’s', () => {
		expect(datesOf('The Tarsen retailer will report results for the nine months to December next year.', '2025-05-14')).toEqual([['for the nine months to December next year', '2026-04/2026-12']]);
	});
});

describe('the sixteenth review: Engines 239 to 244 read against plain news text', () => {
	it('results still to be reported are for the period just ended; a session still to come is ahead', () => {
		expect(datesOf('Halvern Telecom will report figures for the three months to June on Thursday.', '2025-08-04')[0]).toEqual(['for the three months to June', '2025-Q2']);
		expect(datesOf('Lawmakers will debate the Tarsen bill at Thursday’s session of parliament.', '2025-08-04')).toEqual([['Thursday’s', '2025-08-07']]);
	});

	it('"known professionally as “X”" is a nickname, and "complaining of" no speech', () => {
		expect(quotesOf('Known professionally as “Dot,” Ana Kell has kept the Fenwick scorebook for 71 years.')).toEqual([]);
		expect(quotesOf('Patients complaining of chest pains were sent home from the Tarsen clinic.')).toEqual([]);
	});
});

describe('the sixteenth review, claims and periods', () => {
	const claimsOf = (body: string) => analyse(body, '2025-03-20').claims.map((c) => c.text);

	it('a present verb after "Some 60% of …" or a name’s possessive states a fact', () => {
		expect(claimsOf('Some 60% of the Tarsen population lives within 10 km of the coast.')).toEqual(['Some 60% of the Tarsen population lives within 10 km of the coast.']);
		expect(claimsOf('Ostvik’s airport handles 4 million passengers a year.')).toEqual(['Ostvik’s airport handles 4 million passengers a year.']);
	});

	it('"the April-June period" in the future tense is the next', () => {
		expect(datesOf('The Tarsen company expects sales to rise in the April-June period.', '2025-03-20')).toEqual([['in the April-June period', '2025-Q2']]);
	});
});

describe('the sixteenth review, "conceded," and "denied," with no clause after them', () => {
	const claimsOf = (body: string) => analyse(body, '2025-05-14').claims.map((c) => c.text);

	it('tell a deed when no "that" follows the aside, and speech when one does', () => {
		expect(claimsOf('Vale conceded, and then scored twice in five minutes to win 2-1.')).toEqual(['Vale conceded, and then scored twice in five minutes to win 2-1.']);
		expect(claimsOf('The accused denied, through his lawyer, all 14 charges against him.')).toEqual(['The accused denied, through his lawyer, all 14 charges against him.']);
		expect(claimsOf('Brenn denied, in a statement on Monday, that he had taken any money from the developer.')).not.toContain('Brenn denied, in a statement on Monday, that he had taken any money from the developer.');
	});
});

describe('gaps the sixteenth review left open', () => {
	it('"his family said" is the family’s words, a group', () => {
		expect(quotesOf('Tarn Ivers, 81, died on Monday. His family said he had been unwell for some months.')).toEqual([['he had been unwell for some months', 'family']]);
	});

	it('"Council officials said" is the council the story named, not an organisation called "Council"', () => {
		const body = 'The Marrowby Town Council met on Monday.\n\nCouncil officials said the road would reopen next week.';
		expect(quotesOf(body)).toEqual([['the road would reopen next week', 'Marrowby Town Council']]);
		expect(actorsOf(body)).toEqual([['Marrowby Town Council', 'organization']]);
		expect(quotesOf('Hospital officials said three people were hurt in the Tarsen crash.')).toEqual([['three people were hurt in the Tarsen crash', 'hospital officials']]);
	});

	it('"The storm claimed 14 lives" is a deed, not the storm’s words', () => {
		expect(quotesOf('The storm claimed 14 lives across the Tarsen province.')).toEqual([]);
		expect(quotesOf('The flooding has claimed at least 40 lives in Ostvik.')).toEqual([]);
		expect(quotesOf('Dara Vell claimed 14 people had died in Ostvik.')).toEqual([['14 people had died in Ostvik', 'Dara Vell']]);
	});

	it('a weekday’s possessive opening what is said takes the tense of the clause reported', () => {
		expect(quotesOf('The Tarsen union said Friday’s strike would go ahead.', '2025-03-12')).toEqual([['Friday’s strike would go ahead', 'union']]);
		expect(datesOf('The Tarsen union said Friday’s strike would go ahead.', '2025-03-12')).toEqual([['Friday’s', '2025-03-14']]);
		expect(datesOf('The Tarsen minister said Monday’s talks had failed.', '2025-03-12')).toEqual([['Monday’s', '2025-03-10']]);
		expect(datesOf('The Ostvik league said Friday’s match had been postponed.', '2025-03-12')).toEqual([['Friday’s', '2025-03-14']]);
		expect(datesOf('The strike began on Friday.\n\nThe Ostvik police said Friday’s march had not been authorised.', '2025-03-12')).toEqual([['on Friday', '2025-03-07'], ['Friday’s', '2025-03-07']]);
		expect(quotesOf('The Tarsen minister will explain Tuesday’s decision to parliament.', '2025-03-12')).toEqual([]);
	});
});

describe('the 27th batch\'s speakers and names', () => {
	it('a demonym or an adjective in -ing before a name, a trade before a business and the title "Leader of the Opposition" are no part of the name', () => {
		expect(actorsOf('Kenya’s Naomi Tarsa was second, ahead of Ugandan Ruth Chebet Aleper.')).toEqual([
			['Kenya', 'place'],
			['Naomi Tarsa', 'person'],
			['Ruth Chebet Aleper', 'person'],
		]);
		expect(actorsOf('Neighbouring Drovnia did not see it that way.')).toEqual([['Drovnia', 'place']]);
		expect(actorsOf('Brokerage Tallur Capital said in a note that the Kavalpet plant was key.').slice(0, 1)).toEqual([['Tallur Capital', 'organization']]);
		expect(quotesOf('Leader of the Opposition Firoz Tarsani wrote on X that the Ostvik deal was bad.')).toEqual([['the Ostvik deal was bad', 'Firoz Tarsani']]);
		expect(actorsOf('Outgoing Prime Minister Anders Tavel said he would stay.')).toEqual([['Anders Tavel', 'person']]);
	});

	it('a unit or a time zone in capitals names no body; a lockout notice speaks for the company that posted it', () => {
		expect(actorsOf('Peak demand in Tarsen reached 14,820 MW at 3.47 pm IST.').map(([name]) => name)).toEqual(['Tarsen']);
		expect(quotesOf('Vimalkar Auto Components Ltd declared a lockout.\n\nThe lockout notice, pasted on the gates, said work would stop.')).toEqual([['work would stop', 'Vimalkar Auto Components Ltd']]);
	});

	it('a judge who "remarked" speaks; "said X’s head of research, Name" is the name after the comma', () => {
		expect(quotesOf('“Liberty cannot wait,” Justice Orla Tessaro remarked. “It is slow,” she said.')).toEqual([
			['Liberty cannot wait,', 'Orla Tessaro'],
			['It is slow,', 'Orla Tessaro'],
		]);
		expect(quotesOf('Rents rose 8%, Rentwise said. “There are too many people chasing too few flats,” said Rentwise’s head of research, Camille Oduya.')).toEqual([
			['Rents rose 8%', 'Rentwise'],
			['There are too many people chasing too few flats,', 'Camille Oduya'],
		]);
	});
});

describe('the seventeenth review: Engines 249 to 251 read against plain news text', () => {
	it('a weekday’s possessive opens a clause with a simple past; what a day brought is past whatever the modal after it', () => {
		expect(quotesOf('Doctors said Tuesday’s surgery went well.', '2025-05-14')).toEqual([['Tuesday’s surgery went well', 'doctors']]);
		expect(datesOf('Lawyers for the Tarsen governor said Monday’s ruling would be appealed.', '2025-05-14')).toEqual([['Monday’s', '2025-05-12']]);
		expect(datesOf('The Tarsen union said Friday’s strike is off.', '2025-05-14')).toEqual([['Friday’s', '2025-05-16']]);
		expect(datesOf('The league said Saturday’s match between Dunford and Kelby Rovers would be played behind closed doors.', '2025-05-14')).toEqual([['Saturday’s', '2025-05-17']]);
	});

	it('"claimed" before a noun and its verb reports a clause; a medal or a title claimed is a deed', () => {
		expect(quotesOf('The rebels claimed 40 lives were lost in the Tarsen air strike.')).toEqual([['40 lives were lost in the Tarsen air strike', 'rebels']]);
		expect(quotesOf('Okafor claimed victory was within reach.')).toEqual([['victory was within reach', 'Okafor']]);
		expect(quotesOf('The Kenyan claimed a bronze medal in the Ostvik marathon.')).toEqual([]);
		expect(quotesOf('Lara Voss claimed her third straight title at the Marlow Open.')).toEqual([]);
	});

	it('"Ministry officials said" and "Union leaders said" are the body named before, else its officials; "Congress leaders" are Congress', () => {
		expect(quotesOf('The Tarsen Ministry of Health opened three clinics. Ministry officials said the doses had arrived.')).toEqual([['the doses had arrived', 'Tarsen Ministry of Health']]);
		expect(quotesOf('The Harbour Workers’ Union rejected the offer. Union leaders said the strike would continue.')).toEqual([['the strike would continue', 'Harbour Workers’ Union']]);
		expect(quotesOf('Embassy officials said two Tarsen citizens were held.')).toEqual([['two Tarsen citizens were held', 'embassy officials']]);
		expect(quotesOf('Congress leaders said the Tarsen alliance would hold.')).toEqual([['the Tarsen alliance would hold', 'Congress']]);
	});

	it('a meeting people are called to is ahead only with places and times before its day, not a clause of its own', () => {
		expect(datesOf('The Tarsen union has called for talks after a worker was killed at the plant on Sunday.', '2025-05-14')).toEqual([['on Sunday', '2025-05-11']]);
		expect(datesOf('The Ostvik county has called residents to a public hearing on the new levy, first proposed on Monday.', '2025-05-14')).toEqual([['on Monday', '2025-05-12']]);
		expect(datesOf('The Tarsen speaker has summoned MPs to a special sitting on Friday.', '2025-05-14')).toEqual([['on Friday', '2025-05-16']]);
		expect(datesOf('The Ostvik ministry has called both sides to mediated talks in the capital, Tocorra, on Monday.', '2023-10-19')).toEqual([['on Monday', '2023-10-23']]);
	});

	it('people "observing" something are no cue; a notice is its poster’s or its sender’s, not the union that answered it', () => {
		expect(quotesOf('Residents observing the Tarsen curfew said they were afraid.')).toEqual([['they were afraid', 'residents']]);
		expect(quotesOf('Kestrel Textiles Ltd issued a lockout notice on Monday. The Textile Workers Union condemned the move. The notice said workers would be dismissed.')).toEqual([['workers would be dismissed', 'Kestrel Textiles Ltd']]);
		expect(quotesOf('Tandemark laid off 1,400 staff. The memo, sent by chief executive Jonah Whitcombe at 12:40 a.m., said access would end at 9 a.m.')).toEqual([['access would end at 9 a.m', 'Jonah Whitcombe']]);
	});

	it('a story’s own acronym is a body even when it spells a time zone; a body’s name keeps its opening adjective', () => {
		expect(quotesOf('The Institute of Science and Technology (IST) said results were due. IST said 40 students had passed.')).toEqual([
			['results were due', 'Institute of Science and Technology'],
			['40 students had passed', 'Institute of Science and Technology'],
		]);
		expect(actorsOf('Rising Sun Brewery said sales in Tarsen fell 8 per cent.')[0]).toEqual(['Rising Sun Brewery', 'organization']);
		expect(actorsOf('Leader of the Opposition Grand Alliance, Firoz Tarsani, said the vote was rigged.').map(([name]) => name)).toContain('Opposition Grand Alliance');
	});

	it('a guess at a past deed runs no period; quarters of a financial year said in the past have ended; a marketing year is no financial one', () => {
		expect(datesOf('Detectives believe the Tarsen woman was likely held at the farm until Tuesday.', '2025-05-14')).toEqual([['until Tuesday', '2025-05-13']]);
		expect(datesOf('The Tarsen refiner earned ₹900 crore in the first three quarters of the financial year, the company said.', '2025-05-14')).toEqual([['in the first three quarters of the financial year', '2024-04/2024-12']]);
		expect(datesOf('Kestrel Tea paid farmers Sh20 billion in the 2023/24 marketing year, the company said in its financial year results.', '2025-05-14')).toEqual([['2023/24', '2023/2024']]);
	});
});

describe('the 29th batch\'s names', () => {
	it('a storm’s name is no one’s; a currency code is no body; "member of Parliament Mwila Chanda" is the member', () => {
		expect(actorsOf('Hurricane Odalys strengthened over the sea on Friday. Tropical Storm Lorne formed later.')).toEqual([]);
		expect(actorsOf('The fraud cost ZWL$4 million.')).toEqual([]);
		expect(actorsOf('The member of Parliament Mwila Chanda was expelled.')).toEqual([['Mwila Chanda', 'person']]);
	});
});

describe('the 29th batch\'s speakers', () => {
	it('"he said" after a paragraph about someone openly critical of the government is theirs, not the last speaker’s', () => {
		expect(quotesOf('Tarsen party chief Bwalya Mukuka told journalists the committee had decided.\n\n“The party has been patient,” Mr Mukuka said.\n\nMr Chanda, a former engineer, has been openly critical of the government.\n\nSpeaking by phone last night, he said he had not received any letter.').at(-1)).toEqual(['he had not received any letter', 'Chanda']);
	});
});

describe('the 28th batch\'s speakers and deadlines', () => {
	it('a one-word name opening a sentence, described by "which" and then speaking, is a body; its first clause is its own before a partial quotation', () => {
		expect(quotesOf('Norrland, which was fined $96 million, said it had set aside money for the penalty and was “reviewing its options.”')).toEqual([
			['it had set aside money for the penalty', 'Norrland'],
			['reviewing its options.', 'Norrland'],
		]);
		expect(actorsOf('Trovio, which handles 40% of online sales in Tarsen, said it welcomed the ruling.')[0]).toEqual(['Trovio', 'organization']);
	});

	it('"said two smaller projects … added" reports a clause opened by a count in words; "X, where …, said" is X', () => {
		expect(quotesOf('Auditor Ada Rusk said two smaller solar projects approved in 2022 added $640,000 to the Tarsen rolls.')).toEqual([['two smaller solar projects approved in 2022 added $640,000 to the Tarsen rolls', 'Ada Rusk']]);
		expect(quotesOf('Growers in the northern valleys, where the harvest began in May, said frost had damaged fruit.')).toEqual([['frost had damaged fruit', 'growers']]);
		expect(quotesOf('The bill now goes to the House, where its sponsor, Rep. Ada Rusk, said she expected a vote soon.')).toEqual([['she expected a vote soon', 'Ada Rusk']]);
	});

	it('a postmaster is a role; a deadline told in the past outside reported speech has passed', () => {
		expect(actorsOf('Postmaster Gilbert Nwachukwu says the Tarsen route is long.')).toEqual([['Gilbert Nwachukwu', 'person']]);
		expect(datesOf('Medvale had until Tuesday to offer to sell the Tarsen labs but told the regulator on Thursday that it would not.', '2024-09-14')[0]).toEqual(['until Tuesday', '2024-09-10']);
		expect(datesOf('Dravik told reporters that Tarsen had until Wednesday to accept the offer.', '2024-09-14')).toEqual([['until Wednesday', '2024-09-18']]);
	});
});

describe('the eighteenth review: Engines 252 to 256 read against plain news text', () => {
	it('odds told of after the day, or in a month named first, keep the tense; a forecast’s odds look ahead', () => {
		expect(datesOf('Forecasters had put the chance of the storm reaching the Tarsen coast on March 3 at 40%, but it turned north.', '2025-05-14')).toEqual([['on March 3', '2025-03-03']]);
		expect(datesOf('In February, Tarsen economists put the odds of a rate rise in March at 20%.', '2025-05-14')).toEqual([['In February', '2025-02'], ['in March', '2025-03']]);
		expect(datesOf('The Tarsen bureau put the chance of above-median temperatures between June and August at 75%.', '2023-05-30')).toEqual([['between June and August', '2023-06/2023-08']]);
	});

	it('a deadline with its source after it is ahead; "must have been received by" is ahead; "was likely dead before … on Friday" is past', () => {
		expect(datesOf('Parties had until Friday to submit their Tarsen candidate lists, the election commission said.', '2025-11-20')).toEqual([['until Friday', '2025-11-21']]);
		expect(datesOf('Residents had until May 30 to lodge objections to the Tarsen quarry.', '2025-05-14')).toEqual([['until May 30', '2025-05-30']]);
		expect(datesOf('Applications must have been received by December 5, the Tarsen council said.', '2025-11-20')).toEqual([['by December 5', '2025-12-05']]);
		expect(datesOf('The Tarsen victim was likely dead before the fire started on Friday, the coroner said.', '2025-11-20')).toEqual([['on Friday', '2025-11-14']]);
		expect(datesOf('Hoppers in Tarsen were likely to form new swarms by April.', '2025-01-10')).toEqual([['by April', '2025-04']]);
	});

	it('a day set for something is the nearer one; an age is no duration; a vague count of seasons gives none', () => {
		expect(datesOf('The Tarsen magistrate had fixed November 3 for the hearing, but it was adjourned.', '2025-11-20')).toEqual([['November 3', '2025-11-03']]);
		expect(datesOf('A two-and-a-half-year-old boy was rescued from a Tarsen well.', '2025-05-14')).toEqual([]);
		expect(datesOf('Norwick United beat Tarsen 2-0 in the league; they were relegated a few seasons ago, their coach said.', '2025-05-14')).toEqual([]);
	});

	it('a town, a group or a person is no body for "which … said"; "was opposed by" takes no side; a count of hours opens no clause', () => {
		expect(actorsOf('Floods hit the town of Marrowby on Sunday. Marrowby, which was flooded twice last winter, said it would seek money.')).toEqual([['Marrowby', 'place']]);
		expect(actorsOf('Police, which had been called to the Tarsen house twice, said the man was known to them.')).toContainEqual(['police', 'group']);
		expect(quotesOf('“Every permit is in order,” said planning chief Ian Webb.\n\nFarmer Tom Reed was opposed by his neighbours in 2020.\n\n“The rules were followed,” he said.').at(-1)).toEqual(['The rules were followed,', 'Ian Webb']);
		expect(quotesOf('The Tarsen prosecutor said two hours before the verdict that she expected a conviction.')).toEqual([]);
	});

	it('a score is no clock time, and a race time joins no day', () => {
		expect(datesOf('Selvik drew level at 19:19 with ten minutes left but lost 26:28 to Ostby on Sunday.', '2025-11-20')).toEqual([['ten minutes', 'PT10M'], ['on Sunday', '2025-11-16']]);
		expect(datesOf('Ana Kovac won the Tarsen 5,000 metres in 14:31 on Saturday.', '2025-11-20')).toEqual([['on Saturday', '2025-11-15']]);
	});
});

describe('the 29th batch\'s claims', () => {
	it('three words are a claim when they count', () => {
		expect(analyse('Turnout was 58.4%, the Tarsen commission said.', '2025-04-29').claims.map((c) => c.text)).toEqual(['Turnout was 58.4%']);
	});
});

describe('gaps left open at the last stop', () => {
	it('any word before a plural for people opens a group at the start of a sentence', () => {
		expect(quotesOf('Dairy farmers said the frost had cost them a third of the crop.')).toEqual([['the frost had cost them a third of the crop', 'Dairy farmers']]);
		expect(quotesOf('Elderly residents said the water was the highest they had seen.')).toEqual([['the water was the highest they had seen', 'Elderly residents']]);
		expect(quotesOf('Consumer groups said the rise would push more households into arrears.')).toEqual([['the rise would push more households into arrears', 'Consumer groups']]);
	});

	it('a pronoun opening what is reported is its reporter, when it can be; a group of people is no "it"', () => {
		const body = 'In Tarsen, online sellers say the timing could wipe out their busiest fortnight.\n\nThe Tarsen Retailers Federation said it had asked the government to appoint a mediator “this weekend, not after the holidays”.';
		expect(quotesOf(body).at(-1)).toEqual(['this weekend, not after the holidays', 'Tarsen Retailers Federation']);
		expect(quotesOf('“We are ready,” said Ana Reed.\n\nThe minister, Ilse Varga, wrote on X that she had asked for “a fair hearing”.').at(-1)).toEqual(['a fair hearing', 'Ilse Varga']);
	});

	it('the platform X ends its sentence; "County Schools" is a school district, "Schools" opening a sentence no one', () => {
		const body = 'Tarsen County Schools canceled classes for the week, district spokesman Ian Webb wrote on X. Makeup days would be added in late May, he wrote.\n\nSchools in Marle will reopen on Monday.';
		expect(actorsOf(body)).toEqual([['Tarsen County Schools', 'organization'], ['Ian Webb', 'person'], ['Marle', 'place']]);
		expect(quotesOf(body)).toEqual([['Tarsen County Schools canceled classes for the week', 'Ian Webb'], ['Makeup days would be added in late May', 'Ian Webb']]);
	});

	it('"Residential" ends a business\'s name, which "it" then stands for', () => {
		const body = 'Tarsen police said the fire began at 2 a.m.\n\nCalloway Residential said it was “shocked and saddened”. It said a contractor had repaired the lock in March.';
		expect(actorsOf(body)).toContainEqual(['Calloway Residential', 'organization']);
		expect(quotesOf(body).at(-1)).toEqual(['a contractor had repaired the lock in March', 'Calloway Residential']);
	});
});

describe('the 31st batch\'s speakers', () => {
	it('an infinitive of purpose speaks for the subject of the verb it goes with, not after "declining"', () => {
		expect(quotesOf('The First Minister, Ana Reed, used a speech in Tarsen on Saturday to say she would publish a bill “early in the new year”.')).toEqual([['early in the new year', 'Ana Reed']]);
		expect(quotesOf('Talks broke down, before union leader Ian Webb stepped in to say that the Tarsen depot would stay shut.')).toEqual([['the Tarsen depot would stay shut', 'Ian Webb']]);
		expect(quotesOf('“Safety comes first,” a Tarsen Air spokeswoman said, declining to say when the aircraft would fly again.')).toEqual([['Safety comes first,', 'Tarsen Air']]);
	});

	it('a memo speaks for the one it is from; an email that "read" for whoever sent it', () => {
		expect(quotesOf('Counsel showed him a memo dated 14 March 2011 from the works manager, Osman Kilbride, which was copied to the board.\n\n“Filter bed three is failing,” the memo said.')).toEqual([['Filter bed three is failing,', 'Osman Kilbride']]);
		const email = 'Dr Lukas Brandvold told the Tarsen inquiry he had flagged the corrosion. In October 2016 he sent an email to the council’s head of highways.\n\n“I would urge that the bearings are looked at this winter,” it read.';
		expect(quotesOf(email).at(-1)).toEqual(['I would urge that the bearings are looked at this winter,', 'Lukas Brandvold']);
	});

	it('a Gaelic patronymic keeps its "a\'"; "Ms" picks the woman of a surname two people share', () => {
		expect(actorsOf("Eilidh Mac a' Phearsain won the seat in Tarsen.")).toEqual([["Eilidh Mac a' Phearsain", 'person'], ['Tarsen', 'place']]);
		const body = 'Callum Adeyemi-Fraser, 15, was last seen in Tarsen on Wednesday. His mother, Sinéad Adeyemi-Fraser, reported him missing.\n\nIn a statement on Monday, Ms Adeyemi-Fraser said: “Callum, you are not in any trouble.”';
		expect(quotesOf(body)).toEqual([['Callum, you are not in any trouble.', 'Sinéad Adeyemi-Fraser']]);
	});

	it('the subject after an opening phrase of time is the voice a pronoun stands for; a partial quote takes a trailing "according to"', () => {
		const body = '“The grid held,” said Renata Boateng, the Tarsen regulator.\n\nHours later, as power began to return, utility chief executive Marguerite Voss apologised. “We owe people answers,” she said.';
		expect(quotesOf(body).at(-1)).toEqual(['We owe people answers,', 'Marguerite Voss']);
		expect(quotesOf('Stations in Tarsen have been closed “for security reasons”, according to the city transport authority.')).toEqual([['for security reasons', 'city transport authority']]);
	});
});

describe('the 31st batch\'s dates', () => {
	it('a live update\'s time stamp is of the day of the article; four digits only with a zone', () => {
		expect(datesOf('17:40 GMT — The Tarsen grid operator says 74,300 customers are without power.\n\n09:15 — Crowds begin gathering in Tarsen.\n\n1552 GMT — The lights went out.', '2022-01-29')).toEqual([['17:40 GMT', '2022-01-29'], ['09:15', '2022-01-29'], ['1552 GMT', '2022-01-29']]);
		expect(datesOf('2019 — the worst floods in Tarsen.', '2022-01-29')).toEqual([['2019', '2019']]);
	});

	it('"until" a clock time "on Sunday" ends a period announced; a record cited "of 15 November" is dated before the article', () => {
		expect(datesOf('The Tarsen institute has extended its red warning until 06:00 local time on Sunday.', '2022-01-29')).toEqual([['until 06:00 local time on Sunday', '2022-01-30']]);
		expect(datesOf('Anyone with information is asked to call Tarsen police, quoting log 0932 of 15 November.', '2023-11-20')).toEqual([['15 November', '2023-11-15']]);
	});

	it('a month of a schedule as it stood is the nearer one; a condition in the present looks ahead', () => {
		expect(datesOf('The Tarsen vote was originally to have been held in December, but the council brought it forward.', '2021-10-17')).toEqual([['in December', '2021-12']]);
		expect(datesOf('The Tarsen plant was due to open in May but will not be running before mid-July.', '2019-06-14')).toEqual([['in May', '2019-05'], ['mid-July', '2019-07']]);
		expect(datesOf('“If the works start in the summer, we want the first bulldozer in Tarsen,” she said.', '2026-01-30')).toEqual([['in the summer', '2026-SU']]);
	});
});

describe('the 31st batch\'s names', () => {
	it('a live update\'s time stamp is no part of its first sentence; a step of a scale and "Staff" opening a sentence are no one', () => {
		expect(actorsOf('14:05 — Opposition leader Dilnoza Farrokh-Ilieva says the Tarsen law is a disgrace.')).toEqual([['Dilnoza Farrokh-Ilieva', 'person']]);
		expect(actorsOf('The Category 4 storm crossed the coast near Savu. Phase 2 of the Tarsen project began.\n\nStaff noticed he was missing.')).toEqual([['Savu', 'place']]);
		expect(actorsOf('The Tier II rules apply in Marle. Stage IV of the plan begins in May. Class A drugs were found.')).toEqual([['Marle', 'place']]);
		expect(quotesOf('Staff at the Tarsen home said he was calm.')).toEqual([['he was calm', 'staff']]);
	});
});

describe('the 32nd batch\'s dates', () => {
	it('a period running "until 6 p.m. Saturday" in the present ends ahead; "had come close to" is past; a season\'s opening within the month is ahead', () => {
		expect(datesOf('The Tarsen standstill order runs until 6 p.m. Saturday, the bureau said.', '2020-12-04')).toEqual([['until 6 p.m. Saturday', '2020-12-05']]);
		expect(datesOf('Two people familiar with the bidding said Tarsen Telecom had come close to pulling out on Monday.', '2023-03-03')).toEqual([['on Monday', '2023-02-27']]);
		expect(datesOf('The Tarsen harvesters had been preparing for the opening of the spring clam season on May 1.', '2024-04-15')).toEqual([['on May 1', '2024-05-01']]);
	});
});

describe('the nineteenth review: Engines 260 to 262 read against plain news text', () => {
	it('words on a banner or a sign are no one\'s; a cue before a partial quote keeps its speaker against a trailing "according to"', () => {
		expect(quotesOf('Fans of Ostley Rovers unveiled a banner before kick-off. “Sack the board,” it read.')).toEqual([['Sack the board,', null]]);
		expect(quotesOf('Finance Minister Oskar Lindgren called the plan “reckless”, according to people familiar with the meeting.')).toEqual([['reckless', 'Oskar Lindgren']]);
		expect(quotesOf('Hal Brennan described the Tarsen results as “disappointing”, according to a friend.')).toEqual([['disappointing', 'Hal Brennan']]);
	});

	it('someone who can speak between the verb and "to say" is the speaker; an adverb opens no group; a memo\'s addressee did not write it', () => {
		expect(quotesOf('The verdict led Mireille Basset to say that she felt “utterly vindicated”.')).toEqual([['utterly vindicated', 'Mireille Basset']]);
		expect(quotesOf('The Tarsen council paid Marcus Trill to say that the scheme was “a triumph”.')).toEqual([['a triumph', 'Marcus Trill']]);
		expect(quotesOf('Privately officials concede the Tarsen deadline cannot be met.')).toEqual([['the Tarsen deadline cannot be met', 'officials']]);
		expect(quotesOf('A memo from the finance department to the works manager, Osman Kilbride, set out the savings. “Overtime must stop,” the memo said.').map(([, speaker]) => speaker)).not.toContain('Osman Kilbride');
	});

	it('a record still to come is not dated back; a past event "was set in August" is no schedule; a score after a clock is no time stamp', () => {
		expect(datesOf('The correction will appear in the Tarsen Courier\'s edition of 2 June, the editor said.', '2025-05-14')).toEqual([['2 June', '2025-06-02']]);
		expect(datesOf('A new Tarsen record was set in August, when 41,000 fans packed the ground.', '2025-05-14')).toEqual([['in August', '2024-08']]);
		expect(datesOf('21:19 — a thriller of a first set for the Tarsen side.', '2024-11-22')).toEqual([]);
		expect(datesOf('The Tarsen curfew was in force until 06:00 on Sunday, when crowds began to return to the streets.', '2025-05-14')).toEqual([['until 06:00 on Sunday', '2025-05-11']]);
	});

	it('an object found after an opening phrase of time is no subject a pronoun stands for', () => {
		const body = 'Coastguard commander Luis Ortega led the search through the night. Hours later, police found fisherman Tomas Reyes clinging to a buoy off Tarsen. “It was a textbook operation by my crews,” he said.';
		expect(quotesOf(body)).toEqual([['It was a textbook operation by my crews,', 'Luis Ortega']]);
	});
});

describe('the nineteenth review\'s gaps', () => {
	it('a body named in the singular is the "it" it reports; "wrote to members on Monday to say" and "called a news conference to say" speak for the subject', () => {
		expect(quotesOf('The Tarsen federation said it had asked the government to act “before small shops go under”.')).toEqual([['before small shops go under', 'federation']]);
		expect(quotesOf('Tobias Renn, the union’s general secretary, wrote to members on Monday to say that the Tarsen strike would “go ahead as planned”.')).toEqual([['go ahead as planned', 'Tobias Renn']]);
		expect(quotesOf('The chief constable, Hal Maddox, called a news conference in Tarsen to say that the suspect had been “identified”.')).toEqual([['identified', 'Hal Maddox']]);
	});

	it('a memo someone sent that "read" is theirs; fans are a group; "have until" a clock on a day is ahead', () => {
		expect(quotesOf('The Tarsen hospital’s chief executive, Ruth Okonjo, sent a memo to all staff. “We are at breaking point,” it read.')).toEqual([['We are at breaking point,', 'Ruth Okonjo']]);
		expect(quotesOf('Disgruntled fans said the Tarsen club had “lost its soul”.')).toEqual([['lost its soul', 'Disgruntled fans']]);
		expect(datesOf('Tarsen voters have until 8 p.m. on Thursday to register.', '2025-05-14')).toEqual([['until 8 p.m. on Thursday', '2025-05-15']]);
	});
});

describe('the 33rd batch\'s names and speakers', () => {
	it('a diocese, a synod, a monastery are bodies that take "of"; a saint alone is no one; "its chairman, the Rev. X" speaks', () => {
		expect(actorsOf('The Catholic Diocese of Vellmar said it would pay. The Holy Synod of the Karvenian Orthodox Church met at the Monastery of the Holy Archangels.')).toEqual([['Catholic Diocese of Vellmar', 'organization'], ['Holy Synod of the Karvenian Orthodox Church', 'organization'], ['Monastery of the Holy Archangels', 'organization']]);
		expect(actorsOf('The vicar of St Oswin’s in Tarsen spoke. The feast of St Paul is on January 25. She moved to St Helens in 2019.')).toEqual([['St Helens', 'place'], ['Tarsen', 'place']]);
		expect(quotesOf('“We will not leave the Tarsen church,” said its chairman, the Rev. Tobiah Lindqvist-Mbeki.')).toEqual([['We will not leave the Tarsen church,', 'Tobiah Lindqvist-Mbeki']]);
	});
});

describe('the 33rd batch\'s dates', () => {
	it('"on the same date last year" is the day named before, a year earlier; "in the current financial year" keeps its "the"', () => {
		expect(datesOf('By May 20, 212 mm of rain had fallen in Tarsen, against 90 mm on the same date last year.', '2019-06-01')).toEqual([['By May 20', '2019-05-20'], ['on the same date last year', '2018-05-20']]);
		expect(datesOf('The Tarsen council set aside $1.8 million in the current financial year.', '2019-06-01').map(([text]) => text)).toEqual(['in the current financial year']);
	});
});

describe('the 32nd batch\'s periods', () => {
	it('"the first three quarters of 2022" is January to September, and "the same period of 2021" the same months then', () => {
		expect(datesOf('Tarsen sales rose 4% in the first three quarters of 2022, against a fall in the same period of 2021.', '2022-11-29')).toEqual([['in the first three quarters of 2022', '2022-01/2022-09'], ['in the same period of 2021', '2021-01/2021-09']]);
	});
});

describe('the twentieth review: Engines 263 to 268 read against plain news text', () => {
	it('an adverb opening the sentence is dropped from the group, not the group with it; a verb of getting in touch keeps its subject as the speaker', () => {
		expect(quotesOf('Later officials said the Tarsen fire had been “deliberately set”.')).toEqual([['deliberately set', 'officials']]);
		expect(quotesOf('The Tarsen hospital rang his wife on Saturday to say his condition was “critical but stable”.')).toEqual([['critical but stable', 'hospital']]);
		expect(quotesOf('Site manager Ana Reed was sent a memo by the Tarsen finance director on Friday. “All overtime is cancelled,” it read.')).toEqual([['All overtime is cancelled,', null]]);
	});

	it('a saint after a role and "of", or a person\'s surname, stays; "Abbey" is a surname too', () => {
		expect(quotesOf('Striker Jonah St Louis scored twice for Tarsen. St Louis said afterwards that the win was “for the fans”.')).toEqual([['for the fans', 'Jonah St Louis']]);
		expect(actorsOf('Ruth Abbey, a Tarsen teacher, said the school was full.')).toContainEqual(['Ruth Abbey', 'person']);
	});

	it('a future perfect and "have" before a noun are no past; "until 6 p.m. Saturday" in a past story stays past; a record cited by a future act keeps its past', () => {
		expect(datesOf('The Tarsen fund will have run dry by Friday unless ministers act.', '2025-05-14')).toEqual([['by Friday', '2025-05-16']]);
		expect(datesOf('The Tarsen library will have open days on Saturday, the council said.', '2025-05-14')).toEqual([['on Saturday', '2025-05-17']]);
		expect(datesOf('The Tarsen road was closed until 6 p.m. Saturday while crews cleared the debris, police said.', '2025-05-14')).toEqual([['until 6 p.m. Saturday', '2025-05-10']]);
		expect(datesOf('The Tarsen inquiry will examine the letter of 3 March in which the minister approved the contract.', '2025-05-14')).toEqual([['3 March', '2025-03-03']]);
	});

	it('an opening looked forward to is the next one, one told of as over the latest; "was slated for September" is a schedule', () => {
		expect(datesOf('The Tarsen resort is preparing for the season opening on 6 December.', '2025-05-14')).toEqual([['on 6 December', '2025-12-06']]);
		expect(datesOf('The Tarsen theatre’s opening on 9 May was a sell-out, the director said.', '2025-04-10')).toEqual([['on 9 May', '2024-05-09']]);
		expect(datesOf('The Tarsen talks were slated for September but collapsed.', '2025-05-14')).toEqual([['for September', '2025-09']]);
	});

	it('a time stamp before a figure is one too; "have until recently" is no time left', () => {
		expect(datesOf('16:32 — 12 people have been rescued from the Tarsen ferry.', '2025-05-14')).toEqual([['16:32', '2025-05-14']]);
		expect(datesOf('The Tarsen ferry has until recently sailed on Sunday.', '2025-05-14')).toEqual([['on Sunday', '2025-05-11']]);
	});
});

describe('a speaker\'s apposition between the reported words and the verb', () => {
	it('"…, NAME, WHAT THEY ARE, said" is the named person\'s report, with a title before the name or a clause as the apposition', () => {
		expect(quotesOf('Foreign arrivals at Tarsen rose 22 percent in the first half, Ines Marrow, head of the Tarsen Tourism Board, said on Friday.')).toEqual([['Foreign arrivals at Tarsen rose 22 percent in the first half', 'Ines Marrow']]);
		expect(quotesOf('Food prices in Tarsen were much higher this winter, the Rt Rev. Mary Dunwell, Bishop of Tarsen, said.')).toEqual([['Food prices in Tarsen were much higher this winter', 'Mary Dunwell']]);
		expect(quotesOf('The Tarsen boiler had failed twice before the fire, Detective Inspector Kofi Ashby, who led the investigation, told reporters.')).toEqual([['The Tarsen boiler had failed twice before the fire', 'Kofi Ashby']]);
	});

	it('a role, then the name in apposition, is the name\'s, even when the role reads as a name itself', () => {
		expect(quotesOf('Of the 92 Tarsen candidates, 17 are women, the party’s National Youth Organiser, Madam Abena Kusi, said.')).toEqual([['Of the 92 Tarsen candidates, 17 are women', 'Abena Kusi']]);
	});

	it('no attribution when a clause follows the verb, or when the name after the comma is the subject of a verb of its own', () => {
		expect(quotesOf('Giving evidence to the Tarsen inquiry on Tuesday, Station Manager Kofi Ashby, of Tarsen Fire Service, said the first crews arrived at 4.11am, six minutes after the call.')).toEqual([['the first crews arrived at 4.11am, six minutes after the call', 'Kofi Ashby']]);
		expect(quotesOf('A Tarsen council spokeswoman, Irena Dobos, said on Saturday, before the results were announced, that the mayor would speak.').map(([text]) => text)).not.toContain('A Tarsen council spokeswoman');
	});
});

describe('a body\'s word before its people, and the part of a day after the cue', () => {
	it('"Museum staff", "Hospital staff", "Kelby police" opening a sentence are a group kept as written, not a body named "Museum"', () => {
		expect(quotesOf('Hospital staff said the Tarsen wing had been rewired only partly.')).toEqual([['the Tarsen wing had been rewired only partly', 'hospital staff']]);
		expect(quotesOf('Tarsen police said the convoys had blocked the ring road.')).toEqual([['the convoys had blocked the ring road', 'Tarsen police']]);
		expect(actorsOf('Museum staff said the Tarsen collection was safe.')).toEqual([['museum staff', 'group']]);
		expect(actorsOf('Staff at Tarsen Zoo said the lion had been moved.')).toContainEqual(['Tarsen Zoo', 'organization']);
	});

	it('"said on Tuesday afternoon they had …" reports from "they"; "Tuesday night’s vote" stays in what was said', () => {
		expect(quotesOf('Tarsen police said on Tuesday afternoon they had opened an investigation.')).toEqual([['they had opened an investigation', 'Tarsen police']]);
		expect(quotesOf('The Tarsen mayor said Tuesday night the road was shut.')).toEqual([['the road was shut', 'mayor']]);
		expect(quotesOf('The Tarsen mayor said Tuesday night’s vote was rigged.')).toEqual([['Tuesday night’s vote was rigged', 'mayor']]);
	});
});

describe('the 34th batch of unseen stories, read against plain news text', () => {
	it('a month takes the year the sentence set before it: "In 1976, …", "The last strike, in 2019, …", "this year, after …"', () => {
		expect(datesOf('In 1976, the Tarsen river came back in October.', '2023-09-14')).toEqual([['In 1976', '1976'], ['in October', '1976-10']]);
		expect(datesOf('The last strike at Tarsen, in 2019, lasted 11 weeks and ended only in early December.', '2023-08-19').map(([text, value]) => `${text}=${value}`)).toContain('in early December=2019-12');
		expect(datesOf('Lanfei is the second storm to hit Tarsen this year, after Typhoon Kaimei in early July.', '2022-09-01')).toEqual([['this year', '2022'], ['in early July', '2022-07']]);
		// (not a year that dates only a part of the sentence)
		expect(datesOf('The Tarsen race, first held in 1974, moved from April to late May.', '2026-05-30').map(([text, value]) => `${text}=${value}`)).toContain('from April=2026-04');
	});

	it('"since the spring of last year" is one season; "adjourned … to June 3" is the nearer June 3', () => {
		expect(datesOf('The Tarsen association has spent $85,000 since the spring of last year.', '2025-10-17')).toEqual([['since the spring of last year', '2024-SP']]);
		expect(datesOf('The judge adjourned the Tarsen case to June 3.', '2026-05-22')).toEqual([['June 3', '2026-06-03']]);
	});

	it('"N weeks later" counts from the day, not from the start of a period told of beside it', () => {
		expect(datesOf('The band played Tarsen on July 24, their first concert since February 2020. Two weeks later, officials linked 63 cases to the show.', '2021-08-10')).toEqual([['on July 24', '2021-07-24'], ['since February 2020', '2020-02'], ['Two weeks later', '2021-08-07']]);
	});

	it('decades in words are decades, but not a temperature or an age', () => {
		expect(datesOf('“We were told in the eighties that nobody wanted a fiddle,” the Tarsen guitarist said.', '2025-03-02')).toEqual([['in the eighties', '198']]);
		expect(datesOf('Highs in Tarsen will be in the sixties. Her mother is in her seventies.', '2025-03-02')).toEqual([]);
	});

	it('two particles join a name ("van der", "de la"), and a particle capitalised at the start of a sentence is the same person', () => {
		expect(quotesOf('Company spokeswoman Annelie van der Merwe said the Tarsen offer stood. Van der Merwe said later that it was final.')).toEqual([['the Tarsen offer stood', 'Annelie van der Merwe'], ['it was final', 'Annelie van der Merwe']]);
		expect(actorsOf('Tarsen mayor Rosa de la Vega said the bridge was safe.')).toContainEqual(['Rosa de la Vega', 'person']);
	});
});

describe('the 34th batch: seats in brackets, titles of works, the story\'s own times, spans up to the article', () => {
	it('a person\'s seat in brackets after the name does not speak; a body\'s acronym in brackets still stands with the body', () => {
		expect(quotesOf('Khoo Teik Leong (Batu Tarsen) said the government had been “too slow” to act.')).toEqual([['too slow', 'Khoo Teik Leong']]);
	});

	it('a title of a work in quotation marks is no one, so a later "she" is not its', () => {
		const result = analyse('Nadia Orla won song of the year for “Low Tide Letters”, the single that topped the Tarsen chart.\n\nAccepting the prize, she told the audience: “I was singing in a pub four years ago.”', '2025-03-02');
		expect(result.actors.map((a) => a.name)).toEqual(['Nadia Orla']);
		expect(result.quotes.map((q) => [q.text, q.speakerName])).toEqual([['I was singing in a pub four years ago.', 'Nadia Orla']]);
		expect(quotesOf('“Salt & Ember”, the £6 million Tarsen musical, will close on March 14.')).toEqual([]);
	});

	it('"Adjudicator" is a title before the name', () => {
		expect(actorsOf('Adjudicator Mara Okonkwo said the Tarsen appeal would be heard.')).toContainEqual(['Mara Okonkwo', 'person']);
	});

	it('the times a story was published or updated at are of its own day', () => {
		expect(datesOf('The Tarsen regulator suspended the licence on Tuesday.\n\nAn earlier version of this story, published at 11:20 a.m., gave the wrong day. The story was updated at 2:05 p.m.', '2026-01-12')).toEqual([['on Tuesday', '2026-01-06'], ['at 11:20 a.m.', '2026-01-12'], ['at 2:05 p.m.', '2026-01-12']]);
	});

	it('"the past week", "the past month", "the past year" are spans up to the article, as "the past decade" is', () => {
		expect(datesOf('Tarsen prices rose in the past week, over the past month and in the past year.', '2019-11-05')).toEqual([['in the past week', 'P1W'], ['over the past month', 'P1M'], ['in the past year', 'P1Y']]);
	});
});

describe('the twenty-first review: Engines 276 and 277 read against plain news text', () => {
	it('an opening phrase is no reported clause, and a verb with an object is no attribution', () => {
		expect(quotesOf('In a letter to shareholders last week, Oskar Vellani, the chief executive of Tarsen Rovers, admitted mistakes.')).toEqual([]);
		expect(quotesOf('When the fire broke out shortly after midnight, Ada Korrigan, who runs a stall in Tarsen, said nothing.')).toEqual([]);
		expect(quotesOf('At the end of the Tarsen hearing, Judge Miriam Osei, the presiding judge, denied the request.')).toEqual([]);
		// (an opening phrase before the clause still lets it through)
		expect(quotesOf('In 2024, prices in Tarsen rose 4%, Ines Marrow, head of the Tarsen Board, said on Friday.')).toEqual([['In 2024, prices in Tarsen rose 4%', 'Ines Marrow']]);
	});

	it('two names joined by "and" before the verb give the first, as before', () => {
		expect(quotesOf('The Tarsen prices were too high, Hanne Rostad and Dilys Aberfan said.')).toEqual([['The Tarsen prices were too high', 'Hanne Rostad']]);
	});

	it('a venue\'s word before any noun is no body; "Gallery" after a given name is a surname', () => {
		expect(quotesOf('Zoo keepers said the Tarsen lion cubs were healthy.')).toEqual([['the Tarsen lion cubs were healthy', 'Zoo keepers']]);
		expect(actorsOf('Opera singer Lilja Farrow will perform in Tarsen.')).not.toContainEqual(['Opera', 'organization']);
		expect(actorsOf('The chef, Pat Gallery, said the Tarsen restaurant would stay open.')).toContainEqual(['Pat Gallery', 'person']);
	});

	it('the year set at a sentence\'s start reaches no other clause, no speaker\'s cue, no future and no month after the article\'s for "this year"', () => {
		const values = (body: string, date = '2025-05-14') => datesOf(body, date).map(([text, value]) => `${text}=${value}`);
		expect(values('“In 2020, we lost everything in Tarsen,” Ada Korrigan said in March.')).toContain('in March=2025-03');
		expect(values('In 2016, Ruth Okonkwo won the Tarsen seat, and she will defend it in November.')).toContain('in November=2025-11');
		expect(values('In 2010, Ilse Varnholt founded the Tarsen company, which she sold in March.')).toContain('in March=2025-03');
		expect(values('This year’s Tarsen budget, approved by the council in December, cuts spending on roads.')).toContain('in December=2024-12');
		expect(values('It is the third Tarsen strike this year and the longest since November.')).toContain('since November=2024-11');
	});

	it('a day something was moved to is the next such day, the latest one when told of as over, or in the year the sentence set', () => {
		expect(datesOf('The Tarsen hearing was adjourned to November 20.', '2025-05-14')).toEqual([['November 20', '2025-11-20']]);
		expect(datesOf('The Tarsen meeting was moved to February 14, when the plan was approved.', '2025-05-14')).toEqual([['February 14', '2025-02-14']]);
		expect(datesOf('In 2019, the Tarsen trial was adjourned to June 3.', '2025-05-14')).toEqual([['In 2019', '2019'], ['June 3', '2019-06-03']]);
	});

	it('decade words on a scale are readings, not decades', () => {
		expect(datesOf('Brent crude has hovered in the seventies for most of the month, Tarsen traders said.', '2025-05-14').map(([text]) => text)).not.toContain('in the seventies');
		expect(datesOf('Tarsen traffic slowed into the thirties after the crash.', '2025-05-14')).toEqual([]);
		expect(datesOf('Drivers in the thirties zone in Tarsen will be fined.', '2025-05-14')).toEqual([]);
		expect(datesOf('The Tarsen band was formed in the Sixties and split in the Seventies.', '2025-05-14')).toEqual([['in the Sixties', '196'], ['in the Seventies', '197']]);
	});

	it('two particles join only after a name, not after an article or in a feast\'s name', () => {
		expect(actorsOf('The van der Merwe family has farmed the land near Tarsen since 1902.').map(([name]) => name)).not.toContain('van der Merwe');
		expect(actorsOf('The Fête de la Lune, held each August in Tarsen, was cancelled.').map(([name]) => name)).not.toContain('Fête de la Lune');
	});

	it('a bare weekday and its part before a noun they describe are what was said; "on Friday night" is when it was said', () => {
		expect(quotesOf('The Tarsen vicar said Sunday morning services would be held in the hall.')).toEqual([['Sunday morning services would be held in the hall', 'vicar']]);
		expect(quotesOf('The Tarsen mayor said on Tuesday evening residents should boil their water.')).toEqual([['residents should boil their water', 'mayor']]);
		expect(quotesOf('The Tarsen minister said Monday evening local time that the talks had failed.')).toEqual([['the talks had failed', 'minister']]);
	});
});

describe('the twenty-first review\'s gaps', () => {
	it('an apposition over up to three commas, an age among them, or one naming another person, still gives the speaker', () => {
		expect(quotesOf('The road through Tarsen will stay shut until the weekend, Priya Dunsmore, 44, a council engineer, said.')).toEqual([['The road through Tarsen will stay shut until the weekend', 'Priya Dunsmore']]);
		expect(quotesOf('The queue for the Tarsen bakery stretched around the block, Tomas Pellegrin, a baker, 34, said.')).toEqual([['The queue for the Tarsen bakery stretched around the block', 'Tomas Pellegrin']]);
		expect(quotesOf('Tarsen needs more doctors, Fionnuala Keary, a spokeswoman for Mayor Declan Roche, said on Friday.')).toEqual([['Tarsen needs more doctors', 'Fionnuala Keary']]);
	});

	it('a year opening the sentence in other words ("In early 1976", "Back in 1976", no comma) dates its months and days too', () => {
		expect(datesOf('Back in 1976, the Tarsen rain came back only in October.', '2025-05-14')).toEqual([['in 1976', '1976'], ['in October', '1976-10']]);
		expect(datesOf('In 1976, the Tarsen rain came back only on October 3.', '2025-05-14')).toEqual([['In 1976', '1976'], ['on October 3', '1976-10-03']]);
	});

	it('any start of a period after a day in the same sentence is no point "later" counts from', () => {
		expect(datesOf('The Tarsen plant reopened on March 3, after being shut since November 2023. A week later, it closed again.', '2025-05-14').map(([text, value]) => `${text}=${value}`)).toContain('A week later=2025-03-10');
	});
});

describe('the 35th batch of unseen stories, read against plain news text', () => {
	it('a decimal point after the cue ends no sentence; a figure after a verb other than "said" needs a verb of its own', () => {
		expect(quotesOf('The Tarsen commission said 15.8 million ballot papers would be printed.')).toEqual([['15.8 million ballot papers would be printed', 'commission']]);
		expect(quotesOf('Founded in 2015, Tarsen Labs reported 5.2 million registered users at the end of the quarter.')).toEqual([]);
	});

	it('a word described as a body only ("the State farm advisory service") is that body', () => {
		expect(quotesOf('Tallann, the State farm advisory service, estimates that silage yields in Tarsen are down by a third.')).toEqual([['silage yields in Tarsen are down by a third', 'Tallann']]);
	});

	it('"estimates" is a cue in the present, but a noun after a possessive or "according to"', () => {
		expect(quotesOf('The Tarsen Relief Forum estimates that two-thirds of families relied on aid.')).toEqual([['two-thirds of families relied on aid', 'Tarsen Relief Forum']]);
		expect(quotesOf('Shares of Tarsen Chips fell after the chipmaker forecast revenue below analysts’ estimates, saying customers had paused orders.')).toEqual([['customers had paused orders', 'Tarsen Chips']]);
	});

	it('a name before a noun that is a cue\'s bare form, after a determiner, is no person ("a Facebook post"), so "she" is still hers', () => {
		expect(quotesOf('Rupa Dasgupta did not respond to calls. In a Facebook post on Friday evening, she wrote that she had "nothing to fear from any Tarsen court".')).toEqual([['nothing to fear from any Tarsen court', 'Rupa Dasgupta']]);
	});

	it('", and asked …" ends the clause reported; "and asked" with no comma may go on with it', () => {
		expect(quotesOf('Governor Ana Mangubat said all 46 evacuation centres in Tarsen were full, and asked churches to open their doors.')).toEqual([['all 46 evacuation centres in Tarsen were full', 'Ana Mangubat']]);
		expect(quotesOf('The Tarsen authority said it had opened an inquiry and asked the landlord for a full report.')).toEqual([['it had opened an inquiry and asked the landlord for a full report', 'authority']]);
	});

	it('a platform after "wrote on" is where it was written, not who wrote', () => {
		expect(quotesOf('Rhiannon Adeyemi, a Tarsen paramedic, wrote on Threadly, a social platform, earlier this month: “The gym was my second home.”')).toEqual([['The gym was my second home.', 'Rhiannon Adeyemi']]);
	});
});

describe('pronouns against the name lists', () => {
	it('"Rafael … said that she had …" does not make Rafael a woman when a woman was named before, however far back', () => {
		const result = analyse('Amalia Vrancken, the first woman to sit on the Tarsen High Court, died on Monday.\n\nShe was 94.\n\nHer family said the funeral would be private.\n\nChief Justice Rafael Omondi said on Tuesday that she had “opened the doors of the courts”.\n\n“She was the most exacting judge I ever appeared before,” he said.', '2025-05-14');
		expect(result.quotes.map((q) => [q.text, q.speakerName])).toContainEqual(['She was the most exacting judge I ever appeared before,', 'Rafael Omondi']);
	});

	it('a given name only one name list knows is enough against a pronoun when a person of the pronoun\'s gender was named before', () => {
		const result = analyse('Nora Fitz, a former mayor of Tarsen, died on Monday.\n\nBrendan Vasiliou told Tarsen Radio on Thursday that she had been “impossible to beat”. “She would canvass my own street,” he added.', '2025-05-14');
		expect(result.quotes.map((q) => [q.text, q.speakerName])).toContainEqual(['She would canvass my own street,', 'Brendan Vasiliou']);
	});

	it('"Gideon … pressed her on why she had kept quiet" does not make Gideon a woman, with a woman named paragraphs before', () => {
		const result = analyse('Colette Ambrose, 34, told jurors in Tarsen that the defendant had called her.\n\nShe said she was scared.\n\nThe trial entered its third week.\n\nUnder cross-examination, defence lawyer Gideon Falk pressed her on why she had kept quiet.\n\n"Why should this jury believe you now?" Falk asked.\n\n"Because now I\'m not scared of him," she replied.', '2025-05-14');
		expect(result.quotes.map((q) => [q.text, q.speakerName])).toContainEqual(["Because now I'm not scared of him,", 'Colette Ambrose']);
	});
});

describe('hospitals by other names', () => {
	it('an infirmary and a hospice are bodies, so "as he liked to say" is still the surgeon\'s', () => {
		expect(actorsOf('Sir Anselm Okoro, who operated at Tarsen General Infirmary, died on Saturday.')).toContainEqual(['Tarsen General Infirmary', 'organization']);
		expect(quotesOf('Sir Anselm Okoro, who worked at Tarsen General Infirmary, died on Saturday. He arrived in 1951 with, as he liked to say, “one suit and two textbooks”.')).toEqual([['one suit and two textbooks', 'Anselm Okoro']]);
	});
});

describe('the twenty-second review: Engines 278 to 282 read against plain news text', () => {
	it('an apposition attribution after a clause that opens with a quantity or a short adverbial, or before "said outside court"', () => {
		expect(quotesOf('At least 14 people were killed in the Tarsen crash, Ines Barrow, a police spokeswoman, said on Friday.')).toEqual([['At least 14 people were killed in the Tarsen crash', 'Ines Barrow']]);
		expect(quotesOf('The Tarsen decision will be appealed, Tobias Wendel, the family\'s lawyer, said outside court.')).toEqual([['The Tarsen decision will be appealed', 'Tobias Wendel']]);
		expect(quotesOf('Fourteen people remain in hospital in Tarsen, Ines Barrow, a police spokeswoman, said.')).toEqual([['Fourteen people remain in hospital in Tarsen', 'Ines Barrow']]);
		expect(quotesOf('Weeks before he died, Tomas Brenner, 52, a Tarsen fisherman, told the Courier.')).toEqual([]);
		expect(quotesOf('The house in Tarsen was empty when the fire started, Ana Velarde\'s husband Tomas Brenner said.')).toEqual([['The house in Tarsen was empty when the fire started', 'Tomas Brenner']]);
	});

	it('a chant or a short answer in title case is still a quote; a group calling itself by a quoted name is a body', () => {
		expect(quotesOf('“Never Again”, the crowd chanted as the coffin passed through Tarsen.')).toEqual([['Never Again', 'crowd']]);
		expect(actorsOf('A militant group calling itself “Tarsen Liberation Front” said it carried out the attack.')).toContainEqual(['Tarsen Liberation Front', 'organization']);
	});

	it('decade words in ordinary sentences, not in a reading', () => {
		expect(datesOf('The Tarsen band, which broke up in the eighties, is going back out on tour.', '2025-05-14')).toEqual([['in the eighties', '198']]);
		expect(datesOf('She started the business in her Tarsen garage in the nineties.', '2025-05-14')).toEqual([['in the nineties', '199']]);
		expect(datesOf('Brent crude has hovered in the seventies for most of the month, Tarsen traders said.', '2025-05-14').map(([text]) => text)).not.toContain('in the seventies');
	});

	it('"said Tuesday night police had arrested" is when it was said; only things held on that day before a modal are described', () => {
		expect(quotesOf('The Tarsen council said Tuesday night police had arrested two men.')).toEqual([['police had arrested two men', 'council']]);
		expect(quotesOf('The Tarsen school said Friday afternoon classes would be cancelled.')).toEqual([['Friday afternoon classes would be cancelled', 'school']]);
	});

	it('a figure and a past verb after a cue other than "say" are reported; a document\'s author still speaks for it', () => {
		expect(quotesOf('Tarsen police reported 14 people died in the crash.')).toEqual([['14 people died in the crash', 'Tarsen police']]);
		expect(quotesOf('A statement released by the Tarsen Health Board said the ward would close.')).toEqual([['the ward would close', 'Tarsen Health Board']]);
		expect(actorsOf('Early estimates suggested 40 people had died in Tarsen.').map(([name]) => name)).not.toContain('Early');
	});

	it('a year set at the start reaches no present clause; a day moved to and told of as over is the past one; "the report … published at" is not the story\'s own', () => {
		expect(datesOf('In 2019 she founded the Tarsen bakery that opens its second shop on June 3.', '2025-05-14').map(([text, value]) => `${text}=${value}`)).toContain('on June 3=2025-06-03');
		expect(datesOf('The Tarsen trial, postponed to April 3 because of a strike, ended on Friday.', '2025-05-14')).toEqual([['April 3', '2025-04-03'], ['on Friday', '2025-05-09']]);
		expect(datesOf('The Tarsen council published its review on Monday. The report was published at 10am.', '2025-05-14')).toEqual([['on Monday', '2025-05-12'], ['at 10am', '2025-05-12']]);
	});

	it('"GIVEN Gallery" is a gallery unless something marks a person', () => {
		expect(actorsOf('Victoria Gallery said it would close for three months.')).toContainEqual(['Victoria Gallery', 'organization']);
		expect(actorsOf('The chef, Pat Gallery, said the Tarsen restaurant would stay open.')).toContainEqual(['Pat Gallery', 'person']);
	});
});

describe('the 36th batch: a plural noun opening the sentence and its bare verb', () => {
	it('are a present, so a timetable\'s days lie ahead; not a past spelt without -ed, nor a compound noun', () => {
		expect(datesOf('Pupils break up for Easter on 29 March and return to Tarsen Academy on 15 April.', '2024-03-05')).toEqual([['for Easter', '2024-03-31'], ['on 29 March', '2024-03-29'], ['on 15 April', '2024-04-15']]);
		expect(datesOf('Pupils break up for Easter on 29 March, the Tarsen school said.', '2024-03-05')).toEqual([['for Easter', '2024-03-31'], ['on 29 March', '2024-03-29']]);
		expect(datesOf('Inspectors found rust on the Tarsen bridge on 3 October.', '2024-03-05')).toEqual([['on 3 October', '2023-10-03']]);
		expect(datesOf('Auto-parts maker Tarsen Components on Monday declared a lockout.', '2021-04-27')).toEqual([['on Monday', '2021-04-26']]);
	});
});

describe('date patterns searched without their leading look-behind', () => {
	it('finds a date straight after a word that ends like a preposition, without the word’s end', () => {
		expect(datesOf('The talks in Velmaron 5 May failed, and the summit of Ebon on 12 June was called off.', '2025-05-11')).toEqual([
			['5 May', '2025-05-05'],
			['on 12 June', '2024-06-12'],
		]);
	});

	it('finds no date inside a word or a number', () => {
		expect(datesOf('The 2019ers met in Quarterday; the Tuesdays club sold 14days passes.', '2025-05-11')).toEqual([]);
	});
});

describe('the 37th batch: attributions, roles and bodies', () => {
	it('a subject and its verb may be followed by phrases that open with a preposition and hold no clause', () => {
		expect(quotesOf('The crew ignored three cues to abandon the landing, the Tarsen Accident Board said on Thursday in its final report on the accident.')).toEqual([['The crew ignored three cues to abandon the landing', 'Tarsen Accident Board']]);
		expect(quotesOf('The curfew will run until the morning of Sunday, May 16, the Vranjac Curfew Committee said in a statement carried by the state news agency.')).toEqual([['The curfew will run until the morning of Sunday, May 16', 'Vranjac Curfew Committee']]);
	});

	it('a thousands separator ends no reported words', () => {
		expect(quotesOf('Teachers will strike for three days, closing most of the province’s 1,900 state schools, after members rejected a pay offer.')).toEqual([]);
	});

	it('after "said", a plural noun and its verb in the present, an adverb of frequency between them or none', () => {
		expect(quotesOf('Economist Nadia Fakhry said prices usually peak in the first week of the month.')).toEqual([['prices usually peak in the first week of the month', 'Nadia Fakhry']]);
		expect(quotesOf('The Tarsen Hospitality Association said terraces account for 40% of summer takings.')).toEqual([['terraces account for 40% of summer takings', 'Tarsen Hospitality Association']]);
	});

	it('a participle opening an aside between commas before a partial quotation reports nothing: the cue before it does', () => {
		expect(quotesOf('The Tarsen Chamber of Commerce said the rise, first announced in the spring and twice delayed, would “land on firms.”')).toEqual([['land on firms.', 'Tarsen Chamber of Commerce']]);
		expect(quotesOf('She said the closure of the ward at Kelby General Hospital, announced in August, had “hurt us badly”.')).toEqual([['hurt us badly', null]]);
	});

	it('"…, he told reporters in Kelby yesterday, adding that …": the participle goes on from the cue before it, past where and when', () => {
		expect(quotesOf('Opposition leader Bart Nwosu seized on the turmoil. The government had “lost control”, he told reporters in Kelby yesterday, adding that his party would act “within weeks”.')).toEqual([
			['lost control', 'Bart Nwosu'],
			['within weeks', 'Bart Nwosu'],
		]);
	});

	it('a pronoun after a sentence that opens with the role of one person named before is that person', () => {
		const body = 'Mayor Lucia Ferrand said the plan was sound.\n\nBudget Director Min-jun Castel told council members the fund would fall. “We can do this once,” Castel said.\n\nThe mayor wants voters to approve a tax rise. She made her case at a town hall in May. “We have 400 miles of streets rated poor,” she said.';
		expect(quotesOf(body).at(-1)).toEqual(['We have 400 miles of streets rated poor,', 'Lucia Ferrand']);
		// (not the subject of the quotation's own sentence, which is what was said of someone)
		const own = 'President Ilya Varn is due to speak on Monday, his spokesman, Ruslan Temirov, told reporters. The president would also meet the protesters “in the coming days,” he said.';
		expect(quotesOf(own).at(-1)).toEqual(['in the coming days,', 'Ruslan Temirov']);
	});

	it('a person brought in with an age by the sentence just before the quotation, in its paragraph, speaks', () => {
		const body = 'Minister Raj Beaumont said the fund had grown. “It is not enough,” he said.\n\nBack at the food bank, volunteer Gurpreet Lafont, 72, was sorting squash on Thursday. “I’ve done every Thanksgiving here since 2011,” he said.';
		expect(quotesOf(body).at(-1)).toEqual(['I’ve done every Thanksgiving here since 2011,', 'Gurpreet Lafont']);
	});

	it('a minister of municipal affairs: the portfolio is the role', () => {
		expect(actorsOf('Minister of Municipal Affairs Latifa bint Saud al-Harbi wrote on X that work had begun.')).toEqual([['Latifa bint Saud al-Harbi', 'person']]);
	});

	it('a scientist’s occupation opening the sentence is a role, not part of the name', () => {
		expect(actorsOf('Entomologist Chidi Vasco-Hart says the summer let mosquitoes breed faster.')).toEqual([['Chidi Vasco-Hart', 'person']]);
	});

	it('a body in the singular placed by "in" speaks, not the place', () => {
		expect(quotesOf('The Tarsen embassy in Vranjac said it was following events with concern.')).toEqual([['it was following events with concern', 'embassy']]);
		// (a person's role "of" a body is left to the rules before: the body is no group of its own)
		expect(quotesOf('Ana Ruiz leads the Tarsen board. The president of the board in Vranjac said it was following events.')).toEqual([['it was following events', 'Vranjac']]);
	});
});

describe('the 37th batch: dates', () => {
	it('"the financial year that starts on July 1" sets the story’s financial year', () => {
		expect(datesOf('The 2025-26 budget projects a deficit in the financial year that starts on July 1, narrowing in 2026-27.', '2025-06-17')).toEqual([
			['2025-26', '2025-07/2026-06'],
			['on July 1', '2025-07-01'],
			['2026-27', '2026-07/2027-06'],
		]);
	});

	it('centuries with "early" or "late", in words, as adjectives; decades before 1800', () => {
		expect(datesOf('It burned in the early 10th century, in the late ninth century; the 21st century came; 17th-century lace and the late-19th-century baseline; in the 1580s and in the early 1650s.', '2025-05-11')).toEqual([
			['in the early 10th century', '09'],
			['in the late ninth century', '08'],
			['the 21st century', '20'],
			['17th-century', '16'],
			['late-19th-century', '18'],
			['in the 1580s', '158'],
			['in the early 1650s', '165'],
		]);
	});

	it('a weekday alone as a subheading is the day its section tells of, ahead or past', () => {
		const ahead = 'What to watch next week.\n\n## Monday\n\nTarsen Foods, the largest grocer, reports results for the half-year, which ended on Sept. 30.\n\n## Tuesday\n\nParliament votes on the budget.';
		expect(datesOf(ahead, '2025-10-24')).toEqual([['next week', '2025-W44'], ['Monday', '2025-10-27'], ['on Sept. 30', '2025-09-30'], ['Tuesday', '2025-10-28']]);
		const past = '## Monday\n\nParliament voted down the budget.';
		expect(datesOf(past, '2024-04-27')).toEqual([['Monday', '2024-04-22']]);
	});

	it('a company "reports" or "publishes" on a weekday: a timetable, ahead', () => {
		expect(datesOf('Tarsen Semiconductor, the sector’s bellwether, reports quarterly results on Thursday.', '2025-11-18')).toEqual([['on Thursday', '2025-11-20']]);
		// (not a report handed over)
		expect(datesOf('The inquiry handed its 212-page report to lawmakers on Friday.', '2025-03-17')).toEqual([['on Friday', '2025-03-14']]);
	});

	it('epidemiological weeks are ISO weeks of the year; "week 12" too in a story that counts them so', () => {
		expect(datesOf('Cases rose to 1,284 in epidemiological week 14, up from 912 in week 13 and 430 in week 11.', '2023-04-12')).toEqual([
			['in epidemiological week 14', '2023-W14'],
			['in week 13', '2023-W13'],
			['in week 11', '2023-W11'],
		]);
		expect(datesOf('Cases rose in epidemiological week 9. Last year’s outbreak peaked in week 12.', '2026-03-05')).toEqual([
			['in epidemiological week 9', '2026-W09'],
			['Last year’s', '2025'],
			['in week 12', '2025-W12'],
		]);
		// (a week of a season is none)
		expect(datesOf('The Tarsen Tigers lost in week 12 of the season.', '2025-11-18')).toEqual([]);
	});
});

describe('the twenty-third review: Engine 288 read against plain news text', () => {
	it('"reports" as a noun is no company’s calendar: only with its object, or after a relative', () => {
		expect(datesOf('The minister denied newspaper reports on Tuesday that she would resign.', '2025-05-14')).toEqual([['on Tuesday', '2025-05-13']]);
		expect(datesOf('Officials dismissed media reports on Friday of a deal with the rebels.', '2025-05-14')).toEqual([['on Friday', '2025-05-09']]);
		expect(datesOf('Tarsen Software, which reports on Thursday after the close, said in September that sales had risen.', '2021-10-17')).toEqual([['on Thursday', '2021-10-21'], ['in September', '2021-09']]);
	});

	it('a weekday subheading: the article’s own day when it is that weekday; the present looks ahead only in a story of the week ahead', () => {
		expect(datesOf('The week ahead in Parliament.\n\n## Monday\n\nMPs debate the housing bill.\n\n## Tuesday\n\nThe Senate votes on the budget.', '2025-05-12')).toEqual([['Monday', '2025-05-12'], ['Tuesday', '2025-05-13']]);
		expect(datesOf('A look back.\n\n## Monday\n\nThousands march through Kelby against the new tax.', '2025-05-14')).toEqual([['Monday', '2025-05-12']]);
	});

	it('an opening phrase is no reported words, however long the phrases after the verb', () => {
		expect(quotesOf('Asked about the delays at the plant in Kelby, the spokeswoman said in an email on Friday that production had resumed.').map(([text]) => text)).toEqual(['production had resumed']);
		expect(quotesOf('In a statement late on Tuesday night, the company said in response to questions from the Courier that it would appeal.').map(([text]) => text)).not.toContain('In a statement late on Tuesday night');
		// (nor are the words before the comma when the phrases hold a clause: "in an email on Friday production resumed", which is what was said)
		expect(quotesOf('The plant stopped for a week, the company said in an email on Friday production resumed on Thursday.')).toEqual([['production resumed on Thursday', 'company']]);
	});

	it('a bare "week N" only after a preposition, in a valid ISO week; last year’s weeks', () => {
		expect(datesOf('Cases fell in epidemiological week 18. Last week 45 new cases were reported.', '2025-05-14')).toEqual([['in epidemiological week 18', '2025-W18'], ['Last week', '2025-W19']]);
		expect(datesOf('Last year’s outbreak peaked in epidemiological week 12, the ministry said.', '2025-05-14')).toEqual([['Last year’s', '2024'], ['in epidemiological week 12', '2024-W12']]);
		expect(datesOf('Cases rose in epidemiological week 1, after a lull in week 53.', '2026-01-08')).toEqual([['in epidemiological week 1', '2026-W01']]);
	});

	it('no batter’s century, none before Christ; “the 1600s” is a century', () => {
		expect(datesOf('He scored the second century of his Test career. The coins date from the 3rd century BC. The houses date from the 1600s. In the first century of its existence the club won 14 titles.', '2025-05-14')).toEqual([['from the 1600s', '16']]);
	});

	it('a firm named after an occupation keeps its name; “said prayers” reports nothing', () => {
		expect(actorsOf('The Ostvik Amateur Astronomers will hold an open night on Friday.')).toEqual([['Ostvik Amateur Astronomers', 'organization']]);
		expect(quotesOf('The families said prayers together at the gate.')).toEqual([]);
	});

	it('"the fiscal year that ends in March" sets the story’s financial year', () => {
		expect(datesOf('Borrowing reached 61 billion florins in the 2025/26 fiscal year, the fiscal year that ends in March.', '2026-04-24')[0]).toEqual(['2025/26', '2025-04/2026-03']);
	});
});

describe('the 38th batch', () => {
	it('a word shaped like an occupation opening the sentence, before a given name, is a role; not a given name before a patronymic', () => {
		expect(actorsOf('Bandleader Ria Fonrose-Baptiste called the delay unacceptable.')).toEqual([['Ria Fonrose-Baptiste', 'person']]);
		expect(actorsOf('Mondher Ben Slimane, a fisherman, said nine people were rescued.')).toEqual([['Mondher Ben Slimane', 'person']]);
	});

	it('a day without a year within two months after a day the same sentence named is of that run of days; not after a day counted', () => {
		expect(datesOf('The company detected them on 9 February 2023 and did not notify the regulator until 6 March.', '2025-04-23')).toEqual([['on 9 February 2023', '2023-02-09'], ['until 6 March', '2023-03-06']]);
		expect(datesOf('The Day of Arafah falls on Tuesday, June 27, followed by Eid al-Adha on June 28.', '2023-06-18')).toEqual([['on Tuesday, June 27', '2023-06-27'], ['on June 28', '2023-06-28']]);
		expect(datesOf('Reservoirs stood at 58% on Monday, against 81% a year earlier, and a hosepipe ban could come into force as early as April 1.', '2021-02-25')).toEqual([['on Monday', '2021-02-22'], ['a year earlier', '2020-02-22'], ['as early as April 1', '2021-04-01']]);
	});

	it('what an inquiry, an audit or a tribunal "found that" or "concluded that" is reported; "found the body" is not', () => {
		expect(quotesOf('The Tarsen Appeals Tribunal found that the department had wrongly applied a new means test.')).toEqual([['the department had wrongly applied a new means test', 'Tarsen Appeals Tribunal']]);
		expect(quotesOf('The Kelby Review concluded that the schools had stayed closed too long.')).toEqual([['the schools had stayed closed too long', 'Kelby Review']]);
		expect(quotesOf('Police found the body of a man in the river on Sunday.')).toEqual([]);
	});
});

describe('the twenty-fourth review: Engines 289 to 291 read against plain news text', () => {
	it('a finding’s "that" comes straight after the verb or after when it was made; not a relative, a denial or a time', () => {
		expect(quotesOf('Investigators found no evidence that the pilot had been drinking.')).toEqual([]);
		expect(quotesOf('Police found a car that had been reported stolen.')).toEqual([]);
		expect(quotesOf('The boy was found that evening in a barn near Kelby.')).toEqual([]);
		expect(quotesOf('An inquiry led by judge Halvard Rud found in 2001 that the bow door had not been secured.')).toEqual([['the bow door had not been secured', 'Halvard Rud']]);
	});

	it('a participle in an aside is the cue only when no cue comes before it', () => {
		expect(quotesOf('Callard, 54, warned that the cuts, if passed, would “hurt the poorest families”.')).toEqual([['hurt the poorest families', 'Callard']]);
	});

	it('a role opening a sentence is not the pronoun’s when the holder kept silent or the quotation speaks of them', () => {
		const body = 'Mayor Dan Ferrand has proposed a tax on hotel stays.\n\n“We were never consulted,” said Tom Abreu, who runs a guest house on Quay Street.\n\nThe mayor did not respond to a request for comment. “He has ignored us for three years,” he said.';
		expect(quotesOf(body).at(-1)).toEqual(['He has ignored us for three years,', 'Tom Abreu']);
	});

	it('a person brought in with an age as an object does not speak', () => {
		const body = '“We were lucky,” said coach Dan Mills after the 2-1 win.\n\nMills handed a debut to Tom Abreu, 19, and kept faith with the back four. “The lads dug in,” he said.';
		expect(quotesOf(body).at(-1)).toEqual(['The lads dug in,', 'Dan Mills']);
	});

	it('a trailing attribution after a gerund subject or an opening clause with a clause after it', () => {
		expect(quotesOf('Shipping from the port resumed on Monday, the Kelby Harbour Authority said on Tuesday in a statement on its website.')).toEqual([['Shipping from the port resumed on Monday', 'Kelby Harbour Authority']]);
		expect(quotesOf('When the plant reopens, it will hire 200 people, the Tarsen company said in a filing with the exchange.').map(([text]) => text)).toEqual(['When the plant reopens, it will hire 200 people']);
	});
});

describe('the 39th batch', () => {
	it('"Auditor-General" and other titles in "-general" are roles; a Catalan "i" joins two surnames', () => {
		expect(actorsOf('Auditor-General Miriam Osterhagen-Dube said the ministry had lost control.')).toEqual([['Miriam Osterhagen-Dube', 'person']]);
		expect(actorsOf('Montserrat Vidal i Roca said the talks were over.')).toEqual([['Montserrat Vidal i Roca', 'person']]);
	});

	it('"…, prosecutors in the southern city of Calmaro said": the people of the place speak, not the place', () => {
		expect(quotesOf('The mayor was placed under house arrest on Monday, prosecutors in the southern city of Calmaro said.')).toEqual([['The mayor was placed under house arrest on Monday', 'prosecutors']]);
		expect(quotesOf('The mayor was placed under house arrest on Monday, police in Calmaro said.')).toEqual([['The mayor was placed under house arrest on Monday', 'police']]);
	});
});

describe('a plan’s participle before its noun', () => {
	it('"scheduled" and "planned" before a noun describe it and look nowhere ahead', () => {
		expect(datesOf('The government introduced scheduled power cuts in mid-July.', '2022-10-10')).toEqual([['in mid-July', '2022-07']]);
		expect(datesOf('The vote is scheduled to take place on Monday, and the strike was scheduled for Friday.', '2022-10-12')).toEqual([['on Monday', '2022-10-17'], ['for Friday', '2022-10-14']]);
	});
});
