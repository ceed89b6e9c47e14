import { describe, expect, it } from 'vitest';
import { datesIn } from './dates-in.ts';

// Tuesday 17 June 2025 is in ISO week 25 (16–22 June); week 24 is 9–15 June, week 26 is 23–29 June
describe('a weekday with its week beside it (the English of West and East Africa)', () => {
	it('"last week Thursday", "on Monday next week", "Friday this week": that day of that week', () => {
		expect(datesIn('The assembly met last week Thursday.', '2025-06-17')).toEqual([['last week Thursday', '2025-06-12']]);
		expect(datesIn('The motion will be debated on Monday next week.', '2025-06-17')).toEqual([['on Monday next week', '2025-06-23']]);
		expect(datesIn('The list will be published on Friday this week.', '2025-06-17')).toEqual([['on Friday this week', '2025-06-20']]);
		expect(datesIn('The teachers had begun a sit-at-home on Monday last week.', '2025-06-17')).toEqual([['on Monday last week', '2025-06-09']]);
	});

	it('a week on its own and a weekday in the next sentence stay apart, as does a range ending in the week', () => {
		expect(datesIn('He left last week. Thursday was quiet.', '2025-06-17')).toEqual([
			['last week', '2025-W24'],
			['Thursday', '2025-06-12'],
		]);
		expect(datesIn('Officials said the bridge closed from Monday to Wednesday last week.', '2025-06-17')[1]).toEqual(['last week', '2025-W24']);
	});
});

describe('clock times written with a full stop (British, Irish and Australian style)', () => {
	it('"at 4.41pm" is a time of the day mentioned before, as "at 4:41 p.m." is', () => {
		expect(datesIn('The ferry left the pier at 4.19pm on Friday. At 4.41pm the master radioed the coastguard. By 4.53pm she had capsized.', '2025-02-05')).toEqual([
			['at 4.19pm on Friday', '2025-01-31'],
			['At 4.41pm', '2025-01-31'],
			['By 4.53pm', '2025-01-31'],
		]);
	});

	it('an early hour after a late one is the next day\'s', () => {
		expect(datesIn('He arrived at the hospital at 9.38pm on Friday, December 3. He was moved to intensive care at 7.30am.', '2021-12-20')).toEqual([
			['at 9.38pm on Friday, December 3', '2021-12-03'],
			['at 7.30am', '2021-12-04'],
		]);
	});
});

describe('days and seasons of deadlines and anniversaries', () => {
	it('"this day last year" is the article\'s day a year before; "this time last year" its month', () => {
		expect(datesIn('This day last year, the executive promised the department was safe.', '2024-02-14')).toEqual([['This day last year', '2023-02-14']]);
		expect(datesIn('Waiting lists were shorter this time last year.', '2024-02-14')).toEqual([['this time last year', '2023-02']]);
	});

	it('a live blog\'s time stamp opening an update is a time of the article\'s day', () => {
		expect(datesIn('5:20 p.m. — The mayor says the last two care homes are empty.', '2023-07-18')).toEqual([['5:20 p.m.', '2023-07-18']]);
	});

	it('a deadline in a recommendation, a wish or a direction lies ahead; a deadline met in the past does not', () => {
		expect(datesIn('The inquiry recommends that the authority complete a review by June 30.', '2026-01-19')).toEqual([['by June 30', '2026-06-30']]);
		expect(datesIn('The magistrate said the mill had been directed to release the money by February 20.', '2025-02-12')).toEqual([['by February 20', '2025-02-20']]);
		expect(datesIn('“We expect all letters to have arrived by the end of February,” she said.', '2026-01-22')).toEqual([['by the end of February', '2026-02']]);
		expect(datesIn('The company repaid the loan by June 30.', '2026-01-19')).toEqual([['by June 30', '2025-06-30']]);
		expect(datesIn('He is believed to have died on Tuesday.', '2026-01-22')).toEqual([['on Tuesday', '2026-01-20']]);
	});

	it('a season as a limit set in the present is the one to come', () => {
		expect(datesIn('“We see no case for moving again before the spring,” she said.', '2024-12-19')).toEqual([['before the spring', '2025-SP']]);
	});
});

