import { describe, expect, it } from 'vitest';
import { datesIn } from './dates-in.ts';

// stories published on Wednesday 14 May 2025 (the default of datesIn); invented places and bodies

describe('a coordinated passive whose auxiliary is left out', () => {
	it('takes the future of its first half: "would be closed … and the cranes removed by March"', () => {
		expect(datesIn('The Varrow Port Authority said the berths would be closed on Friday and the cranes removed by March.')).toEqual([
			['on Friday', '2025-05-16'],
			['by March', '2026-03'],
		]);
		expect(datesIn('The depot will be shut and its staff moved to Tarsen in September.')).toEqual([['in September', '2025-09']]);
	});

	it('leaves a participle after a noun in the past, and a verb with an object', () => {
		expect(datesIn('The Tarsen Water Board will appeal the fine imposed in March.')).toEqual([['in March', '2025-03']]);
		expect(datesIn('The bill will be debated again and the committee approved it in March.')).toEqual([['in March', '2025-03']]);
	});
});

describe('a weekday in the possessive', () => {
	it('is the publication day when it names it, whatever the tense: "will explain Wednesday\'s decision"', () => {
		expect(datesIn("The minister is due to appear before the committee on Friday to explain Wednesday's decision.")).toEqual([
			['on Friday', '2025-05-16'],
			["Wednesday's", '2025-05-14'],
		]);
		expect(datesIn('The board will discuss Wednesday’s vote on Thursday.')).toEqual([
			['Wednesday’s', '2025-05-14'],
			['on Thursday', '2025-05-15'],
		]);
	});

	it('follows the tense of its clause for another day', () => {
		expect(datesIn("The council will count the ballots after Friday's vote.")).toEqual([["Friday's", '2025-05-16']]);
		expect(datesIn("The council counted the ballots after Monday's vote.")).toEqual([["Monday's", '2025-05-12']]);
	});
});

describe('a timetable in the present tense', () => {
	it('puts a date without a year ahead: "the truce expires on Dec. 31" in May is this December', () => {
		expect(datesIn('The Velmar truce expires on Dec. 31.')).toEqual([['on Dec. 31', '2025-12-31']]);
		expect(datesIn('Nominations close on April 30.')).toEqual([['on April 30', '2026-04-30']]);
		expect(datesIn('The new tariff takes effect on January 1.')).toEqual([['on January 1', '2026-01-01']]);
		expect(datesIn('The ceasefire, which runs until December 31, was agreed on Monday.')).toEqual([
			['until December 31', '2025-12-31'],
			['on Monday', '2025-05-12'],
		]);
	});

	it('leaves the same words as nouns alone: "the close", "a vote", "the plan"', () => {
		expect(datesIn('After the close on Friday, shares in Tarsen Mills fell.')).toEqual([['on Friday', '2025-05-09']]);
		expect(datesIn('A vote on Monday approved the Tarsen budget.')).toEqual([['on Monday', '2025-05-12']]);
		expect(datesIn('The plan on Friday surprised traders.')).toEqual([['on Friday', '2025-05-09']]);
		expect(datesIn('The council plans to vote on Friday.')).toEqual([['on Friday', '2025-05-16']]);
	});
});

describe('the tense of a month or weekday after infinitives, modals and expectations', () => {
	it('"forced two ministers to resign in January": what was made to happen is past', () => {
		expect(datesIn('A bribery scandal forced two ministers to resign in January.')).toEqual([['in January', '2025-01']]);
	});

	it('"would have a scan on Tuesday": "have" after a modal is no perfect', () => {
		expect(datesIn('The coach said Kwame Alder would have a scan on Tuesday.', '2025-03-09')).toEqual([['on Tuesday', '2025-03-11']]);
	});

	it('"expects a decision in January" looks ahead; "the 5% it forecast in July" looks back, "the weather forecast for the weekend" is a noun', () => {
		expect(datesIn('The council expects a decision in January.', '2024-11-14')).toEqual([['in January', '2025-01']]);
		expect(datesIn('Quelta now expects growth of 3%, down from the 5% it forecast in July.', '2024-10-24')).toEqual([['in July', '2024-07']]);
		expect(datesIn('Crews hope cooler weather forecast for the weekend will help.', '2026-08-19')).toEqual([['for the weekend', '2026-W34-WE']]);
	});

	it('"could double again before the rainy season ended in May": a time clause of a future keeps its future', () => {
		expect(datesIn('The minister warned that cases could double again before the rainy season ended in May.', '2025-03-11')).toEqual([['in May', '2025-05']]);
		// "before" as a preposition opens no such clause
		expect(datesIn('The forum would challenge the rise before the tribunal, saying households had already absorbed a rise in September.', '2024-04-16')).toEqual([['in September', '2023-09']]);
	});
});

describe('an infinitive of purpose and one of a plan', () => {
	it('"had used a stolen password … to enter the system between March 9 and March 21": the purpose of something done is past', () => {
		expect(datesIn('The company said the attackers had used a stolen password belonging to an outside contractor to enter its system between March 9 and March 21.', '2026-04-22')).toEqual([['between March 9 and March 21', '2026-03-09/2026-03-21']]);
		expect(datesIn('Whitmore flew to Tarsen to meet the minister in July.', '2025-10-01')).toEqual([['in July', '2025-07']]);
	});

	it('"agreed to meet in July" and "was ready to open talks on Thursday" are plans', () => {
		expect(datesIn('The two sides agreed to meet again in July.', '2025-05-14')).toEqual([['in July', '2025-07']]);
		expect(datesIn('Ostrova said her government was ready to open talks in Sarrigan on Thursday.', '2025-03-16')).toEqual([['on Thursday', '2025-03-20']]);
	});

	it('"this decade" is the decade of the article', () => {
		expect(datesIn('“If it halves infections, it saves lives this decade.”', '2025-02-27')).toEqual([['this decade', '202']]);
	});
});

