import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/index.ts';

const claimsIn = (body: string) => analyzeArticle(`${body}\n`, { date: '2025-05-14' }).claims.map((c) => [c.text, c.kind]);

describe('the writer\'s own view in the narrative', () => {
	it('is an opinion, not a claim', () => {
		expect(claimsIn('I think the new levy is a mistake for the town.')).toEqual([]);
		expect(claimsIn('We believe the council acted in good faith.')).toEqual([]);
	});

	it('leaves a factual sentence with an evaluative word a claim', () => {
		expect(claimsIn('The worst flooding in a decade killed 40 people.')).toEqual([['The worst flooding in a decade killed 40 people.', 'statistical']]);
	});
});

describe('short and unknowing sentences of the narrative', () => {
	it('a short sentence that counts something is a claim; a short one that does not is not', () => {
		expect(claimsIn('Ostvik has 4,000 residents.')).toEqual([['Ostvik has 4,000 residents.', 'statistical']]);
		expect(claimsIn('Turnout was 61%.')).toEqual([['Turnout was 61%.', 'statistical']]);
		expect(claimsIn('The mayor resigned.')).toEqual([]);
	});

	it('what is not known is no claim', () => {
		expect(claimsIn('It is unclear whether the bridge will reopen.')).toEqual([]);
		expect(claimsIn('It remains unknown how many homes were flooded.')).toEqual([]);
	});
});

describe('narrative sentences that report speech after their own verb', () => {
	it('a sentence whose main verb is an act, with a participle reporting why, is a claim', () => {
		expect(claimsIn('Governor Ilse Varga vetoed a bill on Tuesday that would have capped tax increases at 2%, saying it would force counties to cut jobs.')).toEqual([
			['Governor Ilse Varga vetoed a bill on Tuesday that would have capped tax increases at 2%, saying it would force counties to cut jobs.', 'statistical'],
		]);
		expect(claimsIn('The Tarsen Rail company has asked a labour court in Brennmoor to suspend the stoppage.')).toEqual([['The Tarsen Rail company has asked a labour court in Brennmoor to suspend the stoppage.', 'state']]);
	});

	it('a sentence whose main verb is speech, or defends something in words, is not', () => {
		expect(claimsIn('Chief executive Ada Nakamura defended the cuts in a staff message, saying the firm had to save 40 million crowns.')).toEqual([
			['the firm had to save 40 million crowns', 'statistical'],
		]);
	});
});

describe('the second half of a split quotation', () => {
	it('states its fact without the conjunction it opens with', () => {
		const claims = analyzeArticle('Tomas Brenn spoke in Tarsen. “The first years are about debt,” he said, “but we have already secured 60 percent of the financing from private lenders.”\n', { date: '2025-11-18' }).claims;
		expect(claims.map((c) => [c.text, c.attributedToName])).toEqual([
			['Tomas Brenn spoke in Tarsen.', null],
			['The first years are about debt', 'Tomas Brenn'],
			['we have already secured 60 percent of the financing from private lenders.', 'Tomas Brenn'],
		]);
	});
});

describe('a plan in a clause of its own', () => {
	it('leaves the fact of the main clause a claim', () => {
		expect(claimsIn('The Brennmoor council ordered both sides to meet a mediator, and talks are due to begin on Monday.')).toEqual([['The Brennmoor council ordered both sides to meet a mediator, and talks are due to begin on Monday.', 'event']]);
		expect(claimsIn('The bridge needs the approval of the 31-member assembly, which is due to vote on Thursday.')).toEqual([['The bridge needs the approval of the 31-member assembly, which is due to vote on Thursday.', 'statistical']]);
	});

	it('but a plan in the main clause, past a parenthetical, is no claim', () => {
		expect(claimsIn('Ilse Varga, who took over as chief executive in 2022, is due to present a new strategy next month.')).toEqual([]);
	});
});