describe('the seventeenth batch\'s dates (agriculture and local government wire, obituaries and launches)', () => {
	it('"on March 12, a Sunday," is one day, and "the following day" counts from it', () => {
		expect(datesIn('Officials said the committee met only once, on March 12, a Sunday, and that the award letter was signed the following day.', '2023-11-30')).toEqual([
			['on March 12', '2023-03-12'],
			['the following day', '2023-03-13'],
		]);
	});

	it('"that Friday" is the Friday of the day named before', () => {
		expect(datesIn('The pit exploded at 6:10 a.m. on Friday, November 21, 1975, and her husband went down on the early shift that Friday.', '2025-11-20')).toEqual([
			['at 6:10 a.m. on Friday, November 21, 1975', '1975-11-21'],
			['Friday', '1975-11-21'],
		]);
	});

	it('"with effect from July 1" starts a rule, the nearer July 1; "by month-end" is the article\'s month', () => {
		expect(datesIn('The general body on Tuesday approved a revision of water charges with effect from July 1.', '2024-06-28')).toEqual([
			['on Tuesday', '2024-06-25'],
			['from July 1', '2024-07-01'],
		]);
		expect(datesIn('The arrears will be cleared by month-end.', '2024-06-28')).toEqual([['by month-end', '2024-06']]);
	});

	it('"at 4:15 a.m. the following morning" is the day after the one named before', () => {
		expect(datesIn('The rocket lifted off on Tuesday at 6:42 p.m. The satellite separated at 4:15 a.m. the following morning.', '2023-10-19').at(-1)).toEqual(['the following morning', '2023-10-18']);
	});
});

describe('the eighteenth batch\'s dates (transport and sport wire, health and courts)', () => {
	it('"on Monday last" is the latest Monday before the article, "on Friday next" the next Friday', () => {
		expect(datesIn('On Monday last, the hospital closed its children’s ward.', '2024-03-14')).toEqual([['On Monday last', '2024-03-11']]);
		expect(datesIn('The union will meet on Friday next.', '2024-03-14')).toEqual([['on Friday next', '2024-03-15']]);
	});

	it('a negated modal looks ahead as the modal does ("won’t be on the bus on Wednesday"), and "ahead of Wednesday’s trip" is to come', () => {
		expect(datesIn('“Some of the lads won’t be on the bus on Wednesday,” he said.', '2025-02-22')).toEqual([['on Wednesday', '2025-02-26']]);
		expect(datesIn('The manager spoke at a news conference ahead of Wednesday’s trip to Kestwick.', '2023-11-27')).toEqual([['Wednesday’s', '2023-11-29']]);
	});
});

describe('the new year', () => {
	it('"in the new year", "until the new year" are the year to come, "since the new year" the year begun; "the New Year holiday" is no year', () => {
		expect(datesIn('The review will be published in the new year.', '2024-11-20')).toEqual([['in the new year', '2025']]);
		expect(datesIn('He is out until the new year.', '2024-11-20')).toEqual([['until the new year', '2025']]);
		expect(datesIn('Prices have risen since the new year.', '2024-11-20')).toEqual([['since the new year', '2024']]);
		expect(datesIn('The talks resume in the new year.', '2025-01-06')).toEqual([['in the new year', '2025']]);
	});
});

describe('lengths written with tens and units ("Thirty-one years")', () => {
	it('are the whole number, not its last word', () => {
		expect(datesIn('Thirty-one years have passed since the flood.', '2024-08-06')).toEqual([['Thirty-one years', 'P31Y']]);
		expect(datesIn('It took twenty-two days to drain the valley.', '2024-08-06')).toEqual([['twenty-two days', 'P22D']]);
	});
});

describe('a day of the month just gone, told of in the present', () => {
	it('is that day, not the one a year ahead ("a premium to the closing price on November 3" in a story of November 21)', () => {
		expect(datesIn('The offer is a 41 per cent premium to the closing price on November 3.', '2025-11-21')).toEqual([['on November 3', '2025-11-03']]);
		expect(datesIn('The festival opens on December 3.', '2025-11-21')).toEqual([['on December 3', '2025-12-03']]);
	});
});