describe('clock times, decades later and "that autumn"', () => {
	it('a clock time with no day of its own is the day mentioned last; a time of every day or one with its day is not', () => {
		expect(datesIn('The board met Tuesday night. The vote came at 11:52 p.m., after four hours of comment.', '2025-09-10')).toEqual([
			['Tuesday night', '2025-09-09'],
			['at 11:52 p.m.', '2025-09-09'],
			['four hours', 'PT4H'],
		]);
		expect(datesIn('The curfew runs from 10 p.m. until 6 a.m.', '2025-09-10')).toEqual([]);
		expect(datesIn('Data was taken at 4:15 p.m. on Friday.', '2025-09-10')).toEqual([['at 4:15 p.m. on Friday', '2025-09-05']]);
	});

	it('"three decades later" counts thirty years from the date before; "that autumn" is the autumn of the year before', () => {
		expect(datesIn('The split came in 1976. Silas opened the Sentinel that autumn. Three decades later, they sat in the same pew.', '2026-01-25')).toEqual([
			['in 1976', '1976'],
			['that autumn', '1976-FA'],
			['Three decades later', '2006'],
		]);
	});

	it('"a meeting set for 6 p.m. April 21" looks ahead', () => {
		expect(datesIn('A meeting for residents was set for 6 p.m. April 21 at the church.', '2026-04-14')).toEqual([['6 p.m. April 21', '2026-04-21']]);
	});
});

describe('"N days after" an event, and "plan" as a noun', () => {
	it('"on Tuesday, two days after a tornado cut …" dates the tornado two days before; "two days later" counts on', () => {
		expect(datesIn('Crews were pulling sheet metal out of trees on Tuesday, two days after a tornado cut a path through Veldmoor.', '2026-04-14')).toEqual([
			['on Tuesday', '2026-04-14'],
			['two days after', '2026-04-12'],
		]);
		expect(datesIn('The dam failed on Tuesday. Two days later, the river crested.', '2026-04-14')).toEqual([
			['on Tuesday', '2026-04-14'],
			['Two days later', '2026-04-16'],
		]);
	});

	it('"the game plan by mid-October" is no plan ahead: a "plan" with no "to" after it is a noun', () => {
		expect(datesIn('Whitcombe said the locker room had stopped believing in the game plan by mid-October.', '2025-11-10')).toEqual([['by mid-October', '2025-10']]);
		expect(datesIn('The council plans to vote in October.', '2025-11-10')).toEqual([['in October', '2026-10']]);
	});
});

describe('participles before their noun, and modals of duty and ability', () => {
	it('a past form after a preposition, a number or a bare verb describes its noun: the tense is the modal\'s', () => {
		expect(datesIn('The ministry said it would pay a bonus to 380,000 registered drivers from 15 July.')).toEqual([['from 15 July', '2025-07-15']]);
		expect(datesIn('The Tarsen board will publish updated figures on Friday.')).toEqual([['on Friday', '2025-05-16']]);
		expect(datesIn('The Tarsen board published its figures on Friday.')).toEqual([['on Friday', '2025-05-09']]);
	});

	it('"must", "should" and "can" look ahead; "must have" looks back', () => {
		expect(datesIn('The clerk said the count must be finished by Dec. 1.')).toEqual([['by Dec. 1', '2025-12-01']]);
		expect(datesIn('Drivers can apply for the bonus from Oct. 1, the ministry said.')).toEqual([['from Oct. 1', '2025-10-01']]);
		expect(datesIn('The Ostvik depot should reopen on Monday.')).toEqual([['on Monday', '2025-05-19']]);
		expect(datesIn('The thieves must have entered the depot on Monday.')).toEqual([['on Monday', '2025-05-12']]);
	});

	it('"by the spring of 2027" is the spring of that year', () => {
		expect(datesIn('The line will open by the spring of 2027.')).toEqual([['by the spring of 2027', '2027-SP']]);
	});
});

describe('plans put off, plans of the past, and "until at least"', () => {
	it('"was pushed back to late March" and "postponed until June" look ahead; "had been due to rule in October" looks back', () => {
		expect(datesIn('The Tarsen launch was pushed back to late March.', '2026-02-20')).toEqual([['late March', '2026-03']]);
		expect(datesIn('The Tarsen trial was postponed until June.', '2026-02-20')).toEqual([['until June', '2026-06']]);
		expect(datesIn('The Tarsen agency had been due to rule in October but asked for more data.', '2025-01-15')).toEqual([['in October', '2024-10']]);
		expect(datesIn('Results, which had been due on Oct. 28, will be postponed.', '2025-10-16')).toEqual([['on Oct. 28', '2025-10-28']]);
	});

	it('"until at least Thursday" runs ahead, after a Thursday the story spoke of in the past', () => {
		expect(datesIn('The Tarsen hospital recorded 14 cases on Thursday. Visiting remains suspended until at least Thursday.', '2024-12-08')).toEqual([
			['on Thursday', '2024-12-05'],
			['until at least Thursday', '2024-12-12'],
		]);
	});
});

describe('obligations and deadlines', () => {
	it('"warned that X had to send its budget by 15 October" and "gave the prime minister\'s government until 15 December" look ahead; "she had to leave on Monday" looks back', () => {
		expect(datesIn('Tavitian warned that Brenmark had to send its draft budget to the Commission by 15 October.', '2024-09-17')).toEqual([['by 15 October', '2024-10-15']]);
		expect(datesIn('The Commission gave Prime Minister Kemal Aydin-Frost\'s government until 15 December to submit a new budget.', '2023-11-23')).toEqual([['until 15 December', '2023-12-15']]);
		expect(datesIn('Ilse Varga had to leave the Tarsen plant on Monday.', '2024-09-17')).toEqual([['on Monday', '2024-09-16']]);
	});
});

describe('"began to" and "the week after if needed"', () => {
	it('"began to recover only in July" is past; "again the week after if needed" counts on from the day named', () => {
		expect(datesIn('Takings began to recover only in July, when the council laid on a shuttle.', '2024-08-13')).toEqual([['in July', '2024-07']]);
		expect(datesIn('The company would meet union officials on Wednesday and again the week after if needed.', '2026-02-23')).toEqual([
			['on Wednesday', '2026-02-25'],
			['the week after', '2026-03-04'],
		]);
	});
});

