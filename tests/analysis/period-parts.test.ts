import { describe, expect, it } from 'vitest';
import { datesIn } from './dates-in.ts';
import { analyzeArticle } from '../../src/analysis/index.ts';

describe('the end, start or middle of a week, month or year', () => {
	it('is the period it is part of, counted from the publication date', () => {
		expect(datesIn('The plant will close by the end of the year.')).toEqual([['by the end of the year', '2025']]);
		expect(datesIn('The plant will close by the end of next year.')).toEqual([['by the end of next year', '2026']]);
		expect(datesIn('Talks resume at the start of next month.')).toEqual([['at the start of next month', '2025-06']]);
		expect(datesIn('The deal collapsed in the middle of last week.')).toEqual([['the middle of last week', '2025-W19']]);
	});
});

describe('the early, middle or late part of a year', () => {
	it('is the year, its words kept in the text', () => {
		expect(datesIn('The plant will reopen in mid-2026.')).toEqual([['in mid-2026', '2026']]);
		expect(datesIn('The plant will reopen by early 2027.')).toEqual([['by early 2027', '2027']]);
		expect(datesIn('Late 2024 saw a surge in orders.')).toEqual([['Late 2024', '2024']]);
	});

	it('"the end of 2025", "the middle of 2022": the year, with the words before it', () => {
		expect(datesIn('The plant will close by the end of 2025.')).toEqual([['by the end of 2025', '2025']]);
		expect(datesIn('The deal was signed in the middle of 2022.')).toEqual([['in the middle of 2022', '2022']]);
		expect(datesIn('The beginning of 2019 saw growth.')).toEqual([['The beginning of 2019', '2019']]);
	});
});

describe('a relative period with "late", "early", "earlier" or "later" before it', () => {
	it('is the period, its word kept in the text', () => {
		expect(datesIn('The Tarsen talks collapsed late last month.')).toEqual([['late last month', '2025-04']]);
		expect(datesIn('Prices rose earlier this week.')).toEqual([['earlier this week', '2025-W20']]);
		expect(datesIn('The Tarsen plant will reopen early next year.')).toEqual([['early next year', '2026']]);
		expect(datesIn('Prices will rise later this year.')).toEqual([['later this year', '2025']]);
	});

	it('leaves "later" to a count of time before it', () => {
		expect(datesIn('Two years later this month the plant closed.')).toEqual([['this month', '2025-05']]);
	});
});

describe('a season with a preposition and no year', () => {
	it('"since the spring", "in spring", "by the summer": the season nearest the publication date in the tense\'s direction', () => {
		expect(datesIn('Tarsen drivers have worked double shifts since the spring.', '2024-10-17')).toEqual([['since the spring', '2024-SP']]);
		expect(datesIn('The Tarsen plant closed in spring.', '2024-10-17')).toEqual([['in spring', '2024-SP']]);
		expect(datesIn('The Tarsen plant will reopen by the summer.', '2024-10-17')).toEqual([['by the summer', '2025-SU']]);
	});
});

describe('more spans and counts back', () => {
	it('"the day before" and "the week after" are one unit from the date before them', () => {
		expect(datesIn('The Tarsen trial opened on June 2. A witness testified the day before.', '2025-11-06')).toEqual([
			['on June 2', '2025-06-02'],
			['the day before', '2025-06-01'],
		]);
	});

	it('"a decade ago" is the year ten years back; "over the last decade" ten years looking back', () => {
		expect(datesIn('A decade ago, clashes near Tarsen killed 14 people.', '2025-11-06')).toEqual([['A decade ago', '2015']]);
		expect(datesIn('The level of Lake Tarsen fell over the last decade.', '2025-11-06')).toEqual([['over the last decade', 'P10Y']]);
	});

	it('"2021 to 2024" is a range, and "third-quarter profit" a quarter', () => {
		expect(datesIn('The Tarsen institute will publish survey data for 2021 to 2024.', '2025-06-11')).toEqual([['2021 to 2024', '2021/2024']]);
		expect(datesIn('Halvard reported a 38% drop in third-quarter profit.', '2025-10-29')).toEqual([['in third-quarter', '2025-Q3']]);
	});

	it('a person\'s age is no date, the age of a thing still a span', () => {
		expect(datesIn('The 61-year-old speaker left Tarsen.')).toEqual([]);
		expect(datesIn('A 54-year-old woman died in Tarsen.')).toEqual([]);
		expect(datesIn('The three-year-old conflict over Tarsen goes on.')).toEqual([['three-year-old', 'P3Y']]);
	});
});