describe('verbs the narrative states facts with', () => {
	it('irregular past forms and a plural subject with its bare verb', () => {
		expect(claimsIn('The Tarsen River burst its banks before dawn on Saturday.')).toEqual([['The Tarsen River burst its banks before dawn on Saturday.', 'event']]);
		expect(claimsIn('The Colmillo glacier shrank from 38 square kilometres to 23 square kilometres.')).toEqual([['The Colmillo glacier shrank from 38 square kilometres to 23 square kilometres.', 'statistical']]);
		expect(claimsIn('About 38,000 people ride Velcana trains on a typical weekday.')).toEqual([['About 38,000 people ride Velcana trains on a typical weekday.', 'statistical']]);
	});

	it('a verb after a pronoun is no plural noun: "It expects fourth-quarter sales to fall"', () => {
		expect(claimsIn('It expects fourth-quarter sales to fall about 5%.')).toEqual([]);
	});
});

describe('"due to"', () => {
	it('is a cause before what caused it, and a schedule after a form of "be" before a verb', () => {
		expect(claimsIn('The delay at the Tarsen quay was due to heavy rain.')).toEqual([['The delay at the Tarsen quay was due to heavy rain.', 'causal']]);
		expect(claimsIn('The Tarsen quay closed in March due to flooding.')).toEqual([['The Tarsen quay closed in March due to flooding.', 'causal']]);
	});
});

describe('quoted and reported words', () => {
	const quotedClaims = (body: string) => analyzeArticle(`${body}\n`, { date: '2025-05-14' }).claims.map((c) => [c.text, c.attributedToName]);

	it('an abbreviation\'s period ends no clause: "Ms. Varga had 44.8 percent"', () => {
		expect(quotedClaims('Ms. Varga had 44.8 percent of the vote, according to the Ostvik electoral commission.')).toEqual([['Ms. Varga had 44.8 percent of the vote', 'electoral commission']]);
	});

	it('a fragment opening with "what" and an open question with "whether" state nothing to check', () => {
		expect(quotedClaims('Ilse Varga said the study confirmed “what nurses had been reporting for years.”')).toEqual([]);
		expect(quotedClaims('“The law does not ask whether the board meant well,” Judge Ilse Varga wrote.')).toEqual([]);
	});

	it('a narrative sentence whose verb is speech in the present ("admits", "insists") is a quote, not a claim', () => {
		expect(quotedClaims('Councillor Ilse Varga admits the decision is “finely balanced”.')).toEqual([]);
	});
});

describe('short sentences and counts', () => {
	it('a short sentence that dates something or tells that no one was hurt is a claim', () => {
		expect(claimsIn('They married in 1972.')).toEqual([['They married in 1972.', 'event']]);
		expect(claimsIn('Nobody was hurt.')).toEqual([['Nobody was hurt.', 'state']]);
		expect(claimsIn('They married late.')).toEqual([]);
	});

	it('a quoted count of what happened, and a quoted amount in a currency\'s letters, are claims', () => {
		const quoted = (body: string) => analyzeArticle(`${body}\n`, { date: '2025-05-14' }).claims.map((c) => [c.text, c.attributedToName]);
		expect(quoted('“Every month, millions of people were followed from their homes,” said Ilse Varga.')).toEqual([['Every month, millions of people were followed from their homes', 'Ilse Varga']]);
		expect(quoted('“R640 million is less than Oriko made in a single quarter,” said Ilse Varga.')).toEqual([['R640 million is less than Oriko made in a single quarter', 'Ilse Varga']]);
	});
});