describe('courts, pay deals and ballots (invented stories)', () => {
	it('a range of months in the year named after it ("between January and March last year")', () => {
		expect(datesIn('She moved the money between January and March last year.', '2025-09-09')).toEqual([['between January and March last year', '2024-01/2024-03']]);
		expect(datesIn('Work runs from May to July next year.', '2025-09-09')).toEqual([['from May to July next year', '2026-05/2026-07']]);
	});

	it('a length of two units is one length ("two years and eight months")', () => {
		expect(datesIn('She was jailed for two years and eight months.', '2025-09-09')).toEqual([['for two years and eight months', 'P2Y8M']]);
		expect(datesIn('He served three months and 10 days.', '2025-09-09')).toEqual([['three months and 10 days', 'P3M10D']]);
		expect(datesIn('Sales rose for two years and fell for three months.', '2025-09-09')).toEqual([
			['for two years', 'P2Y'],
			['for three months', 'P3M'],
		]);
	});

	it('"the week beginning 2 March" is that ISO week', () => {
		expect(datesIn('The union plans strikes in the week beginning 2 March.', '2026-01-27')).toEqual([['in the week beginning 2 March', '2026-W10']]);
		expect(datesIn('Talks are set for the week commencing Monday 9 March.', '2026-01-27')).toEqual([['for the week commencing Monday 9 March', '2026-W11']]);
	});

	it('"backdated to April" is the latest such month up to the story', () => {
		expect(datesIn('The 8% rise, backdated to April, was imposed in November.', '2026-01-27')).toEqual([
			['April', '2025-04'],
			['in November', '2025-11'],
		]);
		expect(datesIn('The award will be backdated to January.', '2026-01-27')).toEqual([['January', '2026-01']]);
		expect(datesIn('The ban was backdated to Sept. 3, 2024.', '2026-01-27')).toEqual([['Sept. 3, 2024', '2024-09-03']]);
	});

	it('a day with no year that is the day named just before keeps its year, and "the following day" counts from the last day over a year named since', () => {
		expect(datesIn('He was stabbed on Boxing Day 2024, shortly after 4pm on December 26. The driver, who had moved to Britain in 2016, died the following day.', '2026-03-12')).toEqual([
			['on Boxing Day 2024', '2024-12-26'],
			['shortly after 4pm on December 26', '2024-12-26'],
			['in 2016', '2016'],
			['the following day', '2024-12-27'],
		]);
	});
});

describe('elections, outbreaks, conflicts and crime (invented stories)', () => {
	it('a day counted towards after "the" is the one ahead, and "two weeks before the March 24 election" counts from no earlier day', () => {
		expect(datesIn('The two clashed in a debate on Tuesday night, less than two weeks before the March 24 parliamentary election.', '2024-03-13')).toEqual([
			['on Tuesday night', '2024-03-12'],
			['March 24', '2024-03-24'],
		]);
		expect(datesIn('Mendoza, who leads the polls ahead of the first round on Feb. 4, made the announcement at a rally.', '2023-11-18')).toEqual([['on Feb. 4', '2024-02-04']]);
	});

	it('the day of a trailing attribution is no point the story counts on from', () => {
		expect(datesIn('The first case was a teenager who fell ill on November 27, Okonkwo told the Gazette on Tuesday. Two days later his sister developed a rash.', '2024-02-14')).toEqual([
			['on November 27', '2023-11-27'],
			['on Tuesday', '2024-02-13'],
			['Two days later', '2023-11-29'],
		]);
	});

	it('a range of days with their weekdays written is in the year whose calendar agrees', () => {
		expect(datesIn('The holiday runs from Thursday, April 9, to Wednesday, April 15.', '2026-04-11')).toEqual([['from Thursday, April 9, to Wednesday, April 15', '2026-04-09/2026-04-15']]);
		expect(datesIn('Clinics run from Monday, February 19, to Friday, March 1.', '2024-02-14')).toEqual([['from Monday, February 19, to Friday, March 1', '2024-02-19/2024-03-01']]);
	});

	it('"the second half of October" is the month, not a half-year', () => {
		expect(datesIn('Cases should fall in the second half of October.', '2025-10-06')).toEqual([['in the second half of October', '2025-10']]);
		expect(datesIn('Profit rose in the second half of 2024.', '2025-10-06')).toEqual([['in the second half of 2024', '2024-H2']]);
	});

	it('no false future: a passive "moved to" care, a past progressive "going", a participle after a count', () => {
		expect(datesIn('The other was moved to intensive care late on Friday.', '2026-01-18')).toEqual([['late on Friday', '2026-01-16']]);
		expect(datesIn('Prosecutors say he was going 71 mph on the night of Aug. 9 when his pickup hit her.', '2026-02-20')).toEqual([['on the night of Aug. 9', '2025-08-09']]);
		expect(datesIn('"I have orders going out Monday," he said.', '2025-08-22')).toEqual([['Monday', '2025-08-25']]);
		expect(datesIn('Engineers expect to bring the two damaged turbines back into service in August.', '2025-07-23')).toEqual([['in August', '2025-08']]);
	});
});