describe('a story\'s weekday and a season of two years', () => {
	it('a weekday in the present tense is the day the story already gave it', () => {
		expect(datesIn('The Tarsen fire began about 3 a.m. Sunday. There is not one witness who puts him there Sunday morning.', '2025-01-28')).toEqual([
			['about 3 a.m. Sunday', '2025-01-26'],
			['Sunday morning', '2025-01-26'],
		]);
	});

	it('"the 2026-27 season" is a range of two years', () => {
		expect(datesIn('Tarsen United will play in the new stadium in the 2026-27 season.', '2025-11-18')).toEqual([['2026-27', '2026/2027']]);
	});
});

describe('"a year earlier" and "a year ago" in results for a quarter', () => {
	it('compare a figure with the same quarter a year before, once the story has named a quarter that has ended', () => {
		expect(datesIn('Halvard Freight said its first-quarter profit fell 9 percent from a year earlier. Revenue was 1.2 billion crowns, against 1.4 billion a year ago.')).toEqual([
			['first-quarter', '2025-Q1'],
			['a year earlier', '2024-Q1'],
			['a year ago', '2024-Q1'],
		]);
	});

	it('stay years without a quarter that has ended, or without a figure before them', () => {
		expect(datesIn('Output reached 40,000 tonnes in 2019, up 9 percent from a year earlier.')).toEqual([
			['in 2019', '2019'],
			['a year earlier', '2018'],
		]);
		expect(datesIn('Halvard Freight reported first-quarter results. The plant had closed a year ago.')).toEqual([
			['first-quarter', '2025-Q1'],
			['a year ago', '2024'],
		]);
	});
});

describe('"a fortnight ago" and a season opening a sentence', () => {
	it('are the day fourteen days back (as "in two weeks" is the day fourteen days ahead), and the season the modifier gives', () => {
		expect(datesIn('The survey was carried out a fortnight ago.')).toEqual([['a fortnight ago', '2025-04-30']]);
		expect(datesIn('The survey will be carried out in two weeks.')).toEqual([['in two weeks', '2025-05-28']]);
		expect(datesIn('The survey was carried out two weeks ago.')).toEqual([['two weeks ago', '2025-W18']]);
		expect(datesIn('Next winter, the Tarsen quay will close.')).toEqual([['Next winter', '2025-WI']]);
		expect(datesIn('Last autumn the Tarsen quay flooded.')).toEqual([['Last autumn', '2024-FA']]);
	});
});

describe('a range of days', () => {
	it('is the first and the last day, the year from the tense or as written', () => {
		expect(datesIn('Talks will be held in Ostvik from April 14 to 16.')).toEqual([['from April 14 to 16', '2026-04-14/2026-04-16']]);
		expect(datesIn('The Tarsen fair ran from May 30 to June 2.')).toEqual([['from May 30 to June 2', '2024-05-30/2024-06-02']]);
		expect(datesIn('The summit is set for June 3-5, 2026.')).toEqual([['June 3-5, 2026', '2026-06-03/2026-06-05']]);
	});
});

describe('periods counted from the one mentioned before', () => {
	it('"the previous quarter" after a quarter, "the following week" after a day, "the following decade" after a decade', () => {
		expect(datesIn('Output fell in the first quarter of 2025, after rising in the previous quarter.')).toEqual([
			['in the first quarter of 2025', '2025-Q1'],
			['in the previous quarter', '2024-Q4'],
		]);
		expect(datesIn('The findings were sent on April 2, and a hearing was held the following week.')).toEqual([
			['on April 2', '2025-04-02'],
			['the following week', '2025-W15'],
		]);
		expect(datesIn('Her work began in the 1980s. In the following decade she led the survey.')).toEqual([
			['in the 1980s', '198'],
			['In the following decade', '199'],
		]);
	});

	it('"a year earlier" after results for a half-year is the same half a year before', () => {
		expect(datesIn('Tarsen Copper produced 41,000 tonnes in the first half of 2024, down 8 percent from a year earlier.', '2024-08-14')).toEqual([
			['in the first half of 2024', '2024-H1'],
			['a year earlier', '2023-H1'],
		]);
	});
});