describe('a date naming a happening, "since June" in a quotation, and "ate"', () => {
	it('"the April 5 run-off" is the nearer April 5; "the third strike since June" looks back; "We ate our seed wheat in December" is past', () => {
		expect(datesIn('The Tarsen court will rule next week on the challenge to the April 5 presidential run-off.', '2026-04-19')).toEqual([
			['next week', '2026-W17'],
			['April 5', '2026-04-05'],
		]);
		expect(datesIn('“This is the third strike on the Tarsen market since June,” she said.', '2025-08-20')).toEqual([['since June', '2025-06']]);
		expect(datesIn('“We ate our seed wheat in December,” said a farmer in Tarsen.', '2026-01-13')).toEqual([['in December', '2025-12']]);
	});

});

describe('a date naming a happening no one schedules', () => {
	it('"the February 3 crash" is the latest February 3, even when the nearer one is ahead; "the September 3 run-off" stays the nearer', () => {
		expect(datesIn('Investigators in Tarsen are still examining the February 3 crash.', '2025-08-12')).toEqual([['February 3', '2025-02-03']]);
		expect(datesIn('The board will review the October 9 data breach at Velmo Bank.', '2025-08-12')).toEqual([['October 9', '2024-10-09']]);
		expect(datesIn('Voters in Tarsen will return to the polls for the September 3 run-off.', '2025-08-12')).toEqual([['September 3', '2025-09-03']]);
	});
});

describe('a schedule as it stood', () => {
	it('"had been due to finish on 6 September" and "was due to take place on November 14 but collapsed" are the nearer such day', () => {
		expect(datesIn('Work on the Tarsen bridge had been due to finish on 6 September, but it will now run into October.', '2025-08-12')).toEqual([
			['on 6 September', '2025-09-06'],
			['into October', '2025-10'],
		]);
		expect(datesIn('A fourth round of talks in Tarsen was due to take place on November 14 but collapsed the day before.', '2025-01-16')).toEqual([
			['on November 14', '2024-11-14'],
			['the day before', '2024-11-13'],
		]);
	});
});

describe('"into", "through" and "for" a month, and "has" owning', () => {
	it('"the strike dragged into October" is a month; "has a waiting list that stretches into September" is present, so ahead', () => {
		expect(datesIn('The Tarsen dock strike dragged into October.', '2025-12-12')).toEqual([['into October', '2025-10']]);
		expect(datesIn('The vote in Tarsen is set for May.', '2025-12-12')).toEqual([['for May', '2026-05']]);
		expect(datesIn('Fifteen years later, Ana Ruiz employs two apprentices and has a waiting list that stretches into September.', '2024-05-26')).toEqual([['into September', '2024-09']]);
		expect(datesIn('Ana Ruiz has signed a deal that runs through March.', '2024-05-26')).toEqual([['through March', '2025-03']]);
	});
});

describe('the tense of clauses seen in unseen stories (invented names)', () => {
	it('"the third university to announce" did it; "a planned strike" looks ahead; a past spelt as its bare verb, not after "help"; "a censure vote" is a noun, "the club meet" a verb', () => {
		expect(datesIn('Velmo College is the third college in Tarsen to announce cuts since the spring.', '2023-11-09')).toEqual([['since the spring', '2023-SP']]);
		expect(datesIn('Unions in Tarsen said a planned strike on 14 March would go ahead.', '2025-02-05')).toEqual([['on 14 March', '2025-03-14']]);
		expect(datesIn('Ministers said the new rules would help cut the Tarsen backlog in September.', '2025-03-04')).toEqual([['in September', '2025-09']]);
		expect(datesIn('The Tarsen club meet Harlow Rovers in the final on 7 June.', '2025-05-28')).toEqual([['on 7 June', '2025-06-07']]);
		expect(datesIn('The Tarsen central bank cut its benchmark rate to 80% on Wednesday, betting that inflation will slow.', '2024-03-14')).toEqual([['on Wednesday', '2024-03-13']]);
		expect(datesIn('Tarsen’s defence minister survived a censure vote in the Senate late on Tuesday.', '2023-11-08')).toEqual([['late on Tuesday', '2023-11-07']]);
	});

	it('a clause after ", and" takes its own verb; a pluperfect condition is past; a forecast looks ahead; "payable" looks ahead', () => {
		expect(datesIn('In May, the Tarsen court suspended a law that would have cut the budget, and in July it overturned a decree.', '2024-10-03')).toEqual([
			['In May', '2024-05'],
			['in July', '2024-07'],
		]);
		expect(datesIn('“If you had told me in March that we would be standing here, I would have laughed,” said Ana Ruiz.', '2024-09-15')).toEqual([['in March', '2024-03']]);
		expect(datesIn('A survey published by the Tarsen central bank forecasts a recovery from the third quarter.', '2024-03-14')).toEqual([['from the third quarter', '2024-Q3']]);
		expect(datesIn('The board had recommended a dividend payable on Aug. 29 to shareholders on the register on July 25.', '2025-05-15')).toEqual([
			['on Aug. 29', '2025-08-29'],
			['on July 25', '2025-07-25'],
		]);
	});

	it('"in eleven years" in the past counts a span; "the following year" names a year; a future seen from a day the sentence gave counts from that day', () => {
		expect(datesIn('Ana Ruiz and her brother had not spoken to each other in eleven years.', '2023-11-14')).toEqual([['in eleven years', 'P11Y']]);
		expect(datesIn('The Tarsen museum received the objects in November 2022. The board voted to return them the following year.', '2025-03-06')).toEqual([
			['in November 2022', '2022-11'],
			['the following year', '2023'],
		]);
		expect(datesIn('The Tarsen ministry announced on 30 September that it would raise the price of diesel from October 1.', '2025-10-13')).toEqual([
			['on 30 September', '2025-09-30'],
			['from October 1', '2025-10-01'],
		]);
	});
});

