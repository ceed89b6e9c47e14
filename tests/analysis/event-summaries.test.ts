import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/index.ts';

/** Every event of a one-paragraph body as [date, summary], in a story published on Sunday 10 March 2024. */
const eventsIn = (body: string) => analyzeArticle(`${body}\n`, { date: '2024-03-10' }).events.map((e) => [e.date, e.summary]);

describe('the summary of a dated event', () => {
	it('is the clause around the date, without the date', () => {
		expect(eventsIn('On Monday, the council voted to close the school.')).toEqual([['2024-03-04', 'The council voted to close the school']]);
	});

	it('for a date in a relative clause after a name or "the …", is that clause with its subject', () => {
		expect(eventsIn('Brenn, who was elected in 2019, resigned on Friday.')).toEqual([
			['2019', 'Brenn was elected'],
			['2024-03-08', 'Brenn, who was elected in 2019, resigned'],
		]);
		expect(eventsIn('The dam, which opened in 1962, is the oldest in the country.')).toEqual([['1962', 'The dam opened']]);
		// after a longer clause the whole clause stays
		expect(eventsIn('The union governs the sport in 22 countries and runs the Tarsen Cup, which drew 40 teams in 2023.')).toEqual([['2023', 'The union governs the sport in 22 countries and runs the Tarsen Cup, which drew 40 teams']]);
	});

	it('keeps a deadline\'s "until": "had until Wednesday to accept" is not "had to accept"', () => {
		expect(eventsIn('Dravek told reporters that Kestran had until Wednesday to accept the offer.')).toEqual([['2024-03-13', 'Dravek told reporters that Kestran had until Wednesday to accept the offer']]);
	});

	it('a day or a month after "since" is when a state began, and the summary does not keep the "since"; a year after it only opens a period', () => {
		expect(eventsIn('Two of the operating theatres at Tressdale Infirmary have been closed since last Tuesday because of a fault.')).toEqual([['2024-03-05', 'Two of the operating theatres at Tressdale Infirmary have been closed because of a fault']]);
		expect(eventsIn('The Tarsen ferry has run at a loss since 2008.')).toEqual([]);
	});
});

describe('a weekday in a subheading without a verb', () => {
	const body = ['The Varrow Rovers won the league on Saturday.', '## Parade on Tuesday', 'The club said an open-top bus would leave Tarsen Quay at noon on Tuesday.', ''].join('\n\n');
	const article = analyzeArticle(body, { date: '2024-03-10' });

	it('is the day the paragraph below gives it, not a past one by default', () => {
		expect(article.dates.map((d) => [d.text, d.value])).toEqual([
			['on Saturday', '2024-03-09'],
			['on Tuesday', '2024-03-12'],
			['at noon on Tuesday', '2024-03-12'],
		]);
	});

	it('gives the event the paragraph\'s summary, not the subheading\'s', () => {
		expect(article.events.map((e) => [e.date, e.summary])).toEqual([
			['2024-03-09', 'The Varrow Rovers won the league'],
			['2024-03-12', 'The club said an open-top bus would leave Tarsen Quay'],
		]);
	});
});