describe('ranges of months and seasons with "before"', () => {
	it('"between March 2022 and June 2025" is a range of months, "before the summer" the season', () => {
		expect(datesIn('Between March 2022 and June 2025 the app sent data.')).toEqual([['Between March 2022 and June 2025', '2022-03/2025-06']]);
		expect(datesIn('The works ran from May to July 2024.')).toEqual([['from May to July 2024', '2024-05/2024-07']]);
		expect(datesIn('Prices will rise before the summer.')).toEqual([['before the summer', '2025-SU']]);
	});
});

describe('fiscal years, quarters by their months and ranges of months without a year', () => {
	it('"last fiscal year" is the year before, "the April-June quarter" the second quarter, "between October and December" the months the tense gives', () => {
		expect(datesIn('Profit fell last fiscal year.')).toEqual([['last fiscal year', '2024']]);
		expect(datesIn('Operating profit fell 12 percent in the January-March quarter, to 40 billion yen from a year earlier.')).toEqual([
			['in the January-March quarter', '2025-Q1'],
			['a year earlier', '2024-Q1'],
		]);
		expect(datesIn('Rain fell between October and December.')).toEqual([['between October and December', '2024-10/2024-12']]);
	});

	it('"unable to pay staff on Monday" in a past sentence is the Monday before, not a plan', () => {
		expect(datesIn('The firm kept its platform offline over the weekend, leaving clients unable to pay staff on Monday.')).toEqual([
			['over the weekend', '2025-W19-WE'],
			['on Monday', '2025-05-12'],
		]);
	});
});

describe('weekdays of the day of writing and of periods announced', () => {
	it('"later on Friday" in a Friday story is that day; "extended a warning through Thursday evening" runs ahead; "we\'d be back" is a future', () => {
		expect(datesIn('The president was due to hold talks later on Friday.', '2026-09-25')).toEqual([['later on Friday', '2026-09-25']]);
		expect(datesIn('The forecast office extended a Red Flag warning through Thursday evening.', '2026-08-19')).toEqual([['through Thursday evening', '2026-08-20']]);
		expect(datesIn('“I kept thinking we’d be back by the weekend,” she said.', '2026-08-19')).toEqual([['by the weekend', '2026-W34-WE']]);
		expect(datesIn('The strike lasted until Thursday.', '2026-08-19')).toEqual([['until Thursday', '2026-08-13']]);
	});
});

describe('a period starting from a month, and a range of weekdays', () => {
	it('"a rise from April" looks ahead unless its own clause is past; "between Friday and Tuesday" is a range of days', () => {
		expect(datesIn('Tenants face a rent rise from April after the council approved the budget.', '2026-02-12')).toEqual([['from April', '2026-04']]);
		expect(datesIn('The new rules applied from April.', '2026-02-12')).toEqual([['from April', '2025-04']]);
		expect(datesIn('The bureau recorded 212 millimetres between Friday and Tuesday.', '2026-01-28')).toEqual([['between Friday and Tuesday', '2026-01-23/2026-01-27']]);
		expect(datesIn('The fair will run from Monday to Wednesday.', '2026-01-28')).toEqual([['from Monday to Wednesday', '2026-02-02/2026-02-04']]);
	});
});

describe('"over the next decade"', () => {
	it('is ten years ahead, not the decade after one named before', () => {
		expect(datesIn('The first survey ran in the 1970s. The observatory will point the telescope at the planet 40 more times over the next decade.')).toEqual([
			['in the 1970s', '197'],
			['over the next decade', 'P10Y'],
		]);
	});
});

describe('quarters, parts of days and days set for something', () => {
	it('"last quarter" is the quarter before the article\'s, "the last quarter of 2024" the fourth', () => {
		expect(datesIn('Sales fell last quarter.', '2025-10-16')).toEqual([['last quarter', '2025-Q3']]);
		expect(datesIn('Sales fell in the last quarter of 2024.', '2025-10-16')).toEqual([['in the last quarter of 2024', '2024-Q4']]);
	});

	it('"that night" and "the next morning" are the day mentioned before and the one after it', () => {
		expect(datesIn('The river burst its banks on Oct. 10, 2025. That night the family slept in the car, and the next morning they walked to the school.', '2026-10-09')).toEqual([
			['on Oct. 10, 2025', '2025-10-10'],
			['That night', '2025-10-10'],
			['the next morning', '2025-10-11'],
		]);
	});

	it('"called a march for Saturday" and "remanded in custody until May 2" look ahead', () => {
		expect(datesIn('The unions have called a march through the city centre for Saturday.', '2025-11-14')).toEqual([['for Saturday', '2025-11-15']]);
		expect(datesIn('He was remanded in custody until May 2.', '2025-04-08')).toEqual([['until May 2', '2025-05-02']]);
	});
});