describe('the press of South-East Asia, air and sea incidents, US councils (invented stories)', () => {
	it('a weekday with its day in brackets is that day', () => {
		expect(datesIn('The secretary said on Monday (Sept 2) that the dike gave way at 3:20 a.m. last Saturday.', '2024-09-03')).toEqual([
			['on Monday (Sept 2)', '2024-09-02'],
			['last Saturday', '2024-08-31'],
		]);
		expect(datesIn('The rates were approved last Friday (Nov 10).', '2023-11-16')).toEqual([['last Friday (Nov 10)', '2023-11-10']]);
	});

	it('a 24-hour time with its zone is a time of the day named before, and "2047 GMT" is no year', () => {
		expect(datesIn('A plane skidded off the runway late on Thursday. It came to rest at 22:47 local time (2047 GMT).', '2025-08-22')).toEqual([
			['late on Thursday', '2025-08-21'],
			['at 22:47 local time (2047 GMT)', '2025-08-21'],
		]);
		expect(datesIn('The storm made landfall at around 10 p.m. local time (2100 GMT) on Wednesday.', '2024-01-19')).toEqual([['at around 10 p.m. local time (2100 GMT) on Wednesday', '2024-01-17']]);
	});

	it('hours and minutes are one length', () => {
		expect(datesIn('The speech lasted two hours and 40 minutes.', '2024-02-28')).toEqual([['two hours and 40 minutes', 'PT2H40M']]);
	});

	it('a name with a verb’s spelling ("Brannock Falls") marks no tense, and rules that "apply from" a day look ahead', () => {
		expect(datesIn('The Brannock Falls City Council on Thursday narrowly approved the ordinance.', '2023-10-21')).toEqual([['on Thursday', '2023-10-19']]);
		expect(datesIn('The rules apply to buildings with five or more units and take effect Jan. 1.', '2023-10-21')).toEqual([['Jan. 1', '2024-01-01']]);
	});
});

describe('Australian, Caribbean, Gulf and Canadian copy (invented stories)', () => {
	it('"on Tuesday week" is a week after the coming Tuesday', () => {
		expect(datesIn('The committee will meet on Tuesday week.', '2024-03-13')).toEqual([['on Tuesday week', '2024-03-26']]);
	});

	it('"the six months to June 30" is the half-year; to September it is the six months from April', () => {
		expect(datesIn('Profit rose in the six months to June 30.', '2023-08-10')).toEqual([['in the six months to June 30', '2023-H1']]);
		expect(datesIn('Sales rose in the six months to Sept. 30.', '2023-11-10')).toEqual([['in the six months to Sept. 30', '2023-04/2023-09']]);
	});
});

describe('trials, results and fiscal halves (invented stories)', () => {
	it('"on the 20th" is that day of the month named before; "the 14th District" is no day', () => {
		expect(datesIn('The cash was counted on September 14. It went missing on the 20th, the court heard.', '2025-09-09')).toEqual([
			['on September 14', '2024-09-14'],
			['on the 20th', '2024-09-20'],
		]);
		expect(datesIn('Okonjo, a Democrat from the 14th District, spoke.', '2025-09-09')).toEqual([]);
	});

	it('"between March 2019 and late 2021" runs from a month to a year', () => {
		expect(datesIn('He took the money between March 2019 and late 2021.', '2025-09-09')).toEqual([['between March 2019 and late 2021', '2019-03/2021']]);
	});

	it('the first three months of a year are its first quarter, the first six its first half', () => {
		expect(datesIn('Closures rose during the first three months of the year.', '2025-04-08')).toEqual([['during the first three months of the year', '2025-Q1']]);
		expect(datesIn('Wages are frozen for the first six months of next year.', '2025-04-08')).toEqual([['for the first six months of next year', '2026-H1']]);
	});
});

describe('a length before a clause', () => {
	it('"almost five years after it was flooded" is a length, not a day counted from the date before', () => {
		expect(datesIn('The family moved back in November 2024, almost five years after it was flooded in February 2020.', '2026-03-09')).toEqual([
			['in November 2024', '2024-11'],
			['five years', 'P5Y'],
			['in February 2020', '2020-02'],
		]);
	});
});

