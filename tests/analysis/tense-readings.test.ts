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
			['Wednesday', '2025-05-14'],
		]);
		expect(datesIn('The board will discuss Wednesday’s vote on Thursday.')).toEqual([
			['Wednesday', '2025-05-14'],
			['on Thursday', '2025-05-15'],
		]);
	});

	it('follows the tense of its clause for another day', () => {
		expect(datesIn("The council will count the ballots after Friday's vote.")).toEqual([['after Friday', '2025-05-16']]);
		expect(datesIn("The council counted the ballots after Monday's vote.")).toEqual([['after Monday', '2025-05-12']]);
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