describe('a bare verb after a modal, and weekends counted from a day', () => {
	it('"would cost … over the summer" is a future ("cost" after "would" is no past tense)', () => {
		expect(datesIn('He said barriers would cost the city about 4,000 dollars over the summer.', '2026-05-14')).toEqual([['over the summer', '2026-SU']]);
	});

	it('"the previous weekend" is the weekend before the day mentioned before', () => {
		expect(datesIn('Police cleared the building on Oct. 2, 2025, which students had occupied the previous weekend.', '2025-10-13')).toEqual([
			['on Oct. 2, 2025', '2025-10-02'],
			['the previous weekend', '2025-W39-WE'],
		]);
	});
});

describe('a day something is set for', () => {
	it('"a hearing set for Jan. 15" looks ahead', () => {
		expect(datesIn('The judge set a hearing for Jan. 15.', '2025-11-14')).toEqual([['Jan. 15', '2026-01-15']]);
	});
});

describe('deadlines, called happenings, weeks of figures and seasons counted from a date before (story of Wednesday 14 May 2025)', () => {
	it('"had until Wednesday", "gave the company until May 20": a deadline lies ahead', () => {
		expect(datesIn('Dravek told reporters that Kestran had until Wednesday to accept the offer.', '2025-05-11')).toEqual([['until Wednesday', '2025-05-14']]);
		expect(datesIn('The regulator gave the company until May 20 to respond.')).toEqual([['until May 20', '2025-05-20']]);
		// a period that ran out: no deadline before it
		expect(datesIn('The talks ran until Monday.')).toEqual([['until Monday', '2025-05-12']]);
	});

	it('"has called a strike from June 4": the happening called lies ahead', () => {
		expect(datesIn('The union has called a strike from June 4 if the dispute is not settled.', '2026-04-14')).toEqual([['from June 4', '2026-06-04']]);
		expect(datesIn('The union held a strike from April 4 to press its claim.', '2026-04-14')).toEqual([['from April 4', '2026-04-04']]);
	});

	it('"in the week to Sunday", "the week ending Friday": the ISO week that day closes', () => {
		expect(datesIn('Cases rose 38% in the week to Sunday, the ministry said.', '2025-03-11')).toEqual([['in the week to Sunday', '2025-W10']]);
		expect(datesIn('Sales fell in the week ending Friday.', '2025-03-11')).toEqual([['in the week ending Friday', '2025-W10']]);
	});

	it('"by the end of the decade": the decade as TimeML writes it', () => {
		expect(datesIn('The first section could open by the end of the decade.')).toEqual([['by the end of the decade', '202']]);
	});

	it('"the following spring" after a year is the next year\'s, after a day the first spring after it', () => {
		expect(datesIn('She took command of the ferry in 1999. The following spring, a storm tore it from its moorings.')).toEqual([
			['in 1999', '1999'],
			['The following spring', '2000-SP'],
		]);
		expect(datesIn('The dam was finished on June 3, 2019. The following spring it flooded.')).toEqual([
			['on June 3, 2019', '2019-06-03'],
			['The following spring', '2020-SP'],
		]);
		expect(datesIn('The dam was finished on January 10, 2019. The following spring it flooded.')).toEqual([
			['on January 10, 2019', '2019-01-10'],
			['The following spring', '2019-SP'],
		]);
	});
});