describe('seasons south of the tropics', () => {
	it('in a story about Chile, "last winter" in October is the June to August just gone; about Norway, the one that ended in February', () => {
		expect(datesIn('Farmers in Chile said last winter was the coldest Chile had seen in 40 years.', '2025-10-14')).toEqual([
			['last winter', '2025-WI'],
			['in 40 years', 'P40Y'],
		]);
		expect(datesIn('Farmers in Norway said last winter was the coldest Norway had seen in 40 years.', '2025-10-14')).toEqual([
			['last winter', '2024-WI'],
			['in 40 years', 'P40Y'],
		]);
		// (one mention of a country is no setting)
		expect(datesIn('Lake levels in Tarsen fell sharply last summer, said Mira Holt, an Australian hydrologist.', '2025-02-10')).toEqual([['last summer', '2024-SU']]);
	});
});

describe('"this" and a season', () => {
	it('is the season of the article’s own year, passed or to come; "this winter" from January to March is the one under way', () => {
		expect(datesIn('The Tarsen lido will reopen this summer.', '2026-01-22')).toEqual([['this summer', '2026-SU']]);
		expect(datesIn('The Tarsen lido was busy this summer.', '2025-11-10')).toEqual([['this summer', '2025-SU']]);
		expect(datesIn('The Tarsen lido will close this fall.', '2025-01-17')).toEqual([['this fall', '2025-FA']]);
		expect(datesIn('Snow has closed the Tarsen pass twice this winter.', '2026-02-12')).toEqual([['this winter', '2025-WI']]);
		expect(datesIn('“This winter we are not going back to work,” a miner in Chile said.', '2024-07-17')).toEqual([['This winter', '2024-WI']]);
		expect(datesIn('“This winter we are not going back to work,” a miner in Norway said.', '2024-07-17')).toEqual([['This winter', '2024-WI']]);
		expect(datesIn('“If one person puts on a lifejacket this summer because of him, that is something,” Ana Ruiz said.', '2026-01-22')).toEqual([['this summer', '2026-SU']]);
	});
});

describe('a day with its year in words, in a list, or in apposition', () => {
	it('"on 28 September that year" takes the year before; a list of days shares the year after its last; "Six weeks later, on the morning of 9 November" is that day', () => {
		expect(datesIn('The Tarsen scan was in 2021. The first visit was on 28 September that year. Six weeks later, on the morning of 9 November, she was admitted.', '2025-10-15')).toEqual([
			['in 2021', '2021'],
			['on 28 September that year', '2021-09-28'],
			['Six weeks later', '2021-11-09'],
			['on the morning of 9 November', '2021-11-09'],
		]);
		expect(datesIn('Ana Ruiz reported defects in Tarsen on 2 May, 9 June and 4 August 2023.', '2024-06-28')).toEqual([
			['on 2 May', '2023-05-02'],
			['9 June', '2023-06-09'],
			['4 August 2023', '2023-08-04'],
		]);
		expect(datesIn('The Tarsen fire started shortly after 4am on the morning of 3 June last year.', '2023-11-08')).toEqual([['shortly after 4am on the morning of 3 June last year', '2022-06-03']]);
	});
});

describe('financial years', () => {
	it('"the last financial year" is July to June in Australia, April to March in Canada, and the calendar year where the story names no such country', () => {
		expect(datesIn('Rates in the Australian shire rose 9% in the last financial year, the most in Australia.', '2024-01-17')).toEqual([['in the last financial year', '2022-07/2023-06']]);
		expect(datesIn('Canada spent $142 million on agency nurses in the last fiscal year, more than any Canadian province had.', '2026-01-19')).toEqual([['in the last fiscal year', '2024-04/2025-03']]);
		expect(datesIn('Tarsen Foods said sales rose 6 percent in the last financial year, chief executive Grace Wellington told analysts.', '2025-08-10')).toEqual([['in the last financial year', '2024']]);
		expect(datesIn('The Tarsen firm lost money in the last fiscal year.', '2025-08-08')).toEqual([['in the last fiscal year', '2024']]);
	});

	it('"the fiscal year ending March 31" is the year under way; a year the story says ends in March sets the calendar of "the previous fiscal year"', () => {
		expect(datesIn('The deficit for the fiscal year ending March 31 is now forecast at $412 million.', '2025-02-19')).toEqual([['for the fiscal year ending March 31', '2024-04/2025-03']]);
		expect(datesIn('Tarsen Air expects a profit in the fiscal year ending March 2026. It lost money in the previous fiscal year.', '2026-02-05')).toEqual([
			['in the fiscal year ending March 2026', '2025-04/2026-03'],
			['in the previous fiscal year', '2024-04/2025-03'],
		]);
	});
});

describe('orders, periods and comparisons (the third batch of unseen stories)', () => {
	it('a plan’s infinitive keeps its day ahead; a question put, opening a sentence, is past, not "Slated for release on Monday"', () => {
		expect(datesIn('Slated for release on Monday, the Tarsen report is expected to criticise the ministry.', '2025-06-11')).toEqual([['on Monday', '2025-06-16']]);
		expect(datesIn('Ana Ruiz offered on Monday to hold direct talks with Tarsen in Vienna on Thursday.', '2025-10-20')).toEqual([
			['on Monday', '2025-10-20'],
			['on Thursday', '2025-10-23'],
		]);
		expect(datesIn('Asked on Wednesday morning whether Tarsen would appeal, Ana Ruiz repeated the line.', '2023-11-29')).toEqual([['on Wednesday morning', '2023-11-29']]);
	});

	it('"ordered a review by the end of August" looks ahead, "By the end of March, 300 were dead" back; "down from 39 cents in May" looks back, not past a comma; "in the 12 months to August" is a year of months', () => {
		expect(datesIn('Ana Ruiz ordered a review of every coal mine in Tarsen by the end of August.', '2025-06-12')).toEqual([['by the end of August', '2025-08']]);
		expect(datesIn('By the end of March, more than 300 people in Tarsen were dead.', '2025-06-11')).toEqual([['By the end of March', '2025-03']]);
		expect(datesIn('Unemployment in Tarsen fell to 4.1 percent, down from 4.3 percent, and is expected to rise again in December.', '2025-09-10')).toEqual([['in December', '2025-12']]);
		expect(datesIn('Velmo Dairies said it would pay 36.5 cents a litre, down from 39 cents in May and 47 cents in January.', '2023-06-05')).toEqual([
			['in May', '2023-05'],
			['in January', '2023-01'],
		]);
		expect(datesIn('All but one of the Tarsen glaciers lost mass in the 12 months to August.', '2025-09-22')).toEqual([['in the 12 months to August', '2024-09/2025-08']]);
		expect(datesIn('Tarsen nurses called off a strike that had been set to begin at 7 a.m. Tuesday.', '2026-01-19')).toEqual([['at 7 a.m. Tuesday', '2026-01-20']]);
	});
});