describe('narrative sentences that open with a time, and "added" with an object', () => {
	it('"After six months, 4.1% had developed myopia" is a claim; "If the levy rises, …" and "When the dam opens, …" are not', () => {
		expect(claimsIn('After six months, 4.1% of the children in the outdoor group had developed myopia.')).toEqual([['After six months, 4.1% of the children in the outdoor group had developed myopia.', 'statistical']]);
		expect(claimsIn('If the levy rises, 300 families will leave Brennmoor.')).toEqual([]);
		expect(claimsIn('When the dam opens, 40 villages will be moved.')).toEqual([]);
	});

	it('"added two breaks to the timetable" is something done, not speech; "added that …" still reports', () => {
		expect(claimsIn('Half of the Tarsen schools added two long outdoor breaks to the timetable.')).toEqual([['Half of the Tarsen schools added two long outdoor breaks to the timetable.', 'statistical']]);
		expect(claimsIn('The mayor added that the quay was unsafe.').map(([text]) => text)).not.toContain('The mayor added that the quay was unsafe.');
	});

	it('"cut" after a name or "the council" is a past ("Brennmoor Steel cut 300 jobs"), not the noun in "a rate cut in December"', () => {
		expect(claimsIn('Brennmoor Steel cut 300 jobs last year.')).toEqual([['Brennmoor Steel cut 300 jobs last year.', 'statistical']]);
		expect(claimsIn('The regional council cut its subsidy to the Ostvik festival by 12 percent.')).toEqual([['The regional council cut its subsidy to the Ostvik festival by 12 percent.', 'statistical']]);
		expect(claimsIn('Markets expect a rate cut in December.')).toEqual([]);
	});

	it('"was announced in July" makes a thing known, with no one speaking: a claim; "The ministry announced that …" reports', () => {
		expect(claimsIn('The bonus, worth about 0.4% of Tarsen’s output, was announced in July.')).toEqual([['The bonus, worth about 0.4% of Tarsen’s output, was announced in July.', 'statistical']]);
		expect(claimsIn('The ministry announced that 400 jobs would go.').map(([text]) => text)).not.toContain('The ministry announced that 400 jobs would go.');
	});
});

describe('claims inside what someone said', () => {
	const attributedClaims = (body: string) => analyzeArticle(`${body}\n`, { date: '2025-05-14' }).claims.map((c) => [c.text, c.attributedToName]);

	it('what an anonymous source reported is a claim attributed to no one', () => {
		expect(attributedClaims('A Western diplomat who asked not to be named said Valdessa had offered to free 600 prisoners.')).toEqual([['Valdessa had offered to free 600 prisoners', null]]);
	});

	it('a speaker\'s "we" or "our" in the present states a fact when it counts something', () => {
		expect(attributedClaims('“Our schools in the border provinces are already running two shifts a day,” said Yusuf Abdi-Varga.')).toEqual([['Our schools in the border provinces are already running two shifts a day', 'Yusuf Abdi-Varga']]);
		expect(attributedClaims('“We are ready to talk,” said Yusuf Abdi-Varga.')).toEqual([]);
	});

	it('a date opening a quoted clause is no subject, and "need" before a noun is a verb, not a modal', () => {
		expect(attributedClaims('“This morning there were more than 38,000 people in the camp,” said Amina Sato-Brenn.')).toEqual([['This morning there were more than 38,000 people in the camp', 'Amina Sato-Brenn']]);
		expect(attributedClaims('At least 260,000 people need emergency shelter, according to the Tarsen Relief Office.')).toEqual([['At least 260,000 people need emergency shelter', 'Tarsen Relief Office']]);
		expect(attributedClaims('“Families need not leave their homes,” said Amina Sato-Brenn.')).toEqual([]);
	});

	it('a date between the cue and "that" is no part of what was said', () => {
		expect(attributedClaims('The Tarsen Ministry of Health said last summer that the costs had risen by 27 percent.')).toEqual([['the costs had risen by 27 percent', 'Tarsen Ministry of Health']]);
		expect(attributedClaims('Jonas Petrescu-Laine testified in June that he had handed cash to an aide on nine occasions.')).toEqual([['he had handed cash to an aide on nine occasions', 'Jonas Petrescu-Laine']]);
	});
});

describe('a phrase with "during" between a cue and "that"', () => {
	it('is no part of the reported clause', () => {
		expect(analyzeArticle('Dana Holt said during his confirmation hearing last month that he would cut 8% from the budget.\n', { date: '2025-02-14' }).quotes.map((q) => q.text)).toEqual(['he would cut 8% from the budget']);
	});
});