describe('the quarter a day closes, and a timetable in the present', () => {
	it('"for the quarter ended Sept. 30" is that quarter, and "a year earlier" the same quarter a year before; so is "the three months to Sept 30", as the gold files write it', () => {
		expect(datesIn('Net income for the quarter ended Sept. 30 rose 36% to $84.2 million, from $61.9 million a year earlier.', '2025-10-29')).toEqual([
			['for the quarter ended Sept. 30', '2025-Q3'],
			['a year earlier', '2024-Q3'],
		]);
		expect(datesIn('Net profit for the three months to Sept 30 fell.', '2025-10-29')).toEqual([['for the three months to Sept 30', '2025-Q3']]);
		expect(datesIn('Sales fell in the three months to December.', '2026-02-05')).toEqual([['in the three months to December', '2025-Q4']]);
		expect(datesIn('The Tarsen agency sent letters in November 2021 and again a year later.', '2024-02-27')).toEqual([
			['in November 2021', '2021-11'],
			['a year later', '2022-11'],
		]);
	});

	it('"which goes on sale on Nov. 14" is a timetable: the next Nov. 14', () => {
		expect(datesIn('The thermostat, which goes on sale on Nov. 14, costs $249.', '2025-10-29')).toEqual([['on Nov. 14', '2025-11-14']]);
	});
});


describe('a weekday with "late", "early", "earlier" or "later" before it', () => {
	it('is the day, its word kept in the text (Wednesday 14 May 2025)', () => {
		expect(datesIn('The Tarsen talks ended late on Tuesday.')).toEqual([['late on Tuesday', '2025-05-13']]);
		expect(datesIn('The ferry sank early Saturday.')).toEqual([['early Saturday', '2025-05-10']]);
		expect(datesIn('Late Sunday, the storm passed over Brennmoor.')).toEqual([['Late Sunday', '2025-05-11']]);
		// later on the day of the story, and later on a day ahead
		expect(datesIn('The council was due to vote later on Wednesday.')).toEqual([['later on Wednesday', '2025-05-14']]);
		expect(datesIn('The quay will reopen later on Friday.')).toEqual([['later on Friday', '2025-05-16']]);
	});

	it('is no part of the clause a speaker reports ("said late Monday it had …")', () => {
		const quotes = analyzeArticle('The Tarsen Water Board said late Monday it had paused some repairs.\n', { date: '2025-05-14' }).quotes;
		expect(quotes.map((q) => [q.text, q.speakerName])).toEqual([['it had paused some repairs', 'Tarsen Water Board']]);
	});
});

describe('the words news annotation keeps with a date (Wednesday 14 May 2025)', () => {
	it('the preposition that governs it', () => {
		expect(datesIn('The Tarsen mill has been closed since last summer.')).toEqual([['since last summer', '2024-SU']]);
		expect(datesIn('For three years the port was idle.')).toEqual([['For three years', 'P3Y']]);
		expect(datesIn('Prices at the Brennmoor market rose over the past 30 years.')).toEqual([['over the past 30 years', 'P30Y']]);
		expect(datesIn('Sales fell in the past week.')).toEqual([['in the past week', 'P1W']]);
		expect(datesIn('The plant will close by mid-July.')).toEqual([['by mid-July', '2025-07']]);
		expect(datesIn('The ban stays until at least mid-2026.')).toEqual([['until at least mid-2026', '2026']]);
	});

	it('but not a preposition of the verb before it, nor one before a length of time used as an adjective', () => {
		expect(datesIn('The hearing was set for Feb. 3.')).toEqual([['Feb. 3', '2026-02-03']]);
		expect(datesIn('Ilse Varga, who took over in 2023, resigned.').map(([text]) => text)).toEqual(['in 2023']);
		expect(datesIn('The boy, a three-year-old from Brennmoor, was rescued in a 30-day search.').map(([text]) => text)).toEqual(['30-day']);
	});

	it('the possessive after it, without the preposition of the noun it qualifies, and the clock time before its day', () => {
		expect(datesIn('The council voted 5-2 at Tuesday’s meeting.')).toEqual([['Tuesday’s', '2025-05-13']]);
		expect(datesIn('The candidate in next month’s election spoke.')).toEqual([['next month’s', '2025-06']]);
		expect(datesIn('The tornado struck at 9:47 p.m. Sunday.')).toEqual([['at 9:47 p.m. Sunday', '2025-05-11']]);
		expect(datesIn('Fans gathered at 3pm on Saturday.')).toEqual([['at 3pm on Saturday', '2025-05-10']]);
	});
});