describe('two units counted on from the date before', () => {
	it('is the day they reach from a day, the month from a month', () => {
		expect(datesIn('The Tarsen dam failed on March 3, 2021. Three months and 10 days later, the plant closed.')).toEqual([
			['on March 3, 2021', '2021-03-03'],
			['Three months and 10 days later', '2021-06-13'],
		]);
		expect(datesIn('The Tarsen mill opened in May 2019; a year and two months earlier the plan was approved.')).toEqual([
			['in May 2019', '2019-05'],
			['a year and two months earlier', '2018-03'],
		]);
	});
});

describe('the day of an attribution or of a closed session', () => {
	// Monday 3 November 2025
	it('has passed, whatever the clause it reports', () => {
		expect(datesIn('Dockworkers will walk off the job on Saturday unless employers improve their offer, the Tarsen union said Sunday.', '2025-11-03')).toEqual([
			['on Saturday', '2025-11-08'],
			['Sunday', '2025-11-02'],
		]);
		expect(datesIn('Talks will resume on Thursday, the Tarsen minister told reporters on Wednesday.', '2025-11-03')).toEqual([
			['on Thursday', '2025-11-06'],
			['on Wednesday', '2025-10-29'],
		]);
		expect(datesIn('Holders will receive 0.41 shares each, a premium of 9% to Tuesday’s closing price.', '2025-11-03')).toEqual([['Tuesday’s', '2025-10-28']]);
	});

	it('leaves a day something will be done on to the tense: "would be posted on Tuesday"', () => {
		expect(datesIn('Oyebanji-Kral said the ballot papers would be posted on Tuesday.', '2025-11-03')).toEqual([['on Tuesday', '2025-11-04']]);
	});
});

describe('a financial year the story says when it begins', () => {
	it('is the twelve months from that month', () => {
		expect(datesIn('The Tarsen museum’s budget for the 2025-26 fiscal year, which began on July 1, was fixed at $5 million.', '2025-09-20')).toEqual([
			['2025-26', '2025-07/2026-06'],
			['on July 1', '2025-07-01'],
		]);
	});
});

describe('a financial year the story keeps by its first day, its money or its quarters', () => {
	it('"on July 1, at the start of the 2022/23 financial year" and "the new financial year begins on Monday" give its first month', () => {
		expect(datesIn('The Ostvik levy was introduced on July 1, at the start of the 2022/23 financial year.', '2022-09-10')).toEqual([
			['on July 1', '2022-07-01'],
			['2022/23', '2022-07/2023-06'],
		]);
		expect(datesIn('The county’s new financial year begins on Monday. Tarsen spent 40 million in the 2023/24 financial year.', '2024-06-26')).toEqual([
			['on Monday', '2024-07-01'],
			['2023/24', '2023-07/2024-06'],
		]);
	});

	it('a story that names no country but counts in shillings keeps the East African year, from July', () => {
		expect(datesIn('Tarsen County spent Sh61 million in the 2018/19 financial year.', '2019-10-17')).toEqual([['2018/19', '2018-07/2019-06']]);
		expect(datesIn('Tarsen County spent 61 million in the 2018/19 financial year.', '2019-10-17')).toEqual([['2018/19', '2018/2019']]);
	});

	it('"the first quarter of the 2019/20 financial year" and "the first three quarters of the financial year" are its quarters', () => {
		expect(datesIn('Tarsen County spent Sh61 million in the first quarter of the 2019/20 financial year.', '2019-10-17')).toEqual([['in the first quarter of the 2019/20 financial year', '2019-Q3']]);
		expect(datesIn('Tarsen County collected Sh742 million in the first three quarters of the financial year.', '2024-06-26')).toEqual([['in the first three quarters of the financial year', '2023-07/2024-03']]);
	});
});

describe('a financial year named by its first month, or one the story says ended in a month', () => {
	it('"the fiscal year beginning April 1" is the twelve months from that April', () => {
		expect(datesIn('The Tarsen council approved its budget for the fiscal year beginning April 1.', '2025-03-20')).toEqual([['for the fiscal year beginning April 1', '2025-04/2026-03']]);
	});

	it('"the 2020-21 fiscal year, which ended in June 2021" is July to June', () => {
		expect(datesIn('Tarsenia exported 1.9 million tonnes in the 2020-21 fiscal year, which ended in June 2021.', '2022-05-25')).toEqual([
			['2020-21', '2020-07/2021-06'],
			['in June 2021', '2021-06'],
		]);
	});
});