describe('what someone hopes, plans or expects to do', () => {
	it('is no claim, in a reported clause or in the narrative; what was asked of someone still is', () => {
		expect(claimsIn('The Tarsen fire service said crews hoped to hold the eastern flank of 4,000 hectares by Sunday.')).toEqual([]);
		expect(claimsIn('Ilse Varga said the agency planned to offer the booster to 15-year-olds over the next five years.')).toEqual([]);
		expect(claimsIn('The Ostvik Power Cooperative expected to reach the last 300 homes by Friday.')).toEqual([]);
		expect(claimsIn('The Ostvik Power Cooperative reached the last 300 homes on Friday.')).toEqual([['The Ostvik Power Cooperative reached the last 300 homes on Friday.', 'statistical']]);
		expect(claimsIn('Ilse Varga said the council had asked the firm to find 300 more homes.')).toEqual([['the council had asked the firm to find 300 more homes', 'statistical']]);
	});
});

describe('a happening set for a day', () => {
	it('"is scheduled for next Tuesday" is a plan, no claim; "was held on Tuesday" is one', () => {
		expect(claimsIn('A public meeting on the Tarsen bridge is scheduled for next Tuesday at the library.')).toEqual([]);
		expect(claimsIn('A public meeting on the Tarsen bridge was held on Tuesday at the library.')).toEqual([['A public meeting on the Tarsen bridge was held on Tuesday at the library.', 'event']]);
	});
});

describe('a request or call made, not words reported', () => {
	it('"had asked for a 12-year term" and "called for a strategic review" are claims; "urged residents to stay indoors", "called on Tarsen to accept" and "is asked to call" are not', () => {
		expect(claimsIn('Prosecutors had asked for a 12-year prison term for the Tarsen mayor.')).toEqual([['Prosecutors had asked for a 12-year prison term for the Tarsen mayor.', 'state']]);
		expect(claimsIn('Greyheron Capital disclosed a stake in Velmo Bank in March and called for a strategic review.')).toEqual([['Greyheron Capital disclosed a stake in Velmo Bank in March and called for a strategic review.', 'event']]);
		expect(claimsIn('Ana Ruiz urged residents living near the Tarsen refinery to keep their windows closed.')).toEqual([]);
		expect(claimsIn('Ana Ruiz called on Sunday for Tarsen to accept the offer of talks.')).toEqual([]);
		expect(claimsIn('Anyone with information about the Tarsen fire is asked to call the police.')).toEqual([]);
	});
});

describe('a deed told in the first person', () => {
	it('in someone\'s own words, a deed that counts, dates or names something is a claim; one that does none of these is an anecdote', () => {
		expect(claimsIn('“I carried the small one most of the way,” said Ana Ruiz, a nurse in Tarsen.')).toEqual([]);
		expect(claimsIn('“We studied them, we photographed them,” said Ana Ruiz, a curator in Tarsen.')).toEqual([]);
		expect(claimsIn('“I have served this country for 30 years,” said Ana Ruiz, a colonel in Tarsen.')).toEqual([['I have served this country for 30 years', 'state']]);
		expect(claimsIn('“We sold the mill to Velmo Foods,” said Ana Ruiz, a farmer in Tarsen.')).toEqual([['We sold the mill to Velmo Foods', 'state']]);
		expect(claimsIn('“We closed the bridge on Monday,” said Ana Ruiz, the mayor of Tarsen.')).toEqual([['We closed the bridge on Monday', 'event']]);
	});
});