describe('a financial year written as two years', () => {
	it('"2025-26" in a Canadian budget story is April to March; "the 2024-25 season" stays a range of years', () => {
		expect(datesIn('Canada’s province will table its 2025-26 budget in March; the fiscal year ending March 31 has a deficit, as Canada’s others do.', '2025-02-19')).toEqual([
			['2025-26', '2025-04/2026-03'],
			['in March', '2025-03'],
			['the fiscal year ending March 31', '2024-04/2025-03'],
		]);
		expect(datesIn('The Tarsen club won the title in the 2024-25 season.', '2025-06-19')).toEqual([['2024-25', '2024/2025']]);
	});
});

describe('a weekday with its day, a schedule in the present and a forecast made', () => {
	it('"on Thursday, July 24" picks the year whose calendar agrees; "before funding runs out at 12:01 a.m. Saturday" and "has forecast heavy rain on Thursday" look ahead', () => {
		expect(datesIn('Tarsen Air’s results are due on Thursday, July 24.', '2025-05-15')).toEqual([['on Thursday, July 24', '2025-07-24']]);
		expect(datesIn('Ana Ruiz said the Tarsen deadline was 11 p.m. on Monday, February 3.', '2025-01-21')).toEqual([['11 p.m. on Monday, February 3', '2025-02-03']]);
		expect(datesIn('The bill passed late Wednesday, with barely two days left before funding runs out at 12:01 a.m. Saturday.', '2026-01-29')).toEqual([
			['late Wednesday', '2026-01-28'],
			['two days', 'P2D'],
			['at 12:01 a.m. Saturday', '2026-01-31'],
		]);
		expect(datesIn('The Tarsen weather office has forecast heavy rain on Thursday and Friday.', '2025-07-16')).toEqual([
			['on Thursday', '2025-07-17'],
			['Friday', '2025-07-18'],
		]);
	});
});

describe('the seventh review: forecasts, closes, orders, passive infinitives and "that year"', () => {
	it('a month "for" which an outlook is given lies ahead, whatever the verb: "the outlook for August remained hot"', () => {
		expect(datesIn('She said the long-range outlook for August remained drier than normal in Tarsen.', '2025-07-18')).toEqual([['for August', '2025-08']]);
		expect(datesIn('Tarsen Air said its bookings for September were 9% higher.', '2025-07-18')).toEqual([['for September', '2025-09']]);
	});

	it('a closing price on a weekday has been: "a premium of 31% to its closing price on Friday"', () => {
		expect(datesIn('Varrow Foods is offering 12 euros a share, a premium of 31% to Tarsen Mills’ closing price on Friday.', '2025-05-12')).toEqual([['on Friday', '2025-05-09']]);
	});

	it('a passive order is dated with its weekday ("were ordered to leave late Tuesday"), not a deadline ("were told to leave by Friday")', () => {
		expect(datesIn('About 900 residents of Tarsen were ordered to leave their homes late Tuesday after the fire crossed a road.', '2025-05-14')).toEqual([['late Tuesday', '2025-05-13']]);
		expect(datesIn('Residents of Tarsen were told to leave by Friday.', '2025-05-14')).toEqual([['by Friday', '2025-05-16']]);
	});

	it('a passive infinitive is still to happen: "a ballot of all members, to be counted on March 14"', () => {
		expect(datesIn('Delegates voted to put the merger to a ballot of all members, to be counted on March 14.', '2026-01-10')).toEqual([['on March 14', '2026-03-14']]);
	});

	it('a participle after a verb of expecting describes its noun: "now expects adjusted profit … for the year ending December 31"', () => {
		expect(datesIn('Varrow Retail now expects adjusted pretax profit of 90 million pounds for the year ending December 31.', '2025-10-16')).toEqual([['for the year ending December 31', '2025-01/2025-12']]);
	});

	it('"that year" after a month names the year', () => {
		expect(datesIn('The Tarsen government injected $1.2 billion in March 2020 and replaced the board that year.', '2023-10-11')).toEqual([
			['in March 2020', '2020-03'],
			['that year', '2020'],
		]);
	});
});

describe('the seventh review: planned happenings, adjournments, quarters of a year and the decade of a life', () => {
	it('a day a planned happening is set for is the nearer such day, in the past tense too', () => {
		expect(datesIn('The board recommended a final dividend, subject to approval at the annual general meeting on July 24.', '2025-05-14')).toEqual([['on July 24', '2025-07-24']]);
		expect(datesIn('That sets a deadline of March 24.', '2025-03-06')).toEqual([['March 24', '2025-03-24']]);
		expect(datesIn('The record date has been fixed as 6 June.', '2025-05-14')).toEqual([['6 June', '2025-06-06']]);
	});

	it('a window that "shuts on" a day, and a hearing "adjourned to" one, look ahead', () => {
		expect(datesIn('Varrow City hope to sign him before the window shuts on September 1.', '2026-08-20')).toEqual([['on September 1', '2026-09-01']]);
		expect(datesIn('The hearing at the Tarsen High Court was adjourned to November 30.', '2023-11-16')).toEqual([['November 30', '2023-11-30']]);
	});

	it('"the October-December quarter of 2023" is that year\'s fourth quarter', () => {
		expect(datesIn('Prices had spiked in the October-December quarter of 2023, she said.', '2025-05-14')).toEqual([['in the October-December quarter of 2023', '2023-Q4']]);
	});

	it('"by the end of the decade" in a past told of an earlier decade is that decade; in the story\'s own time the article\'s', () => {
		expect(datesIn('She joined the Tarsen mill union in 1962, and by the end of the decade she had become its general secretary.', '2024-02-08')).toEqual([
			['in 1962', '1962'],
			['by the end of the decade', '196'],
		]);
		expect(datesIn('The Tarsen council wants every bus electric by the end of the decade.', '2024-02-08')).toEqual([['by the end of the decade', '202']]);
	});
});