describe('a weekday or a year counted from the date before', () => {
	it('"The previous Friday" is the Friday before the day the story spoke of last, "the following Friday" the one after', () => {
		expect(datesIn('He posted on April 14 that the court was biased. The previous Friday, he had told a rally that the decree worked.', '2026-04-29')).toEqual([
			['on April 14', '2026-04-14'],
			['The previous Friday', '2026-04-10'],
		]);
		expect(datesIn('The vote was on Tuesday. The following Friday, the council resigned.', '2026-04-29')).toEqual([
			['on Tuesday', '2026-04-28'],
			['The following Friday', '2026-05-01'],
		]);
	});

	it('"a year earlier" after a month\'s figure is the same month a year before', () => {
		expect(datesIn('Steel exports fell 18% in May from a year earlier.', '2024-06-21')).toEqual([
			['in May', '2024-05'],
			['a year earlier', '2023-05'],
		]);
	});
});

describe('the tense of a day between a subject and its verb', () => {
	it('"after the judge on Monday rejected a request" is past, whatever the clause before says', () => {
		expect(datesIn('The video will be released Friday, after the judge on Monday rejected a request.', '2025-09-17')).toEqual([
			['Friday', '2025-09-19'],
			['on Monday', '2025-09-15'],
		]);
	});
});

describe('a month after "until" in an announced period', () => {
	it('"released on bail until October" looks ahead', () => {
		expect(datesIn('A man arrested on 23 July has been released on bail until October, the force said.', '2025-08-12')).toEqual([
			['on 23 July', '2025-07-23'],
			['until October', '2025-10'],
		]);
	});
});

describe('a range of days written day first', () => {
	it('"from 3 to 5 June", "between 28 May and 2 June", "3-5 June 2026"', () => {
		expect(datesIn('Students will resit the papers from 3 to 5 June.', '2025-05-22')).toEqual([['from 3 to 5 June', '2025-06-03/2025-06-05']]);
		expect(datesIn('The festival ran between 28 April and 2 May.', '2025-05-22')).toEqual([['between 28 April and 2 May', '2025-04-28/2025-05-02']]);
		expect(datesIn('The summit is set for 3-5 June 2026.', '2025-05-22')).toEqual([['3-5 June 2026', '2026-06-03/2026-06-05']]);
	});
});

describe('hours later, and late on the day of the story', () => {
	it('"Hours later" is the day mentioned last; "was due to arrive late on Tuesday" in a Tuesday story is that day', () => {
		expect(datesIn('The president spoke on Monday. Hours later, his rival replied on X.', '2025-10-20')).toEqual([
			['on Monday', '2025-10-20'],
			['Hours later', '2025-10-20'],
		]);
		expect(datesIn('A drilling team was due to arrive late on Tuesday.', '2026-11-10')).toEqual([['late on Tuesday', '2026-11-10']]);
	});
});

describe('a day and a month counted from the year or month mentioned before', () => {
	it('"On May 4 of that year", "that summer", and "The next month" after July 2022', () => {
		expect(datesIn('In the spring of 2021, an inspector flagged 19 invoices. On May 4 of that year, her supervisor told her to stop. She left that summer.', '2024-10-09')).toEqual([
			['In the spring of 2021', '2021-SP'],
			['On May 4 of that year', '2021-05-04'],
			['that summer', '2021-SU'],
		]);
		expect(datesIn('She raised the payments in July 2022. “The next month I was made redundant,” she said.', '2026-01-22')).toEqual([
			['in July 2022', '2022-07'],
			['The next month', '2022-08'],
		]);
	});
});

describe('periods of a results story', () => {
	it('"the first nine months of the year" runs from January; "the same period of 2023" and "a year earlier" are those months then', () => {
		expect(datesIn('In the first nine months of the year, Tarsen Mills sold 4.6% more, against 10.4% in the same period of 2023 and 9% a year earlier.', '2024-10-24')).toEqual([
			['In the first nine months of the year', '2024-01/2024-09'],
			['in the same period of 2023', '2023-01/2023-09'],
			['a year earlier', '2023-01/2023-09'],
		]);
		expect(datesIn('Imports rose 14% in the first 10 months of the year.', '2025-11-17')).toEqual([['in the first 10 months of the year', '2025-01/2025-10']]);
	});

	it('"the previous three months" after a quarter is the quarter before; "the fiscal year ending March 2026" its twelve months', () => {
		expect(datesIn('The economy grew 0.3% in the first quarter from the previous three months.', '2025-05-22')).toEqual([
			['in the first quarter', '2025-Q1'],
			['from the previous three months', '2024-Q4'],
		]);
		expect(datesIn('Rents rose over the previous three months.', '2025-05-22')).toEqual([['over the previous three months', 'P3M']]);
		expect(datesIn('The airline expects a profit in the fiscal year ending March 2026.', '2026-02-05')).toEqual([['in the fiscal year ending March 2026', '2025-04/2026-03']]);
	});
});