describe('a plea, an admission of a charge and an announcement of a thing', () => {
	it('"denies murder", "admitted fraud" and "announced the decision" state facts; "denied that …" and "announced on Monday that …" report speech', () => {
		expect(claimsIn('Ilse Varga, 24, of Tarsen, denies murder.')).toEqual([['Ilse Varga, 24, of Tarsen, denies murder.', 'statistical']]);
		expect(claimsIn('Ilse Varga admitted fraud by abuse of position at Tarsen Crown Court.')).toEqual([['Ilse Varga admitted fraud by abuse of position at Tarsen Crown Court.', 'state']]);
		expect(claimsIn('Ana Ruiz announced the decision at a press conference in Tarsen late on Tuesday.')).toEqual([['Ana Ruiz announced the decision at a press conference in Tarsen late on Tuesday.', 'event']]);
		expect(claimsIn('Ana Ruiz denied that the money was missing from the Tarsen fund.')).toEqual([]);
		expect(claimsIn('The Tarsen ministry announced on Monday that the bridge would close.')).toEqual([]);
	});
});

describe('clauses of quoted words joined by commas', () => {
	it('a comma before a new pronoun subject starts a clause: "We learned, we spent $600 million …, and we have not had an outage of that size since"', () => {
		expect(claimsIn('“We learned, we spent $600 million hardening that system, and we have not had an outage of that size since,” Ana Ruiz said.')).toEqual([
			['we spent $600 million hardening that system', 'statistical'],
		]);
	});
});

describe('a sentence whose only verb is in the present after its subject', () => {
	it('is a claim when it states how things are', () => {
		expect(claimsIn('The Tarsen budget freezes transfers to the 19 regions at this year’s level.')).toEqual([['The Tarsen budget freezes transfers to the 19 regions at this year’s level.', 'statistical']]);
		expect(claimsIn('The ordinance limits short-term rentals to 5% of the homes on any city block.')).toEqual([['The ordinance limits short-term rentals to 5% of the homes on any city block.', 'statistical']]);
	});

	it('is no claim when it tells a plan, a view or a timetable', () => {
		expect(claimsIn('Ostvik Markets expects a close result in the Tarsen vote.')).toEqual([]);
		expect(claimsIn('The Tarsen board meets again on Monday to approve the plan.')).toEqual([]);
		expect(claimsIn('The guidance looks deliberately cautious to most analysts.')).toEqual([]);
	});
});

describe('words that look like speech verbs but tell a deed', () => {
	it('"conceded" an election, "claimed victory", "denies 14 counts", "admitted to hospital", "added time" are claims', () => {
		expect(claimsIn('Pedersen-Ng, who has held the seat since 2012, conceded Thursday morning.')).toEqual([['Pedersen-Ng, who has held the seat since 2012, conceded Thursday morning.', 'event']]);
		expect(claimsIn('Sandoval-Idrissi claimed victory in a speech to supporters on Monday evening.')).toEqual([['Sandoval-Idrissi claimed victory in a speech to supporters on Monday evening.', 'event']]);
		expect(claimsIn('Nathan Hallam, 51, of Ferrier Road, denies 14 counts of fraud by abuse of position.')).toEqual([['Nathan Hallam, 51, of Ferrier Road, denies 14 counts of fraud by abuse of position.', 'statistical']]);
		expect(claimsIn('Of the confirmed cases, 31 patients have been admitted to hospital.')).toEqual([['Of the confirmed cases, 31 patients have been admitted to hospital.', 'statistical']]);
		expect(claimsIn('Brandt met a Pietersen cross four minutes into added time.')).toEqual([['Brandt met a Pietersen cross four minutes into added time.', 'state']]);
	});

	it('leaves "conceded that …" and "denied the allegations" to speech', () => {
		expect(claimsIn('The Tarsen mayor conceded that the bridge had been closed for a year.')).not.toContainEqual(['The Tarsen mayor conceded that the bridge had been closed for a year.', 'statistical']);
		expect(claimsIn('Motaleb Ostrander denied the allegations.')).toEqual([]);
	});
});

describe('a month called May before the verb', () => {
	it('is no modal', () => {
		expect(claimsIn('In May 2019, 47 people died when a ferry sank in the Tarsen strait.')).toEqual([['In May 2019, 47 people died when a ferry sank in the Tarsen strait.', 'statistical']]);
	});
});