describe('the eighth review: time zones, weeks of a day, possessive weekdays, "as of", "since mid-", periods running and deadlines with an hour', () => {
	it('a clock time with its time zone belongs to the day after it', () => {
		expect(datesIn('The Tarsen outage began at 10:14 a.m. Eastern time on Thursday, Nov. 23, and power returned at 4 p.m. GMT Friday.', '2023-11-29')).toEqual([
			['at 10:14 a.m. Eastern time on Thursday, Nov. 23', '2023-11-23'],
			['at 4 p.m. GMT Friday', '2023-11-24'],
		]);
	});

	it('"the week of 15 April" is that day\'s ISO week, ahead after "for"', () => {
		expect(datesIn('The Tarsen judge set the trial for the week of 15 April.', '2024-03-11')).toEqual([['for the week of 15 April', '2024-W16']]);
	});

	it('a weekday\'s possessive after "from" or a winning has happened', () => {
		expect(datesIn('The Varrow team will spend two months on the data from Monday’s pass.', '2025-11-04')).toEqual([
			['two months', 'P2M'],
			['Monday’s', '2025-11-03'],
		]);
		expect(datesIn('Ana Ruiz will be mayor of Tarsen after winning Monday’s byelection.', '2024-10-08')).toEqual([['Monday’s', '2024-10-07']]);
	});

	it('"current as of Friday" and "since mid-February" look back; "a campaign running until the end of May" and "need … by 5 p.m. on July 14" ahead', () => {
		expect(datesIn('The Tarsen figures, which are current as of Friday, were published today.', '2025-03-08')).toEqual([
			['as of Friday', '2025-03-07'],
			['today', '2025-03-08'],
		]);
		expect(datesIn('Staff at Tarsen General had postponed operations since mid-February to free beds.', '2025-03-08')).toEqual([['since mid-February', '2025-02']]);
		expect(datesIn('Tarsen launched a vaccination campaign running until the end of May.', '2025-03-08')).toEqual([['until the end of May', '2025-05']]);
		expect(datesIn('Organisers in Tarsen need 6,214 valid signatures by 5 p.m. on July 14.', '2025-06-19')).toEqual([['by 5 p.m. on July 14', '2025-07-14']]);
	});
});

describe('the eighth batch\'s dates: relative clauses, weeks of a month and the day itself', () => {
	it('a regular past after "that" before a preposition is a verb: "a new depot in Tarsen that opened in October"', () => {
		expect(datesIn('The cuts would be paid for partly by savings from a new depot in Tarsen that opened in October.', '2026-02-05')).toEqual([['in October', '2025-10']]);
	});

	it('"by the last week of June" and "in the first week of May 2025" are ISO weeks', () => {
		expect(datesIn('The Tarsen monsoon was expected to reach the plains by the last week of June.', '2024-05-24')).toEqual([['by the last week of June', '2024-W26']]);
		expect(datesIn('Tarsen sales rose in the first week of May 2025.', '2025-06-24')).toEqual([['in the first week of May 2025', '2025-W18']]);
	});

	it('the article\'s own weekday in the future tense is that day ("will ring at 7:12 p.m. on Wednesday" on a Wednesday), "next Wednesday" the week after', () => {
		expect(datesIn('Church bells in Tarsen will ring at 7:12 p.m. on Wednesday.', '2025-03-19')).toEqual([['at 7:12 p.m. on Wednesday', '2025-03-19']]);
		expect(datesIn('The Tarsen council will meet next Wednesday.', '2025-03-19')).toEqual([['next Wednesday', '2025-03-26']]);
	});
});

describe('the ninth batch\'s dates: timetables in the present, plans after a past, warnings, commitments and looking back', () => {
	it('a present in -s after a noun in -ly or after "and" is a timetable: "The new assembly convenes on May 30", "opened in October and runs until March 16"', () => {
		expect(datesIn('The new Tarsen assembly convenes on May 30.', '2026-04-16')).toEqual([['on May 30', '2026-05-30']]);
		expect(datesIn('The Tarsen retrospective opened in October and runs until March 16.', '2026-01-09')).toEqual([
			['in October', '2025-10'],
			['until March 16', '2026-03-16'],
		]);
		expect(datesIn('The Tarsen circuit moves on to Velmar from August 12 to 17.', '2025-06-08')).toEqual([['from August 12 to 17', '2025-08-12/2025-08-17']]);
	});

	it('a participle between a phrasal verb and its noun is no past ("will draw up detailed rules by June"); ", followed by" neither; "an invitation to visit" is a plan', () => {
		expect(datesIn('A Tarsen committee will draw up detailed release rules by June.', '2026-02-14')).toEqual([['by June', '2026-06']]);
		expect(datesIn('Tarsen economists expected a cut in June, followed by further reductions in July.', '2025-03-19')).toEqual([
			['in June', '2025-06'],
			['in July', '2025-07'],
		]);
		expect(datesIn('The Tarsen premier had accepted an invitation to visit Velmar in the third quarter.', '2026-04-30')).toEqual([['in the third quarter', '2026-Q3']]);
	});

	it('a warning issued "from Friday night" and a pay offer "from January" lie ahead; "next weekend" on a Friday is the week after', () => {
		expect(datesIn('The Tarsen weather bureau has issued an amber warning for heavy rain from Friday night.', '2025-10-29')).toEqual([['from Friday night', '2025-10-31']]);
		expect(datesIn('Tarsen Appliances has offered 6.5% from January.', '2023-11-16')).toEqual([['from January', '2024-01']]);
		expect(datesIn('Tarsen Rovers will face Velmar City next weekend.', '2024-06-28')).toEqual([['next weekend', '2024-W27-WE']]);
	});

	it('"three months before the election on June 14" is the nearer June 14; "that evening" in a past sentence refers back past a date still ahead', () => {
		expect(datesIn('The Tarsen court struck down the law three months before the general election on June 14.', '2026-03-18')).toContainEqual(['on June 14', '2026-06-14']);
		expect(datesIn('Ilsley killed Farrukh on the night of March 9, 2023. He will be sentenced on Friday, December 13.\n\nIlsley drove to the farm that evening.', '2024-11-22')).toEqual([
			['on the night of March 9, 2023', '2023-03-09'],
			['on Friday, December 13', '2024-12-13'],
			['that evening', '2023-03-09'],
		]);
	});
});