describe('a length before "earlier this month"', () => {
	it('"walked out for 48 hours earlier this month" is a length and this month, not the day 48 hours before the date named last', () => {
		expect(datesIn('The Tarsen pilots struck on Monday. They had walked out for 48 hours earlier this month.', '2025-09-15')).toEqual([
			['on Monday', '2025-09-15'],
			['for 48 hours', 'PT48H'],
			['earlier this month', '2025-09'],
		]);
	});
});

describe('a sporting season', () => {
	it('runs from August to May in a story about football, is the calendar year in one about cycling, and is no date in a story about no sport', () => {
		expect(datesIn('Redmire, promoted last season, lead the league. The striker has scored seven goals this season and will stay until the end of the season.', '2024-01-30')).toEqual([
			['last season', '2022/2023'],
			['this season', '2023/2024'],
			['until the end of the season', '2023/2024'],
		]);
		expect(datesIn('The football league will expand next season, the Tarsen club said.', '2025-09-01')).toEqual([['next season', '2026/2027']]);
		expect(datesIn('The Tarsen rider won two stage races last season and rode at the front of the peloton.', '2025-07-02')).toEqual([['last season', '2024']]);
		expect(datesIn('The Tarsen farms had a poor harvest this season.', '2025-07-02')).toEqual([]);
		// (one word of sport is not enough: "the league of mayors", bus "riders")
		expect(datesIn('Fewer flu cases were seen this season, the league of mayors said.', '2025-03-12')).toEqual([]);
	});
});

describe('a sporting season between seasons', () => {
	it('"last season" in July is the one just ended', () => {
		expect(datesIn('The Tarsen football club finished third in the league last season.', '2025-07-02')).toEqual([['last season', '2024/2025']]);
	});
});

describe('twelve months to a day, and a day of last year', () => {
	it('"for the year to June 30" is the twelve months to the latest June before the article; "on Jan. 20 last year" is that day of the year before', () => {
		expect(datesIn('Tarsen Athletic reported a loss for the year to June 30.', '2024-01-30')).toEqual([['for the year to June 30', '2022-07/2023-06']]);
		expect(datesIn('Sales fell in the 12 months to 30 September 2025.', '2026-01-30')).toEqual([['in the 12 months to 30 September 2025', '2024-10/2025-09']]);
		expect(datesIn('The club made a bid on Jan. 20 last year. He signed a new contract the following week.', '2024-01-30')).toEqual([
			['on Jan. 20 last year', '2023-01-20'],
			['the following week', '2023-W04'],
		]);
	});

	it('"since Feb. 14" began before the article; "its lowest close" is a noun, so the week before a Friday is past', () => {
		expect(datesIn('The Tarsen index closed at 8,412 points, its lowest close since Feb. 14, after losing 2.2% between Monday and Thursday.', '2024-09-06')).toEqual([
			['since Feb. 14', '2024-02-14'],
			['between Monday and Thursday', '2024-09-02/2024-09-05'],
		]);
	});
});

describe('a quarter\'s results and the hours of a warning', () => {
	it('"will report fourth-quarter results" in January is the quarter just ended; "second-quarter figures" in April the one under way', () => {
		expect(datesIn('Tarsen Systems will report fourth-quarter results on February 6.', '2025-01-14')).toEqual([
			['fourth-quarter', '2024-Q4'],
			['on February 6', '2025-02-06'],
		]);
		expect(datesIn('The Tarsen registry will publish its second-quarter figures on July 15.', '2026-04-15')).toEqual([
			['second-quarter', '2026-Q2'],
			['on July 15', '2026-07-15'],
		]);
	});

	it('"has issued a warning from 7 p.m. Thursday until noon Saturday" runs from the article\'s Thursday; "will close from 9 p.m. Friday until 5 a.m. Monday" ahead', () => {
		expect(datesIn('The Tarsen weather office has issued a storm warning from 7 p.m. Thursday until noon Saturday.', '2026-01-08')).toEqual([['from 7 p.m. Thursday until noon Saturday', '2026-01-08/2026-01-10']]);
		expect(datesIn('The Tarsen overpass will close from 9 p.m. Friday until 5 a.m. Monday.', '2025-01-23')).toEqual([['from 9 p.m. Friday until 5 a.m. Monday', '2025-01-24/2025-01-27']]);
		expect(datesIn('The Tarsen plant was shut from Monday until Wednesday.', '2026-01-08')).toEqual([['from Monday until Wednesday', '2026-01-05/2026-01-07']]);
	});
});