describe('the tenth batch\'s dates: happenings in a month, timetables, deadlines and weekends by their days', () => {
	it('a happening named with its month is the nearer such month ("ahead of regional elections in May", "the series against Zimbabwe in March"); "unlikely before October" lies ahead', () => {
		expect(datesIn('The Tarsen coalition faces pressure ahead of regional elections in May.', '2024-03-14')).toEqual([['in May', '2024-05']]);
		expect(datesIn('He said the left-hander was in their thinking for the series against Zimbabwe in March.', '2026-01-26')).toEqual([['in March', '2026-03']]);
		expect(datesIn('The Tarsen party won the election in November.', '2026-01-20')).toEqual([['in November', '2025-11']]);
		expect(datesIn('He said a final ruling in Tarsen was unlikely before October.', '2024-07-18')).toEqual([['before October', '2024-10']]);
	});

	it('"remains in effect until Sunday" (a noun in -ing as subject), "turns 65 on August 3", "has 28 days, until December 6," are timetables', () => {
		expect(datesIn('A red flag warning remains in effect in Tarsen until 11 p.m. Sunday.', '2023-08-19')).toEqual([['until 11 p.m. Sunday', '2023-08-20']]);
		expect(datesIn('She turns 65, the mandatory retirement age in Tarsen, on August 3.', '2025-07-31')).toEqual([['on August 3', '2025-08-03']]);
		expect(datesIn('Tessaro has 28 days, until December 6, to lodge an appeal.', '2023-11-09')).toContainEqual(['until December 6', '2023-12-06']);
	});

	it('"directed X to begin enforcing the ban from Wednesday" and "a scan on Tuesday would show" look ahead; "reservists called up in the spring would be sent home" does not', () => {
		expect(datesIn('The governor directed the Tarsen agency to begin enforcing the ban from Wednesday.', '2024-05-13')).toEqual([['from Wednesday', '2024-05-15']]);
		expect(datesIn('The Tarsen coach said a scan on Tuesday would show whether he was fit.', '2024-05-13')).toEqual([['on Tuesday', '2024-05-14']]);
		expect(datesIn('The Tarsen minister said reservists called up in the spring would be sent home.', '2025-09-28')).toEqual([['in the spring', '2025-SP']]);
	});

	it('"the weekend of 12-13 April" is the range of its days, not the weekend of the article\'s week', () => {
		expect(datesIn('The Tarsen first legs will be played on the weekend of 12-13 April.', '2025-03-18')).toEqual([['12-13 April', '2025-04-12/2025-04-13']]);
	});
});

describe('the 27th batch\'s dates: meetings called, moves, forecasts, time zones and quarters a year back', () => {
	it('a meeting people have been summoned or called to is ahead; people moved somewhere on a day were moved', () => {
		expect(datesIn('The Tarsen labour commissioner has summoned both sides to a conciliation meeting at her office on Thursday.', '2025-09-08')).toEqual([['on Thursday', '2025-09-11']]);
		expect(datesIn('The Ostvik commissioner has called both sides for conciliation talks at her office on Thursday.', '2021-04-27')).toEqual([['on Thursday', '2021-04-29']]);
		expect(datesIn('The Tarsen administration had moved about 6,000 people from the islands to higher ground on Thursday.', '2020-07-18')).toEqual([['on Thursday', '2020-07-16']]);
	});

	it('"lenders cut their rates on Tuesday" is done; "rain was likely until Tuesday" and rules that "take effect on April 1" are ahead', () => {
		expect(datesIn('Three Tarsen lenders cut their fixed mortgage rates on Tuesday, setting up what brokers say could be a busy winter.', '2024-11-13')).toEqual([['on Tuesday', '2024-11-12']]);
		expect(datesIn('The Tarsen weather office said heavy rain was likely across the district until Tuesday.', '2020-07-18')).toEqual([['until Tuesday', '2020-07-21']]);
		expect(datesIn('Economists expect prices to cool as stricter Tarsen lending rules, announced by the central bank in November, take effect on April 1.', '2020-02-15')).toEqual([
			['in November', '2019-11'],
			['on April 1', '2020-04-01'],
		]);
	});

	it('"at 3.47 pm IST on Monday" is one expression; "the April–June quarter last year" is last year’s', () => {
		expect(datesIn('Tarsen’s peak demand reached 14,820 MW at 3.47 pm IST on Monday.', '2023-06-14')).toEqual([['at 3.47 pm IST on Monday', '2023-06-12']]);
		expect(datesIn('The Tarsen utility spent ₹610 crore in the April–June quarter last year.', '2023-06-14')).toEqual([['in the April–June quarter last year', '2022-Q2']]);
	});
});