describe('seasons counted back', () => {
	it('"two winters ago" in May is the winter before last, by the year it begins', () => {
		expect(datesIn('Two winters ago, Tarsen heating bills tripled. Last winter they fell.', '2024-05-26')).toEqual([
			['Two winters ago', '2022-WI'],
			['Last winter', '2023-WI'],
		]);
	});
});

describe('a span of three, six or nine months to a month', () => {
	it('is the range of months it names when it is no calendar quarter or half', () => {
		expect(datesIn('Prices rose 3% in the three months to July.')).toEqual([['in the three months to July', '2024-05/2024-07']]);
		expect(datesIn('The Tarsen mill lost $31 million in the six months to Sept. 30.')).toEqual([['in the six months to Sept. 30', '2024-04/2024-09']]);
		expect(datesIn('Orders fell in the nine months to March 2025.')).toEqual([['in the nine months to March 2025', '2024-07/2025-03']]);
	});

	it('is the quarter or the half-year when it is one', () => {
		expect(datesIn('Sales rose in the three months to Sept. 30.')).toEqual([['in the three months to Sept. 30', '2024-Q3']]);
		expect(datesIn('Sales rose in the six months to June 30, 2024.')).toEqual([['in the six months to June 30, 2024', '2024-H1']]);
	});

	it('leaves a day that is no month’s end to the day', () => {
		expect(datesIn('Sales rose 4.8% in the three months ended Nov. 1.')).toEqual([['three months', 'P3M'], ['Nov. 1', '2024-11-01']]);
	});
});

describe('a half of a season', () => {
	it('is no half of a calendar year', () => {
		expect(datesIn('Scoring fell in the first half of the 2024-25 season.')).toEqual([['2024-25', '2024/2025']]);
	});
});

describe('a week beginning on a Sunday', () => {
	it('is the ISO week of the days after it', () => {
		expect(datesIn('Talks resume in the week beginning Sunday, March 2.', '2025-02-20')).toEqual([['in the week beginning Sunday, March 2', '2025-W10']]);
		expect(datesIn('Talks resume in the week beginning Monday, March 3.', '2025-02-20')).toEqual([['in the week beginning Monday, March 3', '2025-W10']]);
		expect(datesIn('Sales for the week ending Sunday, March 2, rose.', '2025-03-20')).toEqual([['for the week ending Sunday, March 2', '2025-W09']]);
	});
});

describe('the last months of a year and a period named by its months', () => {
	// Monday 3 February 2020
	it('"the final three months of 2019" is its fourth quarter; the last six its second half; nine, April to December', () => {
		expect(datesIn('The Tarsen economy shrank in the final three months of 2019.', '2020-02-03')).toEqual([['in the final three months of 2019', '2019-Q4']]);
		expect(datesIn('Sales rose in the last six months of 2024.', '2020-02-03')).toEqual([['in the last six months of 2024', '2024-H2']]);
		expect(datesIn('Output grew in the last nine months of the year.', '2020-02-03')).toEqual([['in the last nine months of the year', '2019-04/2019-12']]);
	});

	it('"the October-December period" is the quarter, which "the previous quarter" counts back from; other months are a range', () => {
		expect(datesIn('GDP fell 0.3% in the October-December period from the previous quarter.', '2020-02-03')).toEqual([
			['in the October-December period', '2019-Q4'],
			['from the previous quarter', '2019-Q3'],
		]);
		expect(datesIn('Rainfall was low in the September-November period of 2025.', '2026-04-22')).toEqual([['in the September-November period of 2025', '2025-09/2025-11']]);
	});
});