describe('the 27th batch\'s dates, continued: halves, seasons back, days set for a hearing and missed deadlines', () => {
	it('"two and a half years", "a two-and-a-half-year contract", "a year and a half", "an hour and a half"', () => {
		expect(datesIn('Tarsen signed him on a two-and-a-half-year contract after two and a half years in Ostvik.')).toEqual([
			['two-and-a-half-year', 'P2Y6M'],
			['two and a half years', 'P2Y6M'],
		]);
		expect(datesIn('The Ostvik ward was shut for a year and a half; the meeting lasted an hour and a half.')).toEqual([
			['for a year and a half', 'P18M'],
			['an hour and a half', 'PT90M'],
		]);
	});

	it('"Last season" opening a sentence and "two seasons ago" in a story about football', () => {
		expect(datesIn('Kawongo City beat Lubanja 2-1 in the league on Saturday, their coach said. Last season Lubanja were second; they won the title two seasons ago.', '2026-04-19')).toEqual([
			['on Saturday', '2026-04-18'],
			['Last season', '2024/2025'],
			['two seasons ago', '2023/2024'],
		]);
	});

	it('"fixed December 7 for the hearing" is ahead; "should have been public by October 1" is missed; "is not finished until May 16" is ahead', () => {
		expect(datesIn('Justice Ama Tessaro fixed December 7 for the hearing of the Ostvik vendors’ claim.', '2021-11-16')).toEqual([['December 7', '2021-12-07']]);
		expect(datesIn('“This Tarsen report should have been public by October 1,” Vell said. Owners must have firebreaks cleared by 30 November.', '2019-10-17')).toEqual([
			['by October 1', '2019-10-01'],
			['by 30 November', '2019-11-30'],
		]);
		expect(datesIn('“It is not finished until May 16,” the Ostvik coach told reporters.', '2026-04-19')).toEqual([['until May 16', '2026-05-16']]);
	});

	it('a day counted back in apposition ("on October 4, two weeks after …") is no point the story goes on from', () => {
		expect(datesIn('The Ostvik vendors sued the council on October 4, two weeks after the notice was pinned up.\n\nThe following day, the court issued an order.', '2021-11-16')).toEqual([
			['on October 4', '2021-10-04'],
			['two weeks after', '2021-09-20'],
			['The following day', '2021-10-05'],
		]);
	});
});

describe('the 28th batch\'s dates: odds, "that year", news conferences and frost likely', () => {
	it('the chance of something looks ahead, but not the base of a comparison after a comma', () => {
		expect(datesIn('The Tarsen bureau put the chance of above-median temperatures between June and August at 75%.', '2023-05-30')).toEqual([['between June and August', '2023-06/2023-08']]);
		expect(datesIn('Tarsen swaps showed a 58% probability of a cut, up from 35% on Monday.', '2024-09-05')).toEqual([['on Monday', '2024-09-02']]);
	});

	it('"the third quarter of that year" is of the year named before', () => {
		expect(datesIn('The Tarsen regulator fined Ticketlane in 2019. The company paid the fine in the third quarter of that year.', '2026-01-27')).toEqual([
			['in 2019', '2019'],
			['in the third quarter of that year', '2019-Q3'],
		]);
	});

	it('"told reporters at a news conference Sunday afternoon" dates the telling; "frost likely on Saturday night" is ahead', () => {
		expect(datesIn('“These units are expensive,” the Tarsen sheriff told reporters at a news conference Sunday afternoon.', '2019-11-04')).toEqual([['Sunday afternoon', '2019-11-03']]);
		expect(datesIn('The weekend looks dry, the Ostvik weather service said, with frost likely on Saturday night.', '2025-02-13')).toContainEqual(['on Saturday night', '2025-02-15']);
	});
});

describe('the 29th batch\'s remands', () => {
	it('"remanded in custody to November 26" is a day ahead', () => {
		expect(datesIn('A former Tarsen council director was remanded in custody to November 26 over a fraud.', '2021-11-12')).toEqual([['November 26', '2021-11-26']]);
	});
});

describe('the 29th batch\'s clock times: a timeline\'s 24-hour times', () => {
	it('"At 21:53" and "at 06:41:12" are times of the day named before; a race time or a p.m. time is no 24-hour time', () => {
		expect(datesIn('The Tarsen helicopter crashed at about 21:57 local time on Nov. 18.\n\nThe captain reported entering cloud at 21:49. At 21:53 the aircraft began to descend.', '2025-07-23')).toEqual([
			['at about 21:57 local time on Nov. 18', '2024-11-18'],
			['at 21:49', '2024-11-18'],
			['At 21:53', '2024-11-18'],
		]);
		expect(datesIn('Kiprono won the Tarsen marathon in 2:03:41 on Sunday.', '2023-04-17')).toEqual([['on Sunday', '2023-04-16']]);
		expect(datesIn('The Tarsen fire started at 11:48 p.m. Saturday.', '2024-11-25')).toEqual([['at 11:48 p.m. Saturday', '2024-11-23']]);
	});
});

describe('the eighteenth review\'s gaps: weeks and a half, seasons opening a sentence, "isn’t finished until"', () => {
	it('"two and a half weeks", "a week and a half", "a year-and-a-half"', () => {
		expect(datesIn('The Tarsen patient spent two and a half weeks in intensive care; the project slipped by a week and a half.')).toEqual([
			['two and a half weeks', 'P17DT12H'],
			['by a week and a half', 'P10DT12H'],
		]);
		expect(datesIn('She served a year-and-a-half term on the Tarsen board.')).toEqual([['a year-and-a-half', 'P18M']]);
	});

	it('"Two seasons ago," opening a sentence in a story about sport; "isn’t finished until December 12" is ahead', () => {
		expect(datesIn('Two seasons ago, the Harrowfield Hawks won the league title under their coach, scoring 80 goals.', '2025-11-20')).toEqual([['Two seasons ago', '2023/2024']]);
		expect(datesIn('The new Tarsen terminal isn’t finished until December 12, according to the airport.', '2025-11-20')).toEqual([['until December 12', '2025-12-12']]);
	});
});
