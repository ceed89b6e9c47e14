import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/index.ts';

/** Every quote as [text, kind, speaker's name, cue], and every actor as [name, kind]. */
function analyse(body: string) {
	const analysis = analyzeArticle(body, { date: '2024-03-10' });
	return {
		quotes: analysis.quotes.map((q) => [q.text, q.kind, q.speakerName, q.cue]),
		actors: analysis.actors.map((a) => [a.name, a.kind]),
	};
}

describe('who speaks in the common wire patterns (invented people and places)', () => {
	it('"X of Y said": the person speaks, and Y is where they are from', () => {
		expect(analyse('Ilse Varga of Brennmoor said on Monday that the levy would rise.\n')).toEqual({
			quotes: [['the levy would rise', 'indirect', 'Ilse Varga', 'said']],
			actors: [
				['Ilse Varga', 'person'],
				['Brennmoor', 'place'],
			],
		});
		expect(analyse('Mayor Ilse Varga from Brennmoor said the quay was unsafe.\n').quotes).toEqual([['the quay was unsafe', 'indirect', 'Ilse Varga', 'said']]);
	});

	it('"X of the Organisation said": the person speaks, not the organisation', () => {
		expect(analyse('Tomas Ekwueme of the Halvard Water Board said the pipes were old.\n').quotes).toEqual([['the pipes were old', 'indirect', 'Tomas Ekwueme', 'said']]);
	});

	it('"X, a spokesperson for Y, said <clause>": the clause is reported and X speaks', () => {
		expect(analyse('Tomas Ekwueme, a spokesman for the Halvard Water Board, said the pipes were old.\n').quotes).toEqual([['the pipes were old', 'indirect', 'Tomas Ekwueme', 'said']]);
	});

	it('keeps the inverted attribution after reported speech', () => {
		expect(analyse('The pipes will be replaced by the end of the year, said Tomas Ekwueme.\n').quotes).toEqual([['The pipes will be replaced by the end of the year', 'indirect', 'Tomas Ekwueme', 'said']]);
	});

	it('a direct quote attributed to "X of Y" is the person\'s', () => {
		expect(analyse('“We will appeal,” said Ilse Varga of Brennmoor.\n').quotes).toEqual([['We will appeal,', 'direct', 'Ilse Varga', 'said']]);
	});

	it('an indefinite pronoun that opens a quote is no actor', () => {
		const result = analyse('“Nobody told us,” said Ilse Varga. “Everyone knew, and nothing was done.”\n');
		expect(result.actors).toEqual([['Ilse Varga', 'person']]);
		expect(result.quotes.map((q) => q[2])).toEqual(['Ilse Varga', 'Ilse Varga']);
	});

	it('a reported clause that opens with a number keeps it', () => {
		expect(analyse('The Halvard Water Board said 40 households had no water.\n').quotes).toEqual([['40 households had no water', 'indirect', 'Halvard Water Board', 'said']]);
	});

	it('an opening phrase before "X said <clause>" is not what X said', () => {
		expect(analyse('Speaking to reporters in Brennmoor on Tuesday, Ilse Varga said the quay would close.\n').quotes).toEqual([['the quay would close', 'indirect', 'Ilse Varga', 'said']]);
		expect(analyse('The quay will close at the end of the month, Ilse Varga told reporters on Friday.\n').quotes).toEqual([['The quay will close at the end of the month', 'indirect', 'Ilse Varga', 'told']]);
	});

	it('"Officials said" and "Police said" at the start of a sentence are groups, named as in the middle of one', () => {
		expect(analyse('Officials said the quay would close.\n')).toEqual({
			quotes: [['the quay would close', 'indirect', 'officials', 'said']],
			actors: [['officials', 'group']],
		});
		expect(analyse('Police said 17 people were arrested. At least 3 were released, police said.\n').actors).toEqual([['police', 'group']]);
		// with a name, it is an organisation
		expect(analyse('The Brennmoor Police said 3 people were arrested.\n').actors).toEqual([['Brennmoor Police', 'organization']]);
	});

	it('a word of an industry opening a sentence is no organisation: "Insurance costs rose"', () => {
		expect(analyse('Insurance costs rose sharply, the Halvard Water Board said.\n').actors).toEqual([['Halvard Water Board', 'organization']]);
		expect(analyse('Brennmoor Insurance said its costs rose.\n').actors).toEqual([['Brennmoor Insurance', 'organization']]);
	});

	it('"told <a named outlet> that": the outlet is who was told, not part of what was said', () => {
		expect(analyse('Ilse Varga told the Brennmoor Gazette that the quay would close.\n').quotes).toEqual([['the quay would close', 'indirect', 'Ilse Varga', 'told']]);
		expect(analyse('Ilse Varga told the council the quay would close.\n').quotes).toEqual([['the quay would close', 'indirect', 'Ilse Varga', 'told']]);
	});

	it('"said the union\'s leader, Tomas Ekwueme": the person named after the role speaks', () => {
		expect(analyse('“We have no choice,” said the union’s leader, Tomas Ekwueme.\n')).toEqual({
			quotes: [['We have no choice,', 'direct', 'Tomas Ekwueme', 'said']],
			actors: [['Tomas Ekwueme', 'person']],
		});
		expect(analyse('The strike will go on until the end of the month, said the union’s leader, Tomas Ekwueme.\n').quotes).toEqual([
			['The strike will go on until the end of the month', 'indirect', 'Tomas Ekwueme', 'said'],
		]);
		// a role with no name after it stays the speaker
		expect(analyse('“We have no choice,” said the ministry, which runs the dam.\n').quotes).toEqual([['We have no choice,', 'direct', 'ministry', 'said']]);
	});

	it('"a spokesman said" with no one named: the organisation named last speaks through them', () => {
		expect(analyse('The Halvard Water Board raised its prices. The board has 400 employees, a spokesman said.\n').quotes).toEqual([
			['The board has 400 employees', 'indirect', 'Halvard Water Board', 'said'],
		]);
		expect(analyse('The Halvard Water Board raised its prices.\n\n“We regret the delay,” a spokesperson said.\n').quotes).toEqual([['We regret the delay,', 'direct', 'Halvard Water Board', 'said']]);
	});

	it('an organisation named with a plural possessive stays whole: "Fishermen\'s Union", "People\'s Party"', () => {
		expect(analyse('Tomas Ekwueme, who chairs the Brennmoor Fishermen’s Union, said the closure would cost 2 million crowns.\n')).toEqual({
			quotes: [['the closure would cost 2 million crowns', 'indirect', 'Tomas Ekwueme', 'said']],
			actors: [
				['Tomas Ekwueme', 'person'],
				['Brennmoor Fishermen’s Union', 'organization'],
			],
		});
		expect(analyse('The Tarsenian People’s Party won 40 of the 120 seats.\n').actors).toEqual([['Tarsenian People’s Party', 'organization']]);
	});

	it('"…,” X said, adding that <clause>": the clause is reported speech of X too', () => {
		expect(analyse('“We owe it to the families,” Amira Selk said, adding that 12 nurses had been hired.\n').quotes).toEqual([
			['We owe it to the families,', 'direct', 'Amira Selk', 'said'],
			['12 nurses had been hired', 'indirect', 'Amira Selk', 'adding'],
		]);
	});

	it('"…,” X said, adding that <clause>" when the quotation names a thing first: X speaks, with the channel of the attribution', () => {
		expect(analyse('“The pipes are old,” Halvard Brenn said, adding that repairs would take weeks.\n').quotes).toEqual([
			['The pipes are old,', 'direct', 'Halvard Brenn', 'said'],
			['repairs would take weeks', 'indirect', 'Halvard Brenn', 'adding'],
		]);
		expect(analyse('“The pipes are old,” said Halvard Brenn, adding that repairs would take weeks.\n').quotes[1]).toEqual(['repairs would take weeks', 'indirect', 'Halvard Brenn', 'adding']);
		const posted = analyzeArticle('“There is no plan B,” Marit Solberg wrote on X late on Saturday, adding that talks would resume in the coming days.\n', { date: '2024-03-10' }).quotes;
		expect(posted.map((q) => [q.text, q.speakerName, q.cue, q.channel])).toEqual([
			['There is no plan B,', 'Marit Solberg', 'wrote', 'X'],
			['talks would resume in the coming days', 'Marit Solberg', 'adding', 'X'],
		]);
	});

	it('"X denied the allegations": a thing denied is no reported speech; "denied (that) he had …" is', () => {
		expect(analyse('Halvard Brenn denied the allegations.\n').quotes).toEqual([]);
		expect(analyse('Halvard Brenn denies any wrongdoing, saying the contract was approved by parliament.\n').quotes).toEqual([['the contract was approved by parliament', 'indirect', 'Halvard Brenn', 'saying']]);
		expect(analyse('Halvard Brenn denied he had taken money.\n').quotes).toEqual([['he had taken money', 'indirect', 'Halvard Brenn', 'denied']]);
	});

	it('"a police spokesman said", with no organisation named: the group the spokesperson speaks for', () => {
		expect(analyse('Police arrested 14 people in Ostvik on Friday, a police spokesman said.\n').quotes).toEqual([['Police arrested 14 people in Ostvik on Friday', 'indirect', 'police', 'said']]);
		expect(analyse('A ministry spokeswoman said the bridge would close for a month.\n').quotes).toEqual([['the bridge would close for a month', 'indirect', 'ministry', 'said']]);
		// an organisation named before: "a company spokesman" speaks for it
		expect(analyse('The Ostvik Port Authority raised fees by 4%. The rise was modest, a company spokesman said.\n').quotes).toEqual([['The rise was modest', 'indirect', 'Ostvik Port Authority', 'said']]);
	});

	it('a number with a comma in a parenthetical does not end the subject: "The company, which employs 3,200 people, said …"', () => {
		expect(analyse('Brennmoor Steel, which employs 3,200 people, said it would cut jobs.\n').quotes).toEqual([['it would cut jobs', 'indirect', 'Brennmoor Steel', 'said']]);
	});

	it('"reported a loss", "confirmed the deal": a thing, not reported speech; with a clause it is', () => {
		expect(analyse('Brennmoor Steel, which has 3,200 workers, reported a loss.\n').quotes).toEqual([]);
		expect(analyse('The ministry confirmed the deal.\n').quotes).toEqual([]);
		expect(analyse('The ministry confirmed 12 people were killed.\n').quotes).toEqual([['12 people were killed', 'indirect', 'ministry', 'confirmed']]);
		expect(analyse('Prices rose 4% in March, reported the Ostvik Herald.\n').quotes).toEqual([['Prices rose 4% in March', 'indirect', 'Ostvik Herald', 'reported']]);
	});

	it('"Brenn, 54, …", "Randers, who …": a single name with an age or a "who" after it is a person', () => {
		expect(analyse('Brenn, 54, denied that he had taken money.\n')).toEqual({
			quotes: [['he had taken money', 'indirect', 'Brenn', 'denied']],
			actors: [['Brenn', 'person']],
		});
		expect(analyse('Randers, who took office in January, said she would appeal.\n')).toEqual({
			quotes: [['she would appeal', 'indirect', 'Randers', 'said']],
			actors: [['Randers', 'person']],
		});
		expect(analyse('In Ostvik, 12, 14 and 16 were hurt.\n').actors).toEqual([['Ostvik', 'place']]);
	});

	it('"According to the ministry’s figures, 300 homes were flooded": the clause keeps its number, and the ministry speaks', () => {
		expect(analyse('According to the ministry’s figures, 300 homes were flooded.\n').quotes).toEqual([['300 homes were flooded', 'indirect', 'ministry', 'according to']]);
		expect(analyse('According to police, 12 people were hurt.\n').quotes).toEqual([['12 people were hurt', 'indirect', 'police', 'according to']]);
	});

	it('a name described as a business ("X, a South Korean maker of …", "X, the country\'s largest airline", "X, which …") is an organisation; a person described by a job is not', () => {
		expect(analyse('Byeolbit Varo, a Tarsenian maker of memory controllers, said on Tuesday it would cut jobs.\n').actors).toEqual([['Byeolbit Varo', 'organization']]);
		expect(analyse('Tarsen Air, the country’s largest airline, cancelled 40 flights.\n').actors).toEqual([['Tarsen Air', 'organization']]);
		expect(analyse('Kvell Foods, which employs 900 people, said it would close.\n').actors).toEqual([['Kvell Foods', 'organization']]);
		expect(analyse('Lena Varga, the head of a charity, said the fund was empty.\n').actors).toEqual([['Lena Varga', 'person']]);
		expect(analyse('Lena Varga, a former bank manager, said rates would rise.\n').actors).toEqual([['Lena Varga', 'person']]);
		// named before it is described: the one actor is the organisation
		expect(analyse('The ferry was operated by Halvik Marine Lines.\n\nRegulators suspended the licence of Halvik Marine Lines, which runs 42 vessels.\n').actors).toEqual([['Halvik Marine Lines', 'organization']]);
	});

	it('"Ostvik-based Harrow Logistics": the compound describes the name and is not part of it', () => {
		expect(analyse('Ostvik-based Harrow Logistics said it would hire 200 drivers.\n').actors).toEqual([['Harrow Logistics', 'organization']]);
	});

	it('"the minister said" after "Interior Minister Halvard Brenn": the person of that role, not a group', () => {
		expect(analyse('Interior Minister Halvard Brenn visited Ostvik on Tuesday.\n\n“We will not leave,” the minister said.\n').quotes).toEqual([['We will not leave,', 'direct', 'Halvard Brenn', 'said']]);
		expect(analyse('Mayor Tove Randers spoke first. The mayor said the town was calm.\n').quotes).toEqual([['the town was calm', 'indirect', 'Tove Randers', 'said']]);
		// with no one of that role named, the role is a group
		expect(analyse('“We will not leave,” the minister said.\n').quotes).toEqual([['We will not leave,', 'direct', 'minister', 'said']]);
	});

	it('"Brenn rejected the criticism. “…,” he said.": a person opening a sentence of the paragraph, named after the last speaker, is the one who speaks', () => {
		const body = 'Interior Minister Halvard Brenn and opposition leader Marit Solberg clashed on Tuesday.\n\n“This government has failed,” Solberg said.\n\nBrenn rejected the criticism. “We have doubled the budget,” he said.\n\nHe added that the army would stay in Ostvik.\n';
		expect(analyse(body).quotes).toEqual([
			['This government has failed,', 'direct', 'Marit Solberg', 'said'],
			['We have doubled the budget,', 'direct', 'Halvard Brenn', 'said'],
			['the army would stay in Ostvik', 'indirect', 'Halvard Brenn', 'added'],
		]);
		// a person named inside the quotation is not its speaker
		expect(analyse('“This government has failed,” Solberg said.\n\n“Brenn has doubled nothing,” she said.\n').quotes.map((q) => q[2])).toEqual(['Solberg', 'Solberg']);
	});

	it('"Tarrow Harbour", "Ostvik Creek": a name ending in a word for a place is a place, one opening with it need not be', () => {
		expect(analyse('Tarrow Harbour lies at the mouth of a tidal river.\n').actors).toEqual([['Tarrow Harbour', 'place']]);
		expect(analyse('The Harbour Workers’ Federation called a strike.\n').actors).toEqual([['Harbour Workers’ Federation', 'organization']]);
	});

	it('"Critics say", "Protesters said": groups of people, not persons named Critics', () => {
		expect(analyse('Critics say the plan is a mistake.\n')).toEqual({ quotes: [['the plan is a mistake', 'indirect', 'critics', 'say']], actors: [['critics', 'group']] });
		expect(analyse('Protesters said they would return on Monday.\n').actors).toEqual([['protesters', 'group']]);
		// with a name, an organisation
		expect(analyse('The Critics Circle said the award would go ahead.\n').actors).toEqual([['Critics Circle', 'organization']]);
	});

	it('"said in a televised address that …": the clause starts after the "that", past a longer adverbial', () => {
		expect(analyse('Halvard Brenn, the interior minister, said in a televised address that the army would be deployed.\n').quotes).toEqual([['the army would be deployed', 'indirect', 'Halvard Brenn', 'said']]);
		expect(analyse('The ministry said in the first quarter that costs had risen by 14 percent.\n').quotes).toEqual([['costs had risen by 14 percent', 'indirect', 'ministry', 'said']]);
		expect(analyse('Halvard Brenn said in a statement the army would be deployed.\n').quotes).toEqual([['the army would be deployed', 'indirect', 'Halvard Brenn', 'said']]);
		expect(analyse('Halvard Brenn said in an interview with the Ostvik Herald that he would resign.\n').quotes).toEqual([['he would resign', 'indirect', 'Halvard Brenn', 'said']]);
		// a "that" inside the reported clause is not the one that opens it
		expect(analyse('Halvard Brenn said in a statement the report that was leaked is false.\n').quotes).toEqual([['the report that was leaked is false', 'indirect', 'Halvard Brenn', 'said']]);
	});

	it('"told a press briefing that …", "told a news conference in Ostvik that …": the clause starts after the "that"', () => {
		expect(analyse('Halvard Brenn told a press briefing that the army would respond.\n').quotes).toEqual([['the army would respond', 'indirect', 'Halvard Brenn', 'told']]);
		expect(analyse('Halvard Brenn told a news conference in Ostvik that the army would respond.\n').quotes).toEqual([['the army would respond', 'indirect', 'Halvard Brenn', 'told']]);
		expect(analyse('Halvard Brenn told a reporter the army would respond.\n').quotes).toEqual([['the army would respond', 'indirect', 'Halvard Brenn', 'told']]);
	});

	it('"Dorr\'s office said": the person the office speaks for', () => {
		expect(analyse('Emeka Dorr called for calm. Dorr’s office said he would visit the port on Friday.\n').quotes).toEqual([['he would visit the port on Friday', 'indirect', 'Emeka Dorr', 'said']]);
	});

	it('a role noun inside an organisation\'s name does not split it: "Brennmoor General Hospital"', () => {
		expect(analyse('Amira Selk, a doctor at Brennmoor General Hospital, said most patients had recovered.\n').actors).toEqual([
			['Amira Selk', 'person'],
			['Brennmoor General Hospital', 'organization'],
		]);
		expect(analyse('Attorney General Ilse Varga said the case was closed.\n').actors).toEqual([['Ilse Varga', 'person']]);
	});

	it('short reported speech before its attribution, when it has a verb', () => {
		expect(analyse('Prices rose, officials said.\n').quotes).toEqual([['Prices rose', 'indirect', 'officials', 'said']]);
		expect(analyse('The quay is safe, Ilse Varga insisted.\n').quotes).toEqual([['The quay is safe', 'indirect', 'Ilse Varga', 'insisted']]);
		// an opening phrase with no verb is no speech
		expect(analyse('Last year, the mayor said, the road was closed.\n').quotes).toEqual([]);
	});

	it('"In Brennmoor, the mayor said …": the subject follows the opening phrase', () => {
		expect(analyse('In Brennmoor, the mayor said on Friday that the road was closed.\n').quotes).toEqual([['the road was closed', 'indirect', 'mayor', 'said']]);
	});

	it('"according to its annual report": the organisation the sentence names', () => {
		expect(analyse('Last year, the Halvard Water Board spent 4.2 million crowns on repairs, according to its annual report.\n').quotes).toEqual([
			['Last year, the Halvard Water Board spent 4.2 million crowns on repairs', 'indirect', 'Halvard Water Board', 'according to'],
		]);
	});

	it('reported speech keeps its channel: "wrote on Telegram that", "In a post on Facebook, X wrote that"', () => {
		const channels = (body: string) => analyzeArticle(body, { date: '2025-05-14' }).quotes.map((q) => [q.text, q.cue, q.channel]);
		expect(channels('Ilse Varga wrote on Telegram that the quay was safe.\n')).toEqual([['the quay was safe', 'wrote', 'Telegram']]);
		expect(channels('In a post on Facebook, Ilse Varga wrote that the quay was safe.\n')).toEqual([['the quay was safe', 'wrote', 'Facebook']]);
		// a platform inside what was said is no channel
		expect(channels('Ilse Varga said the post on Facebook was fake.\n')).toEqual([['the post on Facebook was fake', 'said', null]]);
	});

	it('an unnamed official or source speaks as a group named by its noun, what describes it left out', () => {
		expect(analyse('A source familiar with the talks said the two sides were close to a deal.\n').quotes).toEqual([['the two sides were close to a deal', 'indirect', 'source', 'said']]);
		expect(analyse('The two sides were close to a deal, a source familiar with the talks said.\n').quotes).toEqual([['The two sides were close to a deal', 'indirect', 'source', 'said']]);
		expect(analyse('People familiar with the matter said the Halvard board would meet on Friday.\n').quotes).toEqual([['the Halvard board would meet on Friday', 'indirect', 'people', 'said']]);
		expect(analyse('Two people briefed on the talks said a deal was near.\n').quotes).toEqual([['a deal was near', 'indirect', 'people', 'said']]);
		// before: no speaker and no cue, as if the quotation continued an earlier one
		expect(analyse('“We are close,” said one official, who asked not to be named.\n')).toEqual({ quotes: [['We are close,', 'direct', 'official', 'said']], actors: [['official', 'group']] });
		expect(analyse('An official said the bridge would reopen in June.\n').quotes).toEqual([['the bridge would reopen in June', 'indirect', 'official', 'said']]);
	});

	it('a named organisation before "officials familiar with" still speaks, and "official" as an adjective is no one', () => {
		expect(analyse('Halvard Water Board officials familiar with the plan said it would cost more.\n').quotes).toEqual([['it would cost more', 'indirect', 'Halvard Water Board', 'said']]);
		expect(analyse('Official figures said nothing about the bridge.\n').quotes).toEqual([]);
	});

	it('"said profits fell": a plural noun and its past verb open the reported clause', () => {
		expect(analyse('Ilse Varga said prices rose 4 percent in March.\n').quotes).toEqual([['prices rose 4 percent in March', 'indirect', 'Ilse Varga', 'said']]);
		expect(analyse('Residents said floodwaters reached the second floor.\n').quotes).toEqual([['floodwaters reached the second floor', 'indirect', 'residents', 'said']]);
		// no clause: a word said, not reported speech
		expect(analyse('Ilse Varga said thanks and left.\n').quotes).toEqual([]);
	});

	it('a surname after an honorific is a person, whatever follows it', () => {
		expect(analyse('Ms. Varga declined to comment.\n').actors).toEqual([['Varga', 'person']]);
		expect(analyse('Dr Okafor declined to comment.\n').actors).toEqual([['Okafor', 'person']]);
		expect(analyse('The mayor, Mrs. Brenn, left early.\n').actors).toEqual([['Brenn', 'person']]);
	});

	it('a name placed by "X-based" or "X-listed" with no role is a business; with a role, a person', () => {
		expect(analyse('Brennmoor-based Halvard Mills said profits fell.\n')).toEqual({ quotes: [['profits fell', 'indirect', 'Halvard Mills', 'said']], actors: [['Halvard Mills', 'organization']] });
		expect(analyse('Ostvik-based lawyer Ada Nakamura said the case was weak.\n').actors).toEqual([['Ada Nakamura', 'person']]);
		expect(analyse('Tarsen-born Ada Nakamura won the race.\n').actors).toEqual([['Ada Nakamura', 'person']]);
	});

	it('a dateline: the city in capitals, of one word or more, and the outlet in parentheses, an organisation every time it is named', () => {
		expect(analyse('BUENOS AIRES, Oct 8 (Velmar Newswire) - Prices rose. Ada Brenn told Velmar Newswire that talks had stalled.\n').actors).toEqual([
			['Argentina', 'place'],
			['Velmar Newswire', 'organization'],
			['Ada Brenn', 'person'],
		]);
	});

	it('"Santa Irene province" is the place Santa Irene; "the central Velmaran province of Kalinaw" is Kalinaw', () => {
		const found = analyzeArticle('Floods hit Tarsen province on Friday. The Tarsen governor visited the central Velmaran province of Kalinaw.\n', { date: '2024-03-10' }).actors;
		expect(found.map((a) => [a.name, a.kind, a.aliases])).toEqual([
			['Tarsen province', 'place', ['Tarsen']],
			['Kalinaw', 'place', []],
		]);
	});

	it('"…, the ministry said, warning that …": the participle after a trailing attribution is the same speaker', () => {
		expect(analyse('An outbreak in Velmar has killed 19 people, the Tarsen Health Board said on Wednesday, warning that cases were still rising.\n').quotes).toEqual([
			['An outbreak in Velmar has killed 19 people', 'indirect', 'Tarsen Health Board', 'said'],
			['cases were still rising', 'indirect', 'Tarsen Health Board', 'warning'],
		]);
	});

	it('reported speech ends before a second cue ("…, and predicted …"), and a long subject before its verb still opens it', () => {
		expect(analyse('Ilse Varga said that the union would call off the strike only once a deal was signed, and predicted the company would give way.\n').quotes).toEqual([
			['the union would call off the strike only once a deal was signed', 'indirect', 'Ilse Varga', 'said'],
			['the company would give way', 'indirect', 'Ilse Varga', 'predicted'],
		]);
		expect(analyse('The Halvard Water Board said damage to roads, bridges and farmland had reached 2.3 billion crowns.\n').quotes).toEqual([['damage to roads, bridges and farmland had reached 2.3 billion crowns', 'indirect', 'Halvard Water Board', 'said']]);
		expect(analyse('The Halvard Water Board said two days later that the costs had risen.\n').quotes).toEqual([['the costs had risen', 'indirect', 'Halvard Water Board', 'said']]);
	});

	it('a cue inside a relative clause speaks for what comes before it, and its clause ends where the main verb comes back', () => {
		expect(analyse('The Halvard weather bureau, which had warned last week that Velmar faced heavy rain, said a storm could form.\n').quotes).toEqual([
			['Velmar faced heavy rain', 'indirect', 'weather bureau', 'warned'],
			['a storm could form', 'indirect', 'weather bureau', 'said'],
		]);
	});

	it('"testified that" reports speech; "declared a state of emergency" and "its annual state subsidy" do not', () => {
		expect(analyse('Former contractor Tomas Brenn testified that he had delivered cash on 11 occasions.\n').quotes).toEqual([['he had delivered cash on 11 occasions', 'indirect', 'Tomas Brenn', 'testified']]);
		expect(analyse('Governor Ilse Varga declared a state of calamity on Sunday, releasing funds, and asked for more boats.\n').quotes).toEqual([]);
		expect(analyse('Brennmoor suggested that the union could lose its annual state subsidy of 400,000 crowns if the accounts were not published.\n').quotes).toEqual([
			['the union could lose its annual state subsidy of 400,000 crowns if the accounts were not published', 'indirect', 'Brennmoor', 'suggested'],
		]);
	});

	it('the second half of a split quotation has the speaker and the cue of the first, and a nickname in quotation marks is part of a name', () => {
		expect(analyse('“We respect the court,” said Tomas Brenn, a lawyer for Varga, “but this verdict rests on one witness.”\n').quotes).toEqual([
			['We respect the court,', 'direct', 'Tomas Brenn', 'said'],
			['but this verdict rests on one witness.', 'direct', 'Tomas Brenn', 'said'],
		]);
		expect(analyse('Mayor Jose Antonio ‘Tonton’ Villafuerte said the wall had failed.\n')).toEqual({
			quotes: [['the wall had failed', 'indirect', 'Jose Antonio ‘Tonton’ Villafuerte', 'said']],
			actors: [['Jose Antonio ‘Tonton’ Villafuerte', 'person']],
		});
	});

	it('"according to ministry figures" is the ministry the story named, and a group when it named none', () => {
		expect(analyse('The Tarsen Ministry of Health said on Monday that cases rose. Half of the cases were in Lusenje, according to ministry figures.\n').quotes).toEqual([
			['cases rose', 'indirect', 'Tarsen Ministry of Health', 'said'],
			['Half of the cases were in Lusenje', 'indirect', 'Tarsen Ministry of Health', 'according to'],
		]);
		expect(analyse('Half of the cases were in Lusenje, according to police figures.\n').quotes).toEqual([['Half of the cases were in Lusenje', 'indirect', 'police', 'according to']]);
	});

	it('a name in apposition to a word for a town is a place: "the provincial capital, Valdemora"', () => {
		expect(analyse('The verdict was read in the provincial capital, Valdemora.\n').actors).toEqual([['Valdemora', 'place']]);
	});

	it('"She said …" and "her office said" with no speaker before: the person named last', () => {
		expect(analyse('Ilse Varga signed the bill. She said the law would take effect in June.\n').quotes).toEqual([['the law would take effect in June', 'indirect', 'Ilse Varga', 'said']]);
		expect(analyse('Ilse Varga signed the bill. Her office said the law would take effect in June.\n').quotes).toEqual([['the law would take effect in June', 'indirect', 'Ilse Varga', 'said']]);
		expect(analyse('Ilse Varga signed the bill. “It is done,” her spokesman said.\n').quotes).toEqual([['It is done,', 'direct', 'Ilse Varga', 'said']]);
		expect(analyse('The levy takes effect Jan. 1, a spokesperson said.\n').quotes).toEqual([['The levy takes effect Jan. 1', 'indirect', 'spokesperson', 'said']]);
	});

	it('a quotation ending its sentence with a full stop is attributed in its own sentence, and the next sentence reports on its own', () => {
		expect(analyse('Tomas Brenn wrote on X that the governor had “sided with county bureaucrats.” He also argued the veto came too late.\n').quotes).toEqual([
			['sided with county bureaucrats.', 'direct', 'Tomas Brenn', 'wrote'],
			['the veto came too late', 'indirect', 'Tomas Brenn', 'argued'],
		]);
	});

	it('the person before an appositive speaks ("Ada Nakamura, an analyst at Calloway Securities, said"), and "and that" opens a second clause of the same cue', () => {
		expect(analyse('“Plants ran at 70% of capacity,” Ada Nakamura, an analyst at Calloway Securities, said in a note to clients.\n').quotes).toEqual([['Plants ran at 70% of capacity,', 'direct', 'Ada Nakamura', 'said']]);
		expect(analyse('Tomas Brenn told analysts that orders had fallen for three quarters and that retailers were cautious.\n').quotes).toEqual([
			['orders had fallen for three quarters', 'indirect', 'Tomas Brenn', 'told'],
			['retailers were cautious', 'indirect', 'Tomas Brenn', 'told'],
		]);
	});

	it('a trailing attribution ends where a clause of its own begins, and the dateline is not part of what was said', () => {
		expect(analyse('STELLWATER (Velmar Wire) — Halvard Appliance Co. will close its plant, the company said Tuesday as it reported a loss.\n').quotes).toEqual([['Halvard Appliance Co. will close its plant', 'indirect', 'Halvard Appliance Co', 'said']]);
	});

	it('"the company" is the business named last, and "it said" an organisation before a place', () => {
		expect(analyse('The Harbour Workers\' Union met Halvard Holdings on Monday. The company said talks had stalled.\n').quotes).toEqual([['talks had stalled', 'indirect', 'Halvard Holdings', 'said']]);
		expect(analyse('Tarsen Steel will close its plant in Brennmoor, it said on Thursday.\n').quotes).toEqual([['Tarsen Steel will close its plant in Brennmoor', 'indirect', 'Tarsen Steel', 'said']]);
	});

	it('"Directorate of …" is an organisation, "the Colmillo glacier" a place, and "Whether" opens no name', () => {
		expect(analyse('The Velmar Directorate of Inland Waters (DIW) said the level fell.\n').actors).toEqual([['Velmar Directorate of Inland Waters', 'organization']]);
		expect(analyse('The Colmillo glacier shrank. Whether Lake Tarsen recovers is unclear.\n').actors).toEqual([
			['Colmillo glacier', 'place'],
			['Lake Tarsen', 'place'],
		]);
	});

	it('a dateline\'s unknown place in capitals is a place, and an abbreviated title inside a name run splits role from name', () => {
		const found = analyzeArticle('STELLWATER, Kinross (Velmar Wire) — Kinross Gov. Ada Brenn vetoed the bill.\n', { date: '2025-04-09' }).actors;
		expect(found.map((a) => [a.name, a.kind, a.aliases, a.roles])).toEqual([
			['Stellwater', 'place', ['STELLWATER'], []],
			['Kinross', 'place', [], []],
			['Velmar Wire', 'organization', [], []],
			['Ada Brenn', 'person', [], ['Kinross Gov.']],
		]);
	});

	it('a number inside a name run belongs to the role before the name ("Local 212 President"), and a year opening a sentence does not', () => {
		const found = analyzeArticle('Velmar Local 212 President Ada Brenn said the plant was profitable. In 2019 Tomas Ekwueme left.\n', { date: '2025-04-09' }).actors;
		expect(found.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles])).toEqual([
			['Ada Brenn', ['Velmar Local 212 President']],
			['Tomas Ekwueme', []],
		]);
	});

	it('"do" joins a name as "da" and "dos" do, and a stadium is a place: "Estádio do Lameiro"', () => {
		expect(analyse('The club will leave the Estádio do Lameiro next year.\n').actors).toEqual([['Estádio do Lameiro', 'place']]);
	});

	it('people described by where they are speak, not the place: "Residents of Brennmoor said", "traders in the valley say"', () => {
		const found = analyse('Residents of Brennmoor said the water was gone. Fishermen along the Tarsen coast said catches had fallen by half.\n');
		expect(found.quotes).toEqual([
			['the water was gone', 'indirect', 'residents', 'said'],
			['catches had fallen by half', 'indirect', 'fishermen', 'said'],
		]);
		// an organisation after the preposition still speaks: its officials speak for it
		expect(analyse('Officials at the Halvard Water Board said the pumps had failed.\n').quotes).toEqual([['the pumps had failed', 'indirect', 'Halvard Water Board', 'said']]);
	});

	it('a present cue after a placed plural subject reports a clause in the present: "Traders in the valley say losses run …"', () => {
		const analysis = analyzeArticle('Traders in the Kelsa valley say losses run into millions of crowns a week.\n', { date: '2024-03-10' });
		expect(analysis.quotes.map((q) => [q.text, q.speakerName, q.cue])).toEqual([['losses run into millions of crowns a week', 'traders', 'say']]);
		expect(analysis.claims.map((c) => [c.text, c.attributedToName, c.kind])).toEqual([['losses run into millions of crowns a week', 'traders', 'statistical']]);
		// a noun phrase after "say" is no clause: "sales figures" has no verb of its own
		expect(analyse('Analysts say sales figures matter.\n').quotes).toEqual([]);
	});

	it('"told reporters the pumps had failed “…” and that …": the partial quotation is direct, the clause after it reported', () => {
		expect(analyse('A spokesman for the Halvard Water Board told reporters the pumps had failed “on a grand scale” and that the engineers had left on Monday.\n').quotes).toEqual([
			['on a grand scale', 'direct', 'Halvard Water Board', 'told'],
			['the engineers had left on Monday', 'indirect', 'Halvard Water Board', 'told'],
		]);
	});

	it('a subject with a relative clause before a present cue speaks, and the clause after the cue is what was said', () => {
		expect(analyse('Ada Brenn, who taught at the Ostvik school for 32 years, says the pool shaped the town.\n').quotes).toEqual([['the pool shaped the town', 'indirect', 'Ada Brenn', 'says']]);
	});

	it('a lido is a place, so "she says" before any speaker is the woman the story opened with', () => {
		const found = analyse('Ada Brenn is knee-deep in the drained basin of the Tarsen Lido.\n\n“People think we are mad,” she says.\n');
		expect(found.actors).toEqual([
			['Ada Brenn', 'person'],
			['Tarsen Lido', 'place'],
		]);
		expect(found.quotes).toEqual([['People think we are mad,', 'direct', 'Ada Brenn', 'says']]);
	});

	it('a person named by one name ("gave only her first name, Lina") speaks, and "she said" after is hers', () => {
		const found = analyse('Police spokeswoman Ilse Varga said the road was shut. A resident who gave only her first name, Lina, said her house was gone. “We heard a noise like a train,” she said.\n');
		expect(found.quotes.slice(1)).toEqual([
			['her house was gone', 'indirect', 'Lina', 'said'],
			['We heard a noise like a train,', 'direct', 'Lina', 'said'],
		]);
	});

	it('names of organisations: partners joined by "&", "and" after "for", and "the Ostvik town council" names the town', () => {
		expect(analyse('Analysts at Kessling & Moor said the shares were cheap.\n').actors).toEqual([['Kessling & Moor', 'organization']]);
		expect(analyse('The Tarsen Party for Unity and Renewal (TPUR) won the vote.\n').actors).toEqual([['Tarsen Party for Unity and Renewal', 'organization']]);
		expect(analyzeArticle('The Ostvik town council met in Ostvik on Monday.\n', { date: '2024-03-10' }).actors.map((a) => [a.name, a.kind, a.aliases])).toEqual([['Ostvik town', 'place', ['Ostvik']]]);
	});

	it('"said" before a noun phrase and its past verb reports a clause: "said parcel volumes in Germany, its largest market, fell"', () => {
		expect(analyse('Ilse Varga said parcel volumes in Brennmoor, the largest market, fell 9 percent.\n').quotes).toEqual([['parcel volumes in Brennmoor, the largest market, fell 9 percent', 'indirect', 'Ilse Varga', 'said']]);
	});

	it('"according to a regulatory filing": a document speaks for no one named, and what it says is still reported', () => {
		expect(analyse('Harrow Capital raised its stake in Tarsen Freight to 7.2 percent, according to a regulatory filing.\n').quotes).toEqual([['Harrow Capital raised its stake in Tarsen Freight to 7.2 percent', 'indirect', null, 'according to']]);
	});

	it('"wrote on X on Thursday that": the platform and a day before the clause', () => {
		expect(analyse('Ilse Varga wrote on X on Thursday that the talks had failed.\n').quotes).toEqual([['the talks had failed', 'indirect', 'Ilse Varga', 'wrote']]);
	});

	it('a trailing attribution by an organisation with a long name and its acronym in brackets', () => {
		expect(analyse('A mudslide swept through the town of Ostvik late on Tuesday, killing at least 19 people and burying dozens of homes, the Directorate of Civil Protection and Rescue (DCPR) said early Wednesday.\n').quotes).toEqual([
			['A mudslide swept through the town of Ostvik late on Tuesday, killing at least 19 people and burying dozens of homes', 'indirect', 'Directorate of Civil Protection and Rescue', 'said'],
		]);
	});

	it('a bare organisation word before a role is part of the role ("Council chair Mei Al-Masri"), not an organisation of its own', () => {
		expect(analyse('Council chair Mei Al-Masri said the strike was over. Ministry spokesman Ilse Varga said the pipes were old.\n').actors).toEqual([
			['Mei Al-Masri', 'person'],
			['Ilse Varga', 'person'],
		]);
	});

	it('a business\'s first word stands for it ("Oriko said" after "Oriko Technologies"), and an amount after a name is not part of it', () => {
		const found = analyzeArticle('The regulator fined Oriko Technologies R640 million on Tuesday.\n\nOriko said in a statement that it would appeal. “We disagree with the findings,” the statement said.\n', { date: '2025-10-15' });
		expect(found.actors.map((a) => [a.name, a.kind, a.aliases])).toEqual([['Oriko Technologies', 'organization', ['Oriko']]]);
		expect(found.quotes.map((q) => [q.text, q.speakerName, q.cue])).toEqual([
			['it would appeal', 'Oriko Technologies', 'said'],
			['We disagree with the findings,', 'Oriko Technologies', 'said'],
		]);
	});

	it('"chanting “…”": a chant is the words of the sentence\'s subject, a group described by a participle', () => {
		expect(analyse('Protesters carrying empty buckets walked to the offices, chanting “Water for Rhouda, not for the hotels!”\n').quotes).toEqual([['Water for Rhouda, not for the hotels!', 'direct', 'protesters', 'chanting']]);
	});

	it('"told reporters in Chitapa, the provincial capital, on Tuesday that …": an appositive inside the phrase before "that"', () => {
		expect(analyse('Minister Tomas Ekwueme told reporters in Chitapa, the provincial capital, on Tuesday that the plant would open by mid-2027.\n').quotes).toEqual([['the plant would open by mid-2027', 'indirect', 'Tomas Ekwueme', 'told']]);
	});

	it('a title in quotation marks after "known as the" is no quote and no one', () => {
		const found = analyse('In 1968 Ada Brenn published what became known as the “Tolvara Catalogue.”\n');
		expect(found.quotes).toEqual([]);
		expect(found.actors).toEqual([['Ada Brenn', 'person']]);
	});

	it('"her" after a man\'s name is someone else\'s, so "He denied" after "X said her catalogue …" is still X', () => {
		expect(analyse('In 1968 Ada Brenn published a catalogue. Tomas Ekwueme said her catalogue was still cited. He denied that it was obsolete.\n').quotes).toEqual([
			['her catalogue was still cited', 'indirect', 'Tomas Ekwueme', 'said'],
			['it was obsolete', 'indirect', 'Tomas Ekwueme', 'denied'],
		]);
	});

	it('the dateline\'s agency is not the subject of a participle in the first sentence', () => {
		const found = analyzeArticle('OSTVIK, Oct 15 (Highveld Wire) — The Tarsen Platforms Authority on Tuesday fined Harrow Freight, saying the company had shared location data.\n', { date: '2025-10-15' });
		expect(found.quotes.map((q) => [q.text, q.speakerName, q.cue])).toEqual([['the company had shared location data', 'Tarsen Platforms Authority', 'saying']]);
	});

	it('"according to" a report or poll described by a participle: a document, unless it names who published it', () => {
		expect(analyse('Eleven of 15 analysts had forecast a smaller cut, according to a poll of economists taken last week.\n').quotes).toEqual([['Eleven of 15 analysts had forecast a smaller cut', 'indirect', null, 'according to']]);
		expect(analyse('OSTVIK, June 11 (Tarsen Wire) - Lake Vell lost 21 percent of its volume, according to a study published on Wednesday by the Andean Water Institute.\n').quotes).toEqual([
			['Lake Vell lost 21 percent of its volume', 'indirect', 'Andean Water Institute', 'according to'],
		]);
	});

	it('a trailing attribution with prepositional phrases after the verb: "…, the board said in a final report in April"', () => {
		expect(analyse('Its driver had been on duty for nearly 16 hours the day before, the Tarsen Safety Board said in a final report in April.\n').quotes).toEqual([
			['Its driver had been on duty for nearly 16 hours the day before', 'indirect', 'Tarsen Safety Board', 'said'],
		]);
	});

	it('a quotation opening a paragraph after one whose subject took a side is that subject\'s ("X accused the government …" then "“…,” he said")', () => {
		expect(analyse('Tomas Ekwueme said the bill was fair.\n\nHalvard Brenn, the opposition spokesman, accused the government of breaking its word.\n\n“They promised to end evictions,” he said.\n').quotes.at(-1)).toEqual(['They promised to end evictions,', 'direct', 'Halvard Brenn', 'said']);
	});

	it('a name inside reported speech is not the subject a later pronoun points to', () => {
		const found = analyse('“This was not random,” said Sheriff Raymond Achterhof. Tomas Vollmer was arrested on Sunday, the sheriff\'s office said. Deputies found a handgun in his truck, he said.\n');
		expect(found.quotes.at(-1)).toEqual(['Deputies found a handgun in his truck', 'indirect', 'Raymond Achterhof', 'said']);
	});

	it('a surname two people share is, alone, the one the story named first', () => {
		const found = analyzeArticle('Tavita Fonoti, 27, died on Saturday. “He broke up fights,” said Losana Fonoti, his sister. Fonoti had moved to Ostvik last month.\n', { date: '2026-03-16' });
		expect(found.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.aliases])).toEqual([
			['Tavita Fonoti', ['Fonoti']],
			['Losana Fonoti', []],
		]);
	});

	it('"said in a video posted on Telegram that his forces had struck “…”": the partial quotation is the speaker\'s, not the video\'s', () => {
		expect(analyse('Colonel Radomir Stashek said in a video posted on Telegram that his forces had struck “fuel depots and command posts”.\n').quotes).toEqual([['fuel depots and command posts', 'direct', 'Radomir Stashek', 'said']]);
	});

	it('names: "the Kessler County Sheriff\'s Office", "the Port Elsby Ferry Union", "a Lindale Crossing man", and the dateline\'s town named again', () => {
		expect(analyse('Deputies of the Kessler County Sheriff\'s Office and the Port Elsby Ferry Union met.\n').actors).toEqual([
			['Kessler County Sheriff\'s Office', 'organization'],
			['Port Elsby Ferry Union', 'organization'],
		]);
		const found = analyzeArticle('COLDWATER BEND, Ind. (Midland Wire) — A Lindale Crossing man was charged in a shooting outside a Coldwater Bend tavern.\n', { date: '2026-03-16' });
		expect(found.actors.map((a) => [a.name, a.kind])).toEqual([
			['Coldwater Bend', 'place'],
			['Indiana', 'place'],
			['Midland Wire', 'organization'],
			['Lindale Crossing', 'place'],
		]);
	});

	it('"said …, but that …" gives two clauses, and "said at a news conference Sunday that" reports', () => {
		expect(analyse('Ilse Varga said the agency had evacuated 1,200 people, but that at least 9,000 remained in the town.\n').quotes).toEqual([
			['the agency had evacuated 1,200 people', 'indirect', 'Ilse Varga', 'said'],
			['at least 9,000 remained in the town', 'indirect', 'Ilse Varga', 'said'],
		]);
		expect(analyse('Sheriff Raymond Achterhof said at a news conference Sunday that deputies found the car.\n').quotes).toEqual([['deputies found the car', 'indirect', 'Raymond Achterhof', 'said']]);
		expect(analyse('A witness said Tomas Vollmer had threatened Ada Fonoti as he left the bar.\n').quotes).toEqual([['Tomas Vollmer had threatened Ada Fonoti as he left the bar', 'indirect', 'witness', 'said']]);
	});

	it('roles are no one: "the MP for Ellesby", "14 Pennant MPs", "Guard Ante Mikulić" (a player by position)', () => {
		// (the seat is a place, as the gold files have it: "the MP for Ellesby and Wrayford")
		expect(analyse('The party withdrew the whip from Ada Brenn, the MP for Ellesby, one of 14 Pennant MPs who voted against.\n').actors).toEqual([
			['Ada Brenn', 'person'],
			['Ellesby', 'place'],
		]);
		expect(analyse('Guard Ante Mikulić scored 27 points.\n').actors).toEqual([['Ante Mikulić', 'person']]);
	});

	it('"and" inside an organisation\'s name before its head: "International Relief and Shelter Agency", "Easterfold and Wendlow Hospitals Trust"', () => {
		expect(analyse('The International Relief and Shelter Agency said 40 trucks were waiting. The Easterfold and Wendlow Hospitals Trust said the list was long. Ukraine and Russia signed a deal.\n').actors).toEqual([
			['International Relief and Shelter Agency', 'organization'],
			['Easterfold and Wendlow Hospitals Trust', 'organization'],
			['Ukraine', 'place'],
			['Russia', 'place'],
		]);
	});

	it('professions and "Cllr" before a name are roles ("Hepatologist Sunniva Rønnestad", "Cllr Devinder Kaur-Ashworth")', () => {
		expect(analyse('Hepatologist Sunniva Rønnestad said the data were weak. Cllr Devinder Kaur-Ashworth said rents would rise.\n').quotes).toEqual([
			['the data were weak', 'indirect', 'Sunniva Rønnestad', 'said'],
			['rents would rise', 'indirect', 'Devinder Kaur-Ashworth', 'said'],
		]);
	});

	it('"her husband, Lyle," is a person of that role, so "her husband said" is his words and "she said" after them still hers', () => {
		const found = analyse('Dolores Aguayo-Kinney, 64, said she and her husband, Lyle, left their home on Monday.\n\n“I kept thinking we would be back,” she said.\n\n“We watched it come over the ridge,” her husband said.\n\n“It was in our backyard by morning,” she said.\n');
		expect(found.quotes.map(([text, , speaker]) => [text, speaker])).toEqual([
			['she and her husband, Lyle, left their home on Monday', 'Dolores Aguayo-Kinney'],
			['I kept thinking we would be back,', 'Dolores Aguayo-Kinney'],
			['We watched it come over the ridge,', 'Lyle'],
			['It was in our backyard by morning,', 'Dolores Aguayo-Kinney'],
		]);
	});

	it('"told the district on Jan. 8 that": an abbreviation\'s period ends no sentence before the clause', () => {
		expect(analyse('Quillstone told the district on Jan. 8 that a software update had exposed chat histories.\n').quotes).toEqual([['a software update had exposed chat histories', 'indirect', 'Quillstone', 'told']]);
	});

	it('"The communiqué said …": a document\'s words are reported with no speaker, and "said" may precede a long subject', () => {
		expect(analyse('The communiqué said next year’s summit would be held in Kessby.\n').quotes).toEqual([['next year’s summit would be held in Kessby', 'indirect', null, 'said']]);
		expect(analyse('Ada Brenn said detailed results for each of the country’s 3,630 polling centres would be published.\n').quotes).toEqual([
			['detailed results for each of the country’s 3,630 polling centres would be published', 'indirect', 'Ada Brenn', 'said'],
		]);
	});

	it('a name ending in a business word is a business ("Crestmoor Securities"), and "they wrote" after its note is its words', () => {
		expect(analyse('Crestmoor Securities wrote in a note that the kirat could weaken.\n\n“Intervention buys time,” they wrote.\n').quotes.at(-1)).toEqual(['Intervention buys time,', 'direct', 'Crestmoor Securities', 'wrote']);
	});

	it('"a company spokesperson" speaks for the business the story is about, not an analyst\'s firm named once', () => {
		const found = analyse('Ostrander Appliance Co. will close a plant. Ostrander said profit fell. “It took this long,” said Ada Brenn, an analyst at Calloway Securities.\n\nA company spokesperson said workers would be offered jobs elsewhere.\n');
		expect(found.quotes.at(-1)).toEqual(['workers would be offered jobs elsewhere', 'indirect', 'Ostrander Appliance Co', 'said']);
	});

	it('a title with a role word in lower case opens the sentence whose subject "she told" points to, and "confirmed X but declined" reports nothing', () => {
		const found = analyse('One of the people said the deal was close.\n\nFestival director Élodie Marchand-Bakare confirmed the talks on Sunday but declined to discuss money. “We are not selling the festival,” she told the trade paper Screen Ledger.\n');
		expect(found.quotes.slice(1)).toEqual([['We are not selling the festival,', 'direct', 'Élodie Marchand-Bakare', 'told']]);
	});

	it('a paragraph that is only a quotation continues the last words attributed, reported ones included', () => {
		const found = analyse('“The canal failed,” said engineer Harish Venkatachalam.\n\nMs Devi said she had spent about 42,000 rupees on seed.\n\n“Now the canal has taken the wheat.”\n');
		expect(found.quotes.at(-1)).toEqual(['Now the canal has taken the wheat.', 'direct', 'Devi', null]);
	});

	it('a name inside a quotation tells nothing of the gender of the "he" who said it', () => {
		const found = analyse('Director Élodie Marchand-Bakare declined to comment. Tomas Wielgosz said the studio had agreed.\n\n“Élodie is taking a risk,” he said.\n\n“We are opening a door,” she said.\n');
		expect(found.quotes.at(-1)).toEqual(['We are opening a door,', 'direct', 'Élodie Marchand-Bakare', 'said']);
	});

	it('roles written short or joined ("Det Insp", "co-chair"), "answered: “…”", and a question quoted is no one\'s words', () => {
		expect(analyse('“Taxi drivers keep this town moving,” said Det Insp Marcus Adebayo-Firth.\n').quotes).toEqual([['Taxi drivers keep this town moving,', 'direct', 'Marcus Adebayo-Firth', 'said']]);
		expect(analyse('“We are not short of solutions,” said the panel’s other co-chair, Haruto Brennan-Sato.\n').quotes).toEqual([['We are not short of solutions,', 'direct', 'Haruto Brennan-Sato', 'said']]);
		expect(analyse('To the station’s question “Would you resign?”, Leila Haddadi-Brun answered: “No. I would bring it back.”\n').quotes).toEqual([['No. I would bring it back.', 'direct', 'Leila Haddadi-Brun', 'answered']]);
	});

	it('a person described by a role and then a relative clause is the subject: "X, president of the Association, which says …, called the plan “…”"', () => {
		expect(analyse('Piet Vanterpool, president of the Valtarian Property Owners’ Association, which says it represents 12,000 landlords, called the plan “expropriation by spreadsheet.”\n').quotes.at(-1)).toEqual([
			'expropriation by spreadsheet.',
			'direct',
			'Piet Vanterpool',
			'called',
		]);
	});

	it('a surname with a particle in lower case ("Faisal al-Qudsi", "al-Qudsi said"), a town named after "the town of", and an age between commas', () => {
		expect(analyse('Minister Faisal al-Qudsi said the reservoir was full.\n\n“The river has not been taken,” al-Qudsi said.\n').quotes.map(([, , speaker]) => speaker)).toEqual(['Faisal al-Qudsi', 'Faisal al-Qudsi']);
		const found = analyse('In the delta town of Ouled Sefrou, farmer Brahim Amellal, 57, said he had planted only a third of his land.\n');
		expect(found.actors).toEqual([
			['Ouled Sefrou', 'place'],
			['Brahim Amellal', 'person'],
		]);
		expect(found.quotes).toEqual([['he had planted only a third of his land', 'indirect', 'Brahim Amellal', 'said']]);
	});

	it('"A spokeswoman for the ministry said …" and then "“…,” she said": the ministry, not the last woman or unknown person', () => {
		expect(analyse('Student leader Matías Oyarzún said the march was peaceful. A spokeswoman for the Arequenan Interior Ministry said that a review had opened. “The right to protest is guaranteed,” she said.\n').quotes.at(-1)).toEqual([
			'The right to protest is guaranteed,',
			'direct',
			'Arequenan Interior Ministry',
			'said',
		]);
	});

	it('"said in a Facebook post … that the recount was “…”": the post is no cue and Facebook no speaker; "a move the union called “…”" still is', () => {
		expect(analyse('Ruskin said in a Facebook post Monday night that the recount was “a fishing expedition.”\n').quotes).toEqual([['a fishing expedition.', 'direct', 'Ruskin', 'said']]);
		expect(analyse('Terminal Calhuen suspended 40 members, a move the SDU called “an act of war.”\n').quotes).toEqual([['an act of war.', 'direct', 'SDU', 'called']]);
	});

	it('a titled name in apposition is the subject ("The trust’s chief executive, Dr Helena Varga-Osei, said"), and "Passenger X" a role', () => {
		expect(analyse('The trust’s chief executive, Dr Helena Varga-Osei, said she was “disappointed” by the strike.\n').quotes).toEqual([['disappointed', 'direct', 'Helena Varga-Osei', 'said']]);
		expect(analyse('Passenger Tevita Ramaswamy-Holt, 34, said he had been asleep.\n').quotes).toEqual([['he had been asleep', 'indirect', 'Tevita Ramaswamy-Holt', 'said']]);
	});

	it('a country the gazetteer does not know is one when its people\'s adjective is written beside it ("Kestrani President", "Morvanian troops")', () => {
		const { actors, quotes } = analyse('Kestrani President Amira Dolvek said on Sunday that talks could start. Kestran said it was ready, but only if Morvania first withdrew. Morvanian troops remain near the river.\n');
		expect(actors).toContainEqual(['Kestran', 'place']);
		expect(actors).toContainEqual(['Morvania', 'place']);
		expect(quotes).toContainEqual(['it was ready, but only if Morvania first withdrew', 'indirect', 'Kestran', 'said']);
	});

	it('"…, she said" after a clause whose subject is a man named before: the pronoun is the woman who spoke before, not the clause\'s subject', () => {
		const body = 'The driver, Torvald Brask, was flown to hospital.\n\nRosalind Tejada-Oyo, 47, said she heard the brakes lock up.\n\nTorvald Brask had already kicked out the window, she said. “He kept asking for his dog,” she said.\n';
		expect(analyse(body).quotes).toEqual([
			['she heard the brakes lock up', 'indirect', 'Rosalind Tejada-Oyo', 'said'],
			['Torvald Brask had already kicked out the window', 'indirect', 'Rosalind Tejada-Oyo', 'said'],
			['He kept asking for his dog,', 'direct', 'Rosalind Tejada-Oyo', 'said'],
		]);
	});

	it('a name after "nearby" is a place ("Torvald Brask of nearby Pine Lowell", "in nearby Fernmoor")', () => {
		const { actors } = analyse('The driver, Torvald Brask of nearby Pine Lowell, was flown to hospital. Gusts reached 58 mph in nearby Fernmoor.\n');
		expect(actors).toContainEqual(['Pine Lowell', 'place']);
		expect(actors).toContainEqual(['Fernmoor', 'place']);
	});

	it('"X said the agency’s modelling suggested … “…”": the quoted words are X\'s, not the thing\'s', () => {
		expect(analyse('Regional director Rafael Montoya-Brisk said the agency’s modelling suggested the number was “five to ten times higher” than reported.\n').quotes).toEqual([['five to ten times higher', 'direct', 'Rafael Montoya-Brisk', 'said']]);
	});

	it('"said the study’s lead author, Dr. Mireille Okoye-Strand": the titled name after the role speaks', () => {
		expect(analyse('“We just sent them outside,” said the study’s lead author, Dr. Mireille Okoye-Strand of the Aldgrove Institute.\n').quotes).toEqual([['We just sent them outside,', 'direct', 'Mireille Okoye-Strand', 'said']]);
	});

	it('a quotation opening a sentence with no attribution, after a sentence about a person, is that person\'s ("Brask laughed. “…”")', () => {
		expect(analyse('Asked what she would do after March, Maren Brask-Oyelu laughed. “Sleep past five in the morning.”\n').quotes).toEqual([['Sleep past five in the morning.', 'direct', 'Maren Brask-Oyelu', null]]);
		// a sentence about a thing gives the quotation no one
		expect(analyse('The council voted five to four. “This is a disgrace.”\n').quotes).toEqual([['This is a disgrace.', 'direct', null, null]]);
	});

	it('a state\'s AP abbreviation after a town and a comma is the state ("SALEM, Ore.", "in Fernhill, Ind."), and "Miss." before a name is no state', () => {
		const { actors } = analyse('MARLOW CREEK, Ore. (Pacific Wire Service) — Storms toppled trees in this western Oregon town on Tuesday, and gusts reached 58 mph in nearby Fernhill, Ind., forecaster Milo Tanvik said. Miss. Tanvik was not hurt.\n');
		expect(actors).toContainEqual(['Oregon', 'place']);
		expect(actors).toContainEqual(['Indiana', 'place']);
		expect(actors).toContainEqual(['Fernhill', 'place']);
		expect(actors.map(([name]) => name)).not.toContain('Mississippi');
		expect(actors.map(([name]) => name)).not.toContain('Oregon town');
	});

	it('a closing line of who contributed reporting is no part of the story: no claim, no actor', () => {
		const analysis = analyzeArticle('Storms toppled 40 trees in Marlow Creek on Tuesday.\n\nPacific Wire Service writer Jenna Marsh in Brennmoor contributed to this report.\n', { date: '2024-03-10' });
		expect(analysis.claims.map((c) => c.text)).toEqual(['Storms toppled 40 trees in Marlow Creek on Tuesday.']);
		expect(analysis.actors.map((a) => a.name)).not.toContain('Jenna Marsh');
	});

	it('a title inside a sentence ("the second of which, “The Quay at Dawn,” was published") and a nickname ("earned the nickname “Grasshopper”") are no one\'s words; a short quotation with its speaker still is', () => {
		expect(analyse('Brask wrote two memoirs, the second of which, “The Quay at Dawn,” was published in 2015.\n').quotes).toEqual([]);
		expect(analyse('Lacerda, who earned the nickname “Grasshopper” as a teenager, scored 19 goals.\n').quotes).toEqual([]);
		expect(analyse('“Never Again,” the marchers chanted.\n').quotes).toEqual([['Never Again,', 'direct', 'marchers', 'chanted']]);
	});

	it('"…, his daughter, Rosa Brask-Lund, said in a statement": a role and a name in apposition before the verb make a trailing attribution', () => {
		expect(analyse('He died in hospital in Port Velyra after a short illness, his daughter, Rosa Brask-Lund, said in a statement.\n').quotes).toEqual([['He died in hospital in Port Velyra after a short illness', 'indirect', 'Rosa Brask-Lund', 'said']]);
	});

	it('a single name joined by "and" to a named place is a place, and so is a town whose council the story names', () => {
		const { actors } = analyse('The outbreak spread from the coastal provinces of Ubarra and Kessel to the capital.\n\nWrenmoor Town Council said it could not pay. On a grey Wrenmoor morning, the pool stood empty.\n');
		expect(actors).toContainEqual(['Ubarra', 'place']);
		expect(actors).toContainEqual(['Kessel', 'place']);
		expect(actors).toContainEqual(['Wrenmoor Town Council', 'organization']);
		expect(actors).toContainEqual(['Wrenmoor', 'place']);
	});

	it('businesses by their last word ("Halcrest Devices", "Halverstone Partners"), a word for the kind of business before the name left out, and "the release said" is theirs', () => {
		const { actors, quotes } = analyse('Developer Halverstone Partners said in a press release that construction would begin next spring. “This is a stadium built around a neighborhood,” the release said. Halcrest Devices said net income rose.\n');
		expect(actors).toEqual([
			['Halverstone Partners', 'organization'],
			['Halcrest Devices', 'organization'],
		]);
		expect(quotes.map(([text, , speaker]) => [text, speaker])).toEqual([
			['construction would begin next spring', 'Halverstone Partners'],
			['This is a stadium built around a neighborhood,', 'Halverstone Partners'],
			['net income rose', 'Halcrest Devices'],
		]);
	});

	it('British style: single quotation marks with apostrophes inside, "Mr Patel" alone, a name after "above", and "The developer, Greywind Renewables, said"', () => {
		const body = 'Plans for a wind farm on the hills above Harrowmere were approved on Tuesday.\n\n‘We’re not against green energy, we’re against this scheme,’ said Mr Patel. ‘Nobody asked us.’\n\nThe developer, Greywind Renewables, said construction would begin in the spring.\n';
		const { actors, quotes } = analyse(body);
		expect(actors).toContainEqual(['Harrowmere', 'place']);
		expect(actors).toContainEqual(['Greywind Renewables', 'organization']);
		expect(quotes).toEqual([
			['We’re not against green energy, we’re against this scheme,', 'direct', 'Patel', 'said'],
			['Nobody asked us.', 'direct', 'Patel', null],
			['construction would begin in the spring', 'indirect', 'Greywind Renewables', 'said'],
		]);
	});

	it('a titled name in apposition after a role ("Its pastor, the Rev. Oluwa Crandell, said"), a decade before the verb ("X, who read both papers in the 1980s, says"), and "told board members before the vote that"', () => {
		expect(analyse('Its pastor, the Rev. Oluwa Crandell, said volunteers had served 900 meals.\n').quotes).toEqual([['volunteers had served 900 meals', 'indirect', 'Oluwa Crandell', 'said']]);
		expect(analyse('Its sponsor, state Sen. Lucia Arcenaux, said the measure would keep water on farms.\n').quotes).toEqual([['the measure would keep water on farms', 'indirect', 'Lucia Arcenaux', 'said']]);
		expect(analyse('Carmen Delgado-Fitch, who has read both papers since the 1980s, says the town would lose its news.\n').quotes).toEqual([['the town would lose its news', 'indirect', 'Carmen Delgado-Fitch', 'says']]);
		expect(analyse('Superintendent Renata Okafor told board members before the vote that the 19 schools had only 11 librarians.\n').quotes).toEqual([['the 19 schools had only 11 librarians', 'indirect', 'Renata Okafor', 'told']]);
	});

	it('British quotation: double marks nested in single ones, and a plural\'s apostrophe is no closing mark', () => {
		expect(analyse('‘The residents’ views have been ignored at every stage,’ said Margaret Haldane-Ose. ‘They told us it would be “a few turbines on a hill”.’\n').quotes).toEqual([
			['The residents’ views have been ignored at every stage,', 'direct', 'Margaret Haldane-Ose', 'said'],
			['They told us it would be “a few turbines on a hill”.', 'direct', 'Margaret Haldane-Ose', null],
		]);
	});

	it('a cue inside reported words is theirs, not a speaker of the story\'s ("X said the minister had promised that …, ‘…,’ he said")', () => {
		expect(analyse('The opposition spokesman, Tobias Halstrom, said the minister had promised in January that no patient would wait a year. ‘That promise has been broken,’ he said.\n').quotes).toEqual([
			['the minister had promised in January that no patient would wait a year', 'indirect', 'Tobias Halstrom', 'said'],
			['That promise has been broken,', 'direct', 'Tobias Halstrom', 'said'],
		]);
		// a second speaker set against the first still speaks
		expect(analyse('Zhardov says the barge strayed into its waters, while Velmora insists it never left the shipping lane set by a 2011 treaty between the two neighbours.\n').quotes.map(([text, , speaker]) => [text, speaker])).toContainEqual(['it never left the shipping lane set by a 2011 treaty between the two neighbours', 'Velmora']);
	});

	it('a paragraph opening with a quotation is the subject\'s of the paragraph before who read a statement, named after a role in apposition', () => {
		const body = 'Judge Hugo Strandby said the firm had ignored warnings.\n\nOutside the court, Kieran’s older sister, Aoife Mbatha-Dole, read a statement on behalf of the family.\n\n‘Kieran was 19,’ she said.\n';
		expect(analyse(body).quotes.at(-1)).toEqual(['Kieran was 19,', 'direct', 'Aoife Mbatha-Dole', 'said']);
	});

	it('a second speaker after ", but" or ", while" ends the first one\'s reported clause and is not its attribution', () => {
		expect(analyse('The Tarvask Foreign Ministry said talks could resume next week, but Norwegian officials said they had received no proposal.\n').quotes).toEqual([
			['talks could resume next week', 'indirect', 'Tarvask Foreign Ministry', 'said'],
			['they had received no proposal', 'indirect', 'Norway', 'said'],
		]);
		expect(analyse('Orvanta said in a statement it had accepted the proposal, while the Tarvask Foreign Ministry said it struck 30 targets on Saturday night.\n').quotes).toEqual([
			['it had accepted the proposal', 'indirect', 'Orvanta', 'said'],
			['it struck 30 targets on Saturday night', 'indirect', 'Tarvask Foreign Ministry', 'said'],
		]);
	});

	it('a single name that speaks after "the", or speaks of itself as "it", is an organisation, not a person', () => {
		expect(analyse('The Tarvask said on Sunday that talks could resume.\n').actors).toContainEqual(['Tarvask', 'organization']);
		const body = 'Orvanta said in a statement it had accepted the proposal.\n';
		expect(analyse(body)).toEqual({ quotes: [['it had accepted the proposal', 'indirect', 'Orvanta', 'said']], actors: [['Orvanta', 'organization']] });
		// a word of a person's name the story gave stays theirs
		expect(analyse('Valeria Hirata Ibáñez leads the federation.\n\nHirata said it would go ahead.\n').actors).not.toContainEqual(['Hirata', 'organization']);
	});

	it('a cue after "according to X" is a second quote: "…, which said it was flying tents", "…, while the rebels say they hold 212 soldiers"', () => {
		expect(analyse('At least 260,000 people need shelter, according to the Harrow Relief Office (HRO), which said it was flying 40 tonnes of tents to the region.\n').quotes).toEqual([
			['At least 260,000 people need shelter', 'indirect', 'Harrow Relief Office', 'according to'],
			['it was flying 40 tonnes of tents to the region', 'indirect', 'Harrow Relief Office', 'said'],
		]);
		expect(analyse('The government holds 1,400 members, according to a report, while the rebels say they hold 212 soldiers.\n').quotes.at(-1)).toEqual(['they hold 212 soldiers', 'indirect', 'rebels', 'say']);
	});

	it('a quotation inside a clause is the clause\'s speaker\'s, not the subject of a verb after it ("had “fully respected” the truce and denied")', () => {
		expect(analyse('Defence Minister Ruslana Idowu-Castellanos said on state television that the army had “fully respected” the truce and denied that troops had shelled Qaresh.\n').quotes).toEqual([
			['fully respected', 'direct', 'Ruslana Idowu-Castellanos', 'said'],
			['troops had shelled Qaresh', 'indirect', 'Ruslana Idowu-Castellanos', 'denied'],
		]);
	});

	it('an anonymous source\'s reported speech is a quote with no speaker', () => {
		expect(analyse('A Western diplomat who asked not to be named said Valdessa had offered to free 600 prisoners.\n').quotes).toEqual([['Valdessa had offered to free 600 prisoners', 'indirect', null, 'said']]);
		expect(analyse('A diplomat from one of the donor countries, who spoke on condition of anonymity, said the group was ready to raise its offer.\n').quotes).toEqual([['the group was ready to raise its offer', 'indirect', null, 'said']]);
	});

	it('a second relative clause ("…, who has called for … and who said that …") speaks for the name before the first', () => {
		expect(analyse('The bank is at odds with Finance Minister Pavol Drăganescu, who has called for lower rates since September and who said on Wednesday that high rates were "choking" small businesses.\n').quotes).toEqual([['choking', 'direct', 'Pavol Drăganescu', 'said']]);
	});

	it('a group opened by an adjective at the start of a sentence ("Legal experts said"), and an organisation "of" people ("the Association of Judges")', () => {
		expect(analyse('Legal experts said the ruling could open the way for compensation claims.\n').quotes).toEqual([['the ruling could open the way for compensation claims', 'indirect', 'legal experts', 'said']]);
		expect(analyse('Brennmoor residents said the river had dried up.\n').quotes).toEqual([['the river had dried up', 'indirect', 'Brennmoor residents', 'said']]);
		expect(analyse('He called the court biased, a charge the Almadrian Association of Judges called "an attack on judicial independence."\n')).toEqual({
			quotes: [['an attack on judicial independence.', 'direct', 'Almadrian Association of Judges', 'called']],
			actors: [['Almadrian Association of Judges', 'organization']],
		});
	});

	it('US local roles before a name ("County Coroner Helen Vo"), and "St." inside a name', () => {
		expect(analyse('Kessington County Coroner Helen Vo said in a report that the driver was struck twice.\n').quotes).toEqual([['the driver was struck twice', 'indirect', 'Helen Vo', 'said']]);
		expect(analyse('Varnholt beat St. Edwina Academy on Saturday. St. Edwina had won twice.\n').actors).toEqual([['St. Edwina Academy', 'organization']]);
		expect(analyse('She was taken to St. Aurel for treatment.\n').actors).toEqual([['St. Aurel', 'place']]);
	});

	it('an opening phrase, a role and a name before the verb are no quote: "In an interview Tuesday, X’s father, Trung Vo, 71, said the landlord, Calder Row Properties, told …", "At a ribbon cutting Tuesday, state Rep. X said …"', () => {
		expect(analyse('In an interview at the restaurant Tuesday, Jenny Vo’s father, Trung Vo, 71, said the landlord, Calder Row Properties, told the family that the rent would rise.\n').quotes).toEqual([
			['the landlord, Calder Row Properties, told the family that the rent would rise', 'indirect', 'Trung Vo', 'said'],
		]);
		expect(analyse('At a ribbon cutting Tuesday, state Rep. Lorenzo Quintanilla, who secured the grant last year, said the fairgrounds were “the county’s front porch.”\n').quotes).toEqual([['the county’s front porch.', 'direct', 'Lorenzo Quintanilla', 'said']]);
		expect(analyse('The family’s attorney, Marisol Echeverría, said Farah, who drove for a delivery company, was unarmed and “never had a chance to explain himself.”\n').quotes).toEqual([['never had a chance to explain himself.', 'direct', 'Marisol Echeverría', 'said']]);
	});

	it('a name inside reported words holding a partial quotation is no antecedent of the pronoun after them', () => {
		const body = 'The family’s attorney, Marisol Echeverría, said Farah, who drove for a delivery company, was unarmed and “never had a chance.”\n\n“Three shots for a broken taillight,” she said.\n';
		expect(analyse(body).quotes.at(-1)).toEqual(['Three shots for a broken taillight,', 'direct', 'Marisol Echeverría', 'said']);
	});

	it('a noun described by a participle is no speaker: "…, a deal first announced two years ago", "a move announced by the firm"', () => {
		const body = 'The regulator on Thursday approved Halsberg Telecom’s takeover of rival Altamira Mobile, a deal first announced two years ago, on condition that it sells 1,800 masts.\n';
		const analysis = analyzeArticle(body, { date: '2024-03-10' });
		expect(analysis.quotes).toEqual([]);
		expect(analysis.claims.map((c) => [c.text, c.attributedToName])).toEqual([[body.trim(), null]]);
		expect(analysis.actors.map((a) => [a.name, a.kind])).toEqual([
			['Halsberg Telecom', 'organization'],
			['Altamira Mobile', 'organization'],
		]);
		expect(analyse('The Tarsen plant will close, a move first announced by the firm in May.\n').quotes).toEqual([]);
	});

	it('courts: "…, ruling that …" reports the ruling; "the ruling party" and "a court ruling that" are nouns; "ruled out" takes no clause', () => {
		expect(analyse('The Court of Appeal on Wednesday cut the sentence of Teodor Valkenburg-Amadi from nine years to six, ruling that the trial judge had counted the same bribe twice.\n').quotes).toEqual([
			['the trial judge had counted the same bribe twice', 'indirect', 'Court of Appeal', 'ruling'],
		]);
		expect(analyse('“We will win,” the ruling party said.\n').quotes).toEqual([['We will win,', 'direct', 'ruling party', 'said']]);
		expect(analyse('The government appealed against a High Court ruling that the ban was illegal.\n').quotes).toEqual([]);
		expect(analyse('The judge ruled out a retrial.\n').quotes).toEqual([]);
	});

	it('a minister\'s portfolio is part of the role ("Minister for Fisheries Md Jalal Uddin", "Minister of Foreign Affairs and Trade Ana Ruiz-Vela")', () => {
		expect(analyse('Minister of Finance Juan Perez-Ortega said the budget was balanced.\n')).toEqual({ quotes: [['the budget was balanced', 'indirect', 'Juan Perez-Ortega', 'said']], actors: [['Juan Perez-Ortega', 'person']] });
		expect(analyse('Minister of Foreign Affairs and Trade Ana Ruiz-Vela said talks would resume.\n').actors).toEqual([['Ana Ruiz-Vela', 'person']]);
		expect(analyse('The Ministry of Finance said the budget was balanced.\n').actors).toEqual([['Ministry of Finance', 'organization']]);
	});

	it('"the company" is a business, not a public body named for an industry; a business\'s first words stand for it', () => {
		const body = 'The regulator revoked the licence of Sable Crest Minerals.\n\nThe Akoraye Minerals Licensing Authority (AMLA) said the company had failed to sign an agreement.\n\nSable Crest said it had spent $46 million. It had paid all fees “as invoiced”, the company said.\n';
		expect(analyse(body).quotes.at(-1)).toEqual(['as invoiced', 'direct', 'Sable Crest Minerals', 'said']);
		expect(analyse(body).actors).toEqual([
			['Sable Crest Minerals', 'organization'],
			['Akoraye Minerals Licensing Authority', 'organization'],
		]);
	});

	it('a quotation inside a clause is attributed by its sentence\'s trailing "…, the bank said"; a long role in apposition keeps the attribution after the quote', () => {
		expect(analyse('The Tarsen Bank said it would publish a rate. It would intervene only to smooth “disorderly” moves, the Tarsen Bank said.\n').quotes.at(-1)).toEqual(['disorderly', 'direct', 'Tarsen Bank', 'said']);
		expect(analyse('"We cannot carry potatoes at a loss," Wilber Anccasi Quisperima, president of the National Federation of Cargo Transporters (Fenatrac), told reporters.\n').quotes).toEqual([['We cannot carry potatoes at a loss,', 'direct', 'Wilber Anccasi Quisperima', 'told']]);
	});

	it('"…, in results announced at 4am on Sunday" is no attribution, and "at 4am" is no present tense', () => {
		const analysis = analyzeArticle('Halima Saidi Kombo has won the by-election in Kisima Kirefu, in results announced at 4am on Sunday.\n', { date: '2024-09-09' });
		expect(analysis.quotes).toEqual([]);
		expect(analysis.dates.map((d) => [d.text, d.value])).toEqual([['at 4am on Sunday', '2024-09-08']]);
	});

	it('an acronym or an organisation\'s name in a role before a name is an actor ("NATO Secretary General", "European Council President", "IMF chief")', () => {
		expect(analyse('NATO Secretary General Piet de Vries said allies had pledged more aid.\n').actors).toEqual([
			['NATO', 'organization'],
			['Piet de Vries', 'person'],
		]);
		expect(analyse('Tarsen Council President Antonio Varga told reporters the summit had ended.\n').actors).toContainEqual(['Tarsen Council', 'organization']);
		expect(analyse('IMF chief Kristel Varga said growth would slow.\n').actors).toEqual([
			['IMF', 'organization'],
			['Kristel Varga', 'person'],
		]);
	});

	it('British political copy: "A Downing Street spokesperson said", "accused the government of “chaos”", "Tom Ashby MP", and no date in "the Today programme"', () => {
		expect(analyse('A Downing Street spokesperson said the prime minister had "full confidence" in the plan.\n').quotes).toEqual([['full confidence', 'direct', 'Downing Street', 'said']]);
		expect(analyse('Opposition leader Kemi Fulton accused the government of “chaos”.\n').quotes).toEqual([['chaos', 'direct', 'Kemi Fulton', 'accused']]);
		expect(analyse('Her Labour colleague, Tom Ashby MP, told the Tarsen Herald he had concerns.\n').quotes).toEqual([['he had concerns', 'indirect', 'Tom Ashby', 'told']]);
		expect(analyzeArticle('Speaking to Tarsen Radio’s Today programme, Rachel Varnham said the cuts would save money.\n', { date: '2025-03-18' }).dates).toEqual([]);
	});

	it('"one of them said" is the group the story spoke of last, not a group called "them"', () => {
		expect(analyse('Three former schedulers said the list was hidden.\n\n“It was a list that did not officially exist,” one of them said.\n').quotes.at(-1)).toEqual(['It was a list that did not officially exist,', 'direct', 'former schedulers', 'said']);
	});

	it('a business named for its trade in the plural ("Carrick Lotteries") is no person, and a town named "… Springs" is a place', () => {
		const body = 'A retired bus driver from Wendover Springs has claimed the jackpot, Carrick Lotteries said Monday.\n\nTeodor Balakrishnan-Ward, 68, bought the ticket on Friday.\n\n“I read the numbers three times,” he told reporters.\n';
		expect(analyse(body).quotes.map(([, , speaker]) => speaker)).toEqual(['Carrick Lotteries', 'Teodor Balakrishnan-Ward']);
		expect(analyse(body).actors).toEqual([
			['Wendover Springs', 'place'],
			['Carrick Lotteries', 'organization'],
			['Teodor Balakrishnan-Ward', 'person'],
		]);
	});
});

describe('a state body named with its country', () => {
	it('"Norway’s foreign ministry", "the Kenyan army" and "Chile\'s Defence Ministry" are organisations of their own, and "the ministry" after them is theirs', () => {
		const found = analyse('Norway’s foreign ministry said the talks had stalled. The ministry said it had recalled its envoy.\n\nThe Kenyan army said two soldiers were wounded. Chile\'s Defence Ministry said it had sent two ships.\n');
		expect(found.quotes.map((q) => [q[0], q[2]])).toEqual([
			['the talks had stalled', 'Norway’s foreign ministry'],
			['it had recalled its envoy', 'Norway’s foreign ministry'],
			['two soldiers were wounded', 'Kenyan army'],
			['it had sent two ships', "Chile's Defence Ministry"],
		]);
		// (a demonym alone names no country)
		expect(found.actors).toEqual([
			['Norway', 'place'],
			['Chile', 'place'],
			["Chile's Defence Ministry", 'organization'],
			['Norway’s foreign ministry', 'organization'],
			['Kenyan army', 'organization'],
		]);
	});

	it('leaves a clause or the country\'s own forces alone', () => {
		expect(analyse('Norway’s own army is small, Ilse Varga said.\n').actors).toEqual([
			['Norway', 'place'],
			['Ilse Varga', 'person'],
		]);
	});
});

describe('family and band members in an obituary', () => {
	it('"His wife, X," and "His daughter, X," are women, so "she added" is theirs; a name after "in" is a place', () => {
		const found = analyse('Ruben Okafor-Vale died on Sunday in Villa Serrada. He was 79.\n\nHis daughter, Lucia Okafor-Vale, said on Monday that he had died at home.\n\n“He went the way he lived,” she said.\n\nHis wife, Hyun-joo Banfield, said he had promised to learn to cook. “He says that every year,” she added.\n');
		expect(found.quotes.map((q) => [q[0], q[2]])).toEqual([
			['he had died at home', 'Lucia Okafor-Vale'],
			['He went the way he lived,', 'Lucia Okafor-Vale'],
			['he had promised to learn to cook', 'Hyun-joo Banfield'],
			['He says that every year,', 'Hyun-joo Banfield'],
		]);
		expect(found.actors).toContainEqual(['Villa Serrada', 'place']);
	});

	it('"said the band’s pianist, X": the name after the role speaks', () => {
		expect(analyse('“Ruben never let anyone forget that the trumpet was the boss,” said the band’s pianist, Hilda Nyambura.\n').quotes).toEqual([['Ruben never let anyone forget that the trumpet was the boss,', 'direct', 'Hilda Nyambura', 'said']]);
	});
});

describe('a pronoun inside what a person said', () => {
	it('"X said … the mayor had never challenged it while she held his job" leaves X\'s gender open, so "he said" after it is X\'s', () => {
		const found = analyse('Mayor Beatriz Halloran-Oduya vetoed the ordinance on Monday.\n\nCouncil President Tomasz Reinholt said the mayor had never challenged an override while she held his job.\n\n“We read the same charter she does,” he said.\n');
		expect(found.quotes.map((q) => [q[0], q[2]])).toEqual([
			['the mayor had never challenged an override while she held his job', 'Tomasz Reinholt'],
			['We read the same charter she does,', 'Tomasz Reinholt'],
		]);
	});
});

describe('US political copy', () => {
	it('"a Kansas Republican" is a party member from Kansas, no person; "X, a Republican from Y, told reporters after the vote the …" is X\'s', () => {
		expect(analyse('Subcommittee Chair Deborah Falkenrath, a Kansas Republican, said the letters were polite.\n').actors).toEqual([
			['Deborah Falkenrath', 'person'],
			['Kansas', 'place'],
		]);
		expect(analyse('Senate Majority Leader Curtis Bramwell, a Republican from Medlock County, told reporters after the vote the program would cost more.\n').quotes).toEqual([['the program would cost more', 'indirect', 'Curtis Bramwell', 'told']]);
	});
});

describe('clubs and panels', () => {
	it('"the club" is the club the story names first; "the club’s sporting director", unnamed, speaks for it; "the union\'s general secretary" for no business', () => {
		const found = analyse('Castelnuovo Athletic have signed a midfielder from Brennfeld Rovers for 24 million euros, the club said on Monday.\n\n“He wins the ball,” the club’s sporting director said in the statement.\n');
		expect(found.quotes.map((q) => [q[0], q[2]])).toEqual([
			['Castelnuovo Athletic have signed a midfielder from Brennfeld Rovers for 24 million euros', 'Castelnuovo Athletic'],
			['He wins the ball,', 'Castelnuovo Athletic'],
		]);
		expect(found.actors).toContainEqual(['Brennfeld Rovers', 'organization']);
		expect(analyse('Pelham Bank will cut 400 jobs. The union\'s general secretary said the cuts were a betrayal.\n').quotes.map((q) => q[2])).toEqual(["union's general secretary"]);
		expect(analyse('Dalmont City and Tarrow Rovers drew 0-0 on Saturday.\n').actors).toContainEqual(['Tarrow Rovers', 'organization']);
	});

	it('"the panel\'s chair" speaks for a tribunal named before, not for any body that set up a panel', () => {
		expect(analyse('The Varnholt Sports Tribunal banned the swimmer on Tuesday. “Her account changed three times,” the panel\'s chair wrote.\n').quotes.map((q) => q[2])).toEqual(['Varnholt Sports Tribunal']);
		expect(analyse('The Dalvern Health Authority set up an inquiry panel. The panel\'s chair said the wards were unsafe.\n').quotes.map((q) => q[2])).toEqual(["panel's chair"]);
	});

	it('"the company" is still the business named most, the last on a tie', () => {
		expect(analyse('Pelham Energy supplies the plant. Ostvik Steel said on Monday it would cut 400 jobs. The company said demand had collapsed.\n').quotes.map((q) => q[2])).toEqual(['Ostvik Steel', 'Ostvik Steel']);
	});
});

describe('the body after "a spokeswoman for", a body after its country\'s possessive, a relation said before', () => {
	it('"A spokeswoman for Staylark, the rental platform, said" is Staylark\'s; "“…,” Chile\'s Defence Ministry replied" the ministry\'s; "Her son said" the son\'s', () => {
		expect(analyse('A spokeswoman for Staylark, the rental platform, said the company was “reviewing the ordinance.”\n').quotes.map((q) => q[2])).toEqual(['Staylark']);
		expect(analyse('“We have nothing to hide,” Chile\'s Defence Ministry replied on X.\n').quotes.map((q) => q[2])).toEqual(["Chile's Defence Ministry"]);
		const obituary = analyse('Wanjiru Aasgaard died on Tuesday. She died at her home in Sellvik, her son, Erik Aasgaard, said on Wednesday.\n\nAchieng Varga, her former student, said she was a great teacher.\n\nHer son said she had kept working until last year.\n');
		expect(obituary.quotes.map((q) => [q[0], q[2]])).toEqual([
			['She died at her home in Sellvik', 'Erik Aasgaard'],
			['she was a great teacher', 'Achieng Varga'],
			['she had kept working until last year', 'Erik Aasgaard'],
		]);
	});
});

describe('European political copy', () => {
	it('"said through an interpreter that …" reports what follows; "every member state of the Union" is no cue; a moor is a place', () => {
		expect(analyse('Commissioner Ilona Szabó-Reyes said through an interpreter that the deadline applied to every member state.\n').quotes).toEqual([['the deadline applied to every member state', 'indirect', 'Ilona Szabó-Reyes', 'said']]);
		expect(analyse('Commissioner Ilona Szabó-Reyes said the deadline applied to every member state of the Alvernian Union “without exception”.\n').quotes).toEqual([['without exception', 'direct', 'Ilona Szabó-Reyes', 'said']]);
		expect(analyse('Every Monday, Anneliese Okoro-Brandt walks the 24 plots of Hollin Moor, as she has done since 1994.\n\n“I thought it would take five years,” she says.\n').quotes.map((q) => q[2])).toEqual(['Anneliese Okoro-Brandt']);
	});
});

describe('contractions and businesses of a trade', () => {
	it('"I\'m" is no name; "Tallowmere Fuel", "Tesseract Markets" and "Kivuli Fuels" are businesses ("Power", "Oil" and "Gas" are surnames too)', () => {
		expect(analyse('“I\'m told I was third,” Ilse Varga said.\n').actors).toEqual([['Ilse Varga', 'person']]);
		expect(analyse('The man robbed a Tallowmere Fuel station, according to Tesseract Markets and Kivuli Fuels.\n').actors).toEqual([
			['Tallowmere Fuel', 'organization'],
			['Tesseract Markets', 'organization'],
			['Kivuli Fuels', 'organization'],
		]);
		expect(analyse('Ava Power said she would appeal the ruling.\n').actors).toEqual([['Ava Power', 'person']]);
	});
});

describe('an organisation in apposition, one word described as a business, and "recalls that"', () => {
	it('"Her union, the Northern Nurses’ Guild, said" is the guild\'s; "AeroCumbre, the country’s largest airline, said" makes AeroCumbre an organisation', () => {
		expect(analyse('Ngozi Fair is a nurse. Her union, the Northern Nurses’ Guild, said last month that one in five posts was vacant.\n').quotes).toEqual([['one in five posts was vacant', 'indirect', 'Northern Nurses’ Guild', 'said']]);
		expect(analyse('AeroCumbre, the country’s largest airline, said in a statement that it had cancelled 62 flights.\n').quotes).toEqual([['it had cancelled 62 flights', 'indirect', 'AeroCumbre', 'said']]);
	});

	it('"he recalls that …" reports what follows; "recalled its ambassador" and "it recalled 30,000 stools" report nothing', () => {
		expect(analyse('Tomas Fair runs the Alcazar cinema. He recalls that the cinema sold 31 tickets one Tuesday.\n').quotes).toEqual([['the cinema sold 31 tickets one Tuesday', 'indirect', 'Tomas Fair', 'recalls']]);
		expect(analyse('Velmora expelled three diplomats on Wednesday and recalled its ambassador from Tash-Oruk.\n').quotes).toEqual([]);
		expect(analyse('Fernwhistle Outfitters said on Tuesday it was recalling 41,000 bottles. In the summer of 2022, it recalled 30,000 folding camp stools.\n').quotes).toEqual([['it was recalling 41,000 bottles', 'indirect', 'Fernwhistle Outfitters', 'said']]);
	});
});


describe('counted crowds and a body by its noun', () => {
	it('"Tens of thousands of protesters … chanting" are the protesters; "A spokeswoman for the presidency" speaks for the presidency', () => {
		expect(analyse('Tens of thousands of protesters marched through central Vrsenik on Thursday night, chanting "Count again!" before police fired tear gas.\n').quotes.map((q) => q[2])).toEqual(['protesters']);
		expect(analyse('Thousands of farmers said the price was too low.\n').quotes.map((q) => q[2])).toEqual(['farmers']);
		expect(analyse('A spokeswoman for the presidency said it respected the independence of the court.\n').actors).toEqual([['presidency', 'organization']]);
	});
});

describe('a country named beside its demonym in -ian', () => {
	it('"Kessaly" beside "Kessalian" is a place, as Italy is beside Italian', () => {
		expect(analyse('The Kessalian envoy met officials on Monday. Kessaly has offered to host the talks.\n').actors).toEqual([['Kessaly', 'place']]);
	});
});

describe('a readout', () => {
	it('"the readout said" speaks for the body that spoke last, as "the statement said" does', () => {
		expect(analyse('The Belvast Palace said on Monday the call had been useful. “Both sides will act,” the readout said.\n').quotes.map((q) => q[2])).toEqual(['Belvast Palace', 'Belvast Palace']);
	});
});

describe('a count opening what was said, and bodies of people', () => {
	it('"said 31 of the soldiers needed treatment" and "said about 3,400 customers lost power" report; "the Ministry for Veterans" and "Northwoods Cooperative Power" are organisations', () => {
		expect(analyse('Lidiya Hovhannes said 31 of the soldiers needed hospital treatment.\n').quotes).toEqual([['31 of the soldiers needed hospital treatment', 'indirect', 'Lidiya Hovhannes', 'said']]);
		expect(analyse('Northwoods Cooperative Power said about 3,400 customers lost electricity.\n').quotes).toEqual([['about 3,400 customers lost electricity', 'indirect', 'Northwoods Cooperative Power', 'said']]);
		expect(analyse('Each side released 106 soldiers, the Ministry for Veterans said on Telegram.\n').quotes).toEqual([['Each side released 106 soldiers', 'indirect', 'Ministry for Veterans', 'said']]);
	});
});

describe('a role in apposition before a name', () => {
	it('"Kordavia’s Defence Minister, Piotr Anand-Solberg, said" makes no person of "Defence Minister"', () => {
		expect(analyse('Kordavia’s Defence Minister, Piotr Anand-Solberg, said on Saturday that strikes would continue.\n').actors).toEqual([['Piotr Anand-Solberg', 'person']]);
	});
});

describe('a role of two words in apposition', () => {
	it('"The Prime Minister, Ana Ruiz," and "The Vice President, Ana Ruiz," make no person or institution of the role', () => {
		expect(analyse('The Prime Minister, Ana Ruiz, said the talks had failed.\n').actors).toEqual([['Ana Ruiz', 'person']]);
		expect(analyse('The Vice President, Ana Ruiz, said the talks had failed.\n').actors).toEqual([['Ana Ruiz', 'person']]);
	});
});

describe('"replied that" and "hours later" before the reported clause', () => {
	it('"replied that …" reports; "said hours later on X that …" reports what follows "that"', () => {
		expect(analyse('Ana Ruiz replied that the agency had asked for more staff twice.\n').quotes).toEqual([['the agency had asked for more staff twice', 'indirect', 'Ana Ruiz', 'replied']]);
		expect(analyse('Ana Ruiz said hours later on X that her government would send negotiators.\n').quotes).toEqual([['her government would send negotiators', 'indirect', 'Ana Ruiz', 'said']]);
		expect(analyse('Ana Ruiz replied to the letter on Monday.\n').quotes).toEqual([]);
	});
});

describe('Malaysian and South Asian titles, and given names alone', () => {
	it('"Datuk Seri", "Tan Sri" and "Shri" are titles; "Mohd Rizal" after "Mohd Rizal Hamdan" is the same man', () => {
		expect(analyse('Chief Minister Datuk Seri Mohd Rizal Hamdan said the port was vital. Mohd Rizal said the price was fair.\n')).toEqual({
			quotes: [
				['the port was vital', 'indirect', 'Mohd Rizal Hamdan', 'said'],
				['the price was fair', 'indirect', 'Mohd Rizal Hamdan', 'said'],
			],
			actors: [['Mohd Rizal Hamdan', 'person']],
		});
		expect(analyse('Tan Sri Ooi Siew Lian said the deal was fine.\n').quotes).toEqual([['the deal was fine', 'indirect', 'Ooi Siew Lian', 'said']]);
		expect(analyse('Shri Omkarnath Dwivedi said the vote was lost.\n').quotes).toEqual([['the vote was lost', 'indirect', 'Omkarnath Dwivedi', 'said']]);
	});
});

describe('a pronoun before anyone has spoken', () => {
	it('is the subject the story was last about, not a person named at the end of that sentence', () => {
		const body = 'Ana Ruiz, 34, wept as she accepted the prize from the festival’s director, Ilse Varga.\n\n“I made this film with a borrowed camera,” she said.\n';
		expect(analyse(body).quotes).toEqual([['I made this film with a borrowed camera,', 'direct', 'Ana Ruiz', 'said']]);
	});
});

describe('first surnames, campaigns, shipping lines and longer portfolios', () => {
	it('"Condori" after "Mariela Condori Huamán" is her; "Keep Tarsen Open" is a campaign; "Trident Boreal Lines" a business; "Minister for Mineral Processing" a role', () => {
		expect(analyse('Mariela Condori Huamán, head of the heritage office, spoke on Monday.\n\nCondori said the handover was overdue.\n').quotes).toEqual([['the handover was overdue', 'indirect', 'Mariela Condori Huamán', 'said']]);
		expect(analyse('The campaign group Keep Tarsen Open said the vote was rigged.\n')).toEqual({
			quotes: [['the vote was rigged', 'indirect', 'Keep Tarsen Open', 'said']],
			actors: [['Keep Tarsen Open', 'organization']],
		});
		expect(analyse('Trident Boreal Lines said the ship had been serviced. Trident Boreal said it was cooperating.\n').actors).toEqual([['Trident Boreal Lines', 'organization']]);
		expect(analyse('Coordinating Minister for Mineral Processing Ratna Sumarni Hadiwijaya said inspectors would visit.\n').actors).toEqual([['Ratna Sumarni Hadiwijaya', 'person']]);
	});
});

describe('a trailing "told" with its hearers, place and time', () => {
	it('"…, Governor Ana Ruiz told reporters at the bank’s headquarters in Tarsen on Thursday morning." attributes what comes before', () => {
		expect(analyse('The board voted 5-2 for the cut at a meeting that ran late, Governor Ana Ruiz told reporters at the bank’s headquarters in Tarsen on Thursday morning.\n').quotes).toEqual([
			['The board voted 5-2 for the cut at a meeting that ran late', 'indirect', 'Ana Ruiz', 'told'],
		]);
	});
});

describe('an unnamed official of a country the story invents', () => {
	it('"a senior Halvadian official" speaks for Halvadia, as "a senior Kenyan official" for Kenya; "the Halvadian presidency" is a body of its own', () => {
		expect(analyse('Halvadia and Qasrania met in Port Siwal.\n\n“We have no interest in this war,” a senior Halvadian official told reporters.\n').quotes).toEqual([['We have no interest in this war,', 'direct', 'Halvadia', 'told']]);
		expect(analyse('“We have no interest in this war,” a senior Kenyan official told reporters.\n').quotes).toEqual([['We have no interest in this war,', 'direct', 'Kenya', 'told']]);
		expect(analyse('Halvadia and Qasrania met in Port Siwal.\n\nThe talks will resume next spring, the Halvadian presidency said.\n').quotes).toEqual([['The talks will resume next spring', 'indirect', 'Halvadian presidency', 'said']]);
		expect(analyse('Halvadia and its neighbours met in Port Siwal.\n\nThe Halvadian health ministry said 40 people were treated.\n').actors).toEqual([
			['Port Siwal', 'place'],
			['Halvadia', 'place'],
			['Halvadian health ministry', 'organization'],
		]);
	});

	it('"did not say whether" and "declined to say when" report nothing', () => {
		expect(analyse('Ana Ruiz did not say whether she would resign.\n').quotes).toEqual([]);
		expect(analyse('The Tarsen ministry declined to say when the bridge would reopen.\n').quotes).toEqual([]);
		expect(analyse('Ana Ruiz did not say she was sorry, but said she would pay.\n').quotes).toEqual([['she would pay', 'indirect', 'Ana Ruiz', 'said']]);
	});
});

describe('what only a body has', () => {
	it('"Vestfjell Kraft’s head of hydrology, Torbjørn Eidsvåg," makes the possessive name an organisation and the person the speaker', () => {
		expect(analyse('“The glacier is a bank account,” Vestfjell Kraft’s head of hydrology, Torbjørn Eidsvåg, told the Fjordline Courier.\n')).toEqual({
			quotes: [['The glacier is a bank account,', 'direct', 'Torbjørn Eidsvåg', 'told']],
			actors: [
				['Vestfjell Kraft', 'organization'],
				['Torbjørn Eidsvåg', 'person'],
				['Fjordline Courier', 'organization'],
			],
		});
	});
});

describe('a voice the story brings in with an age', () => {
	it('takes the pronoun after it from the last speaker when the narrative goes on about her; not when it does not', () => {
		const body = 'Health Minister Ana Ruiz told the assembly on Tuesday that waits would fall.\n\n“We are hiring,” she said.\n\nIlse Varga, 71, a retired postwoman from Tarsen, was referred for a hip replacement in 2022. She is still waiting.\n\n“I thought I had been forgotten,” she said.\n';
		expect(analyse(body).quotes.slice(-1)).toEqual([['I thought I had been forgotten,', 'direct', 'Ilse Varga', 'said']]);
		const other = 'Health Minister Ana Ruiz told the assembly on Tuesday that waits would fall.\n\n“We are hiring,” she said.\n\nThe captain, Ilse Varga, 51, was among those killed. Varga had flown the route for 11 years.\n\n“That crew got most of us out alive,” she said.\n';
		expect(analyse(other).quotes.slice(-1)).toEqual([['That crew got most of us out alive,', 'direct', 'Ana Ruiz', 'said']]);
	});
});

describe('a document at the end of a sentence', () => {
	it('"…, the report said" reports for no one named; "…, the state statistics office said" is the office; "report" after "the" is no verb', () => {
		expect(analyse('Nine people died in the Tarsen fires, the report said.\n').quotes).toEqual([['Nine people died in the Tarsen fires', 'indirect', null, 'said']]);
		expect(analyse('Inflation in Tarsen reached 11.8% in October, the state statistics office said last month.\n').quotes).toEqual([['Inflation in Tarsen reached 11.8% in October', 'indirect', 'state statistics office', 'said']]);
	});
});

describe('"according to" one unknown capitalised word', () => {
	it('names a body: "according to Downwatch, a website that tracks outages"', () => {
		expect(analyse('The Tarsen outage began shortly after 9 a.m., according to Downwatch, a website that tracks outages.\n').quotes).toEqual([['The Tarsen outage began shortly after 9 a.m.', 'indirect', 'Downwatch', 'according to']]);
	});
});

describe('a partial quotation in what a body said of a thing', () => {
	it('"The Federation said in a statement that the measure would add “…”" is the Federation’s; a cue in a relative clause is no outer speaker', () => {
		expect(analyse('The Tarsen Federation of Vehicle Producers said in a statement that the measure would add “between 40 and 90 euros” to the price of a car.\n').quotes).toEqual([['between 40 and 90 euros', 'direct', 'Tarsen Federation of Vehicle Producers', 'said']]);
		expect(analyse('Piet Vanterpool, president of the Tarsen Owners’ Association, which says it represents 12,000 landlords, called the plan “expropriation by spreadsheet.”\n').quotes.at(-1)).toEqual(['expropriation by spreadsheet.', 'direct', 'Piet Vanterpool', 'called']);
	});
});

describe('an American lawmaker’s party and state, and a magistrate', () => {
	it('"Rep. Ana Ruiz, R-Texas, who voted no, wrote" is Ana Ruiz’s, and "R-Texas" names no one; "County Magistrate" is a role', () => {
		expect(analyse('Rep. Ana Ruiz, R-Texas, who voted no, wrote on X that the bill was “a surrender dressed up as a compromise.”\n')).toEqual({
			quotes: [['a surrender dressed up as a compromise.', 'direct', 'Ana Ruiz', 'wrote']],
			actors: [['Ana Ruiz', 'person']],
		});
		expect(analyse('Tarsen County Magistrate Kuo Wen-lung said the roads were closed.\n').quotes).toEqual([['the roads were closed', 'indirect', 'Kuo Wen-lung', 'said']]);
	});
});

describe('capitals that name no one', () => {
	it('words shouted in a run of capitals and common abbreviations ("GMT", "GDP", "DNA") are no organisations', () => {
		expect(analyse('Ana Ruiz wrote on Stoa: “WE WILL TALK. GREAT NEWS FOR THE WHOLE WORLD!”\n').actors).toEqual([['Ana Ruiz', 'person']]);
		expect(analyse('Tarsen shares fell 3% by 1432 GMT after GDP data and new DNA evidence.\n').actors).toEqual([]);
	});
});

describe('a trade before a name at the start of a sentence', () => {
	it('is the person\'s role, not part of the name ("Machinist Ola Brisk", "Retiree Mona Dace")', () => {
		expect(analyse('Machinist Ola Brisk, 52, said he voted yes.\n\n“We got a lot,” said Brisk. Retiree Mona Dace said the hall was cold.\n')).toEqual({
			quotes: [
				['he voted yes', 'indirect', 'Ola Brisk', 'said'],
				['We got a lot,', 'direct', 'Ola Brisk', 'said'],
				['the hall was cold', 'indirect', 'Mona Dace', 'said'],
			],
			actors: [
				['Ola Brisk', 'person'],
				['Mona Dace', 'person'],
			],
		});
	});
});

describe('a pronoun after a paragraph about someone who has not spoken yet', () => {
	const speakerOf = (body: string, text: string) => analyzeArticle(body, { date: '2025-08-20' }).quotes.find((q) => q.text.startsWith(text))?.speakerName;

	it('is a person the paragraph just before brings in with an age ("Ilan Vesk, 58, who runs a laundry, comes every morning.")', () => {
		const body = '“The pumps will be fixed,” said Marit Oddny, the head of the Tarsen water board.\n\nIlan Vesk, 58, who runs a laundry in Tarsen, comes every morning with two cans.\n\n“My father carried water like this,” he said.\n';
		expect(speakerOf(body, 'My father')).toBe('Ilan Vesk');
	});

	it('is a person the paragraph before goes on about with the pronoun ("… stopped the sales. In an interview, she defended the decision.")', () => {
		const body = '“We had no choice,” said Mira Halvik, a Tarsen banker.\n\nIda Rennel, who became governor of the Tarsen bank in March, stopped the sales within weeks. In an interview on Wednesday, she defended the decision.\n\n“We were burning reserves,” she said.\n';
		expect(speakerOf(body, 'We were burning')).toBe('Ida Rennel');
	});

	it('is not one the paragraph says died ("… were among the six killed")', () => {
		const body = '“I was on the wing in the snow,” said Ama Rosk, a passenger on the Tarsen flight.\n\nThe captain, Eli Varnow, 51, and the first officer were among the six killed.\n\n“That crew got most of us out alive,” she said.\n';
		expect(speakerOf(body, 'That crew')).toBe('Ama Rosk');
	});
});

describe('a cue word used as a noun before a quotation', () => {
	it('after a possessive ("the valuers’ reports") or as a plural noun right before it ("wealthier states “…”") is no cue', () => {
		expect(analyse('Ida Rennel told reporters in Tarsen on Tuesday night she would table the valuers’ reports in the assembly “as soon as the confidentiality period ends”.\n').quotes).toEqual([
			['as soon as the confidentiality period ends', 'direct', 'Ida Rennel', 'told'],
		]);
		expect(analyse('The Tarsen Crossings Monitor, a network of rescue charities, said the fund would let wealthier states “buy their way out of solidarity.”\n')).toEqual({
			quotes: [['buy their way out of solidarity.', 'direct', 'Tarsen Crossings Monitor', 'said']],
			actors: [['Tarsen Crossings Monitor', 'organization']],
		});
	});
});

describe('"the statement said", "the spokeswoman for the force" and titles of the law and of pilgrimage', () => {
	const speakers = (body: string) => analyzeArticle(body, { date: '2025-02-06' }).quotes.map((q) => [q.text.slice(0, 20), q.speakerName]);

	it('a statement read on behalf of someone is theirs; one given in a sentence that names its speaker is the speaker\'s', () => {
		expect(speakers('Outside the Tarsen courthouse, the family lawyer, Ivo Brenn, read a statement on behalf of the victim’s mother, Ana Ruiz.\n\n“We searched every road for our daughter,” the statement said.\n')).toEqual([['We searched every ro', 'Ana Ruiz']]);
		expect(speakers('In a statement read outside court by the family’s solicitor, Kacper’s mother, Edyta Wilk, said she was relieved.\n\n“He trusted the people in charge,” the statement said.\n')).toEqual([
			['she was relieved', 'Edyta Wilk'],
			['He trusted the peopl', 'Edyta Wilk'],
		]);
	});

	it('"a spokeswoman for the force" speaks for the police force named most, not a board or a federation of the police', () => {
		expect(speakers('The Tarsen Police Oversight Board criticised Varrow Constabulary. The Varrow Constabulary had no comment at first.\n\nThe force handled 38,000 more calls last year, a spokeswoman for the force said in a statement.\n')).toEqual([['The force handled 38', 'Varrow Constabulary']]);
	});

	it('"Born" opening a sentence is no part of the name after it; "Barrister" and "Haji" are a role and a title', () => {
		expect(analyse('Born Wilma Kastrel in 1941 in a mill town, she left school at 14.\n\n“We were paid by the bobbin,” she told the Tarsen Courier in 1987.\n').quotes).toEqual([['We were paid by the bobbin,', 'direct', 'Wilma Kastrel', 'told']]);
		expect(analyse('Barrister Imran Kakalo said the notices were pasted at night. Haji Abdul Memra said the traders would appeal.\n').quotes).toEqual([
			['the notices were pasted at night', 'indirect', 'Imran Kakalo', 'said'],
			['the traders would appeal', 'indirect', 'Abdul Memra', 'said'],
		]);
	});
});

describe('names written short, holidays and bodies named "Forum", "Conference" and "Staff"', () => {
	it('"Md." and "Ma." opening a name are part of it, and "Jack Ma." still ends a sentence', () => {
		expect(analyse('Md. Ashraf Tolukder, the deputy commissioner, said rice was sent. Ma. Luisa Dumaran said inflation was on target. It was sold to Tarsen investor Jack Ma. The deal closed.\n').actors).toEqual([
			['Md. Ashraf Tolukder', 'person'],
			['Ma. Luisa Dumaran', 'person'],
			['Jack Ma', 'person'],
		]);
	});

	it('a festival is no actor ("before Christmas", "The Songkran exodus"), nor an abbreviation of a currency or a measure ("Rs 450", "EBITDA")', () => {
		expect(analyse('Shoppers crowded Tarsen malls before Christmas. The Songkran exodus began on Friday. Onions rose to Rs 450 a kilo. EBITDA rose 4%.\n').actors).toEqual([]);
	});

	it('"the Varrow Forum on Climate Resilience", "the Conference of Signatories" and "the Kazhdari General Staff" are organisations', () => {
		expect(analyse('The Varrow Forum on Climate Resilience said talks would resume. The Conference of Signatories ended. The Kazhdari General Staff said 12 drones were downed.\n')).toEqual({
			quotes: [
				['talks would resume', 'indirect', 'Varrow Forum on Climate Resilience', 'said'],
				['12 drones were downed', 'indirect', 'Kazhdari General Staff', 'said'],
			],
			actors: [
				['Varrow Forum on Climate Resilience', 'organization'],
				['Conference of Signatories', 'organization'],
				['Kazhdari General Staff', 'organization'],
			],
		});
	});
});

describe('words from an old interview in an obituary', () => {
	it('are the subject\'s, named in the first paragraph, not the last speaker\'s: "“…,” she told an interviewer in 1998"', () => {
		const body = [
			'Lorna Vesk-Amadi, the jazz singer who filled the clubs of Tarsen in the 1950s, died on Tuesday at her home. She was 91.',
			'“She never sang a song the same way twice,” said the saxophonist Teodora Brisk, who toured with her in the 1970s.',
			'In the late 1970s she became a fixture on Varrow television.',
			'“I never chose jazz. Jazz was the only room where nobody told me to be quiet,” she told an interviewer in 1998.',
			'',
		].join('\n\n');
		expect(analyzeArticle(body, { date: '2025-06-05' }).quotes.map((q) => [q.text.slice(0, 14), q.speakerName])).toEqual([
			['She never sang', 'Teodora Brisk'],
			['I never chose ', 'Lorna Vesk-Amadi'],
		]);
	});
});

describe('West African titles, portfolios and currencies', () => {
	it('"Hon." and "Comrade" are titles; a portfolio after a spokesperson ("on Energy") names no one; "GH¢14.50" and "Sh9.6 billion" are amounts', () => {
		expect(analyse('The Minority spokesperson on Energy, Hon. Efua Sackey, wrote on Facebook that the increase was unfair.\n\nComrade Ikenna Opara said the strike would go on. Petrol rose to GH¢14.50 a litre and the county will spend Sh9.6 billion.\n')).toEqual({
			quotes: [
				['the increase was unfair', 'indirect', 'Efua Sackey', 'wrote'],
				['the strike would go on', 'indirect', 'Ikenna Opara', 'said'],
			],
			actors: [
				['Efua Sackey', 'person'],
				['Ikenna Opara', 'person'],
			],
		});
	});
});

describe('a body\'s role holder named in apposition', () => {
	it('speaks, not the body in the possessive, even when the body was taken for a person ("Umbane’s group executive, Bongani Mthethwa, told")', () => {
		expect(analyse('Tarsen Island Ferries cut its timetable. Umbane Power cut supply.\n\n“We are sorry,” said Tarsen’s managing director, Euan Castel.\n\n“We are dealing with demand,” Umbane’s group executive for generation, Bongani Mthethwa, told a briefing.\n').quotes).toEqual([
			['We are sorry,', 'direct', 'Euan Castel', 'said'],
			['We are dealing with demand,', 'direct', 'Bongani Mthethwa', 'told'],
		]);
	});
});

describe('"Power" ending a name', () => {
	it('makes a utility of a name that is no given name ("Umbane Power"), and leaves a person a person ("Ava Power")', () => {
		expect(analyse('Umbane Power cut supply on Monday. Ava Power said the cuts were unfair.\n')).toEqual({
			quotes: [['the cuts were unfair', 'indirect', 'Ava Power', 'said']],
			actors: [
				['Umbane Power', 'organization'],
				['Ava Power', 'person'],
			],
		});
	});
});

describe('a person named by a given name alone', () => {
	it('is one when an age or an "a …" follows ("Maya, a forklift driver"), not a surname of someone named before, nor a place ("Florence, a city")', () => {
		expect(analyse('“I got my Fridays back,” says Maya, a forklift driver at the Tarsen depot.\n\nRasmus Teague, the coach, was angry. “They paid good money,” said Teague, 45, after the game. They drove to Florence, a city in Italy.\n')).toEqual({
			quotes: [
				['I got my Fridays back,', 'direct', 'Maya', 'says'],
				['They paid good money,', 'direct', 'Rasmus Teague', 'said'],
			],
			actors: [
				['Maya', 'person'],
				['Rasmus Teague', 'person'],
				['Florence', 'place'],
				['Italy', 'place'],
			],
		});
	});
});

describe('the ninth batch\'s speakers (invented people and places)', () => {
	const speakers = (body: string) => analyzeArticle(body, { date: '2024-03-10' }).quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('one who opens the paragraph before, with an age, speaks after a short lead-in: "Less than an hour later he wrote on Instagram:"', () => {
		expect(speakers('Her coach, Dragan Vuković, said she was in the shape of her life.\n\nFairholm, 36, finished fourth behind Chidi Onyekachi, who won in 10.02.\n\nLess than an hour later he wrote on Instagram: “That was my last race.”\n')).toEqual([
			['she was in the s', 'Dragan Vuković'],
			['That was my last', 'Fairholm'],
		]);
	});

	it('a name in apposition with the body it belongs to ("The opposition leader, Leila Mansour of the Reform Bloc (KIW), said") speaks', () => {
		expect(speakers('The opposition leader, Leila Mansour of the Reform Bloc (KIW), said the budget was “the easiest pocket to pick.”\n')).toEqual([['the easiest pock', 'Leila Mansour']]);
	});

	it('"Joel\'s family said" and "Mr Ng’s family said" are the family; "The Avondene education department said" is the department', () => {
		expect(speakers('Joel Asante, 19, died in hospital.\n\n“He was a kind young man,” Joel’s family said in a statement.\n')).toEqual([['He was a kind yo', 'Joel’s family']]);
		expect(speakers('Tom Ng, 31, died at the scene.\n\n“He lit up every room,” Mr Ng’s family said.\n')).toEqual([['He lit up every ', 'Mr Ng’s family']]);
		expect(speakers('Pupils in the Avondene region slept longer.\n\nThe Avondene education department said it would “look closely” at the findings.\n')).toEqual([['look closely', 'Avondene education department']]);
	});

	it('a club named with "CD", "FK" or "IF" is an organisation, and its name without them stands for it, but not after "in" or before a noun', () => {
		expect(analyse('Samuel Berg has joined CD Almendara from FK Norrvik. Aldholm IF sold a defender in May.\n').actors).toEqual([
			['Samuel Berg', 'person'],
			['CD Almendara', 'organization'],
			['FK Norrvik', 'organization'],
			['Aldholm IF', 'organization'],
		]);
		expect(speakers('Samuel Berg has joined CD Almendara from FK Norrvik.\n\nAlmendara said in a statement that Berg had signed until 2029.\n')).toEqual([['Berg had signed ', 'CD Almendara']]);
		expect(analyse('Tom Hale watched every Saltmere Rovers match. He died at his home in Saltmere.\n').actors).toEqual([
			['Tom Hale', 'person'],
			['Saltmere Rovers', 'organization'],
			['Saltmere', 'place'],
		]);
	});

	it('"… Research" and "… Analytics" are businesses; "binti" joins a name', () => {
		expect(analyse('Pelita Research and Harwick Analytics said turnout was high.\n').actors).toEqual([
			['Pelita Research', 'organization'],
			['Harwick Analytics', 'organization'],
		]);
		expect(speakers('Ahmad Fauzan bin Hasyim won the count.\n\n“We respect the law,” said Nur Aini binti Ismail, who leads the monitors.\n')).toEqual([['We respect the l', 'Nur Aini binti Ismail']]);
	});

	it('"the group" with no business named is the front, network or campaign named most; "the club" the first club named on a tie', () => {
		expect(speakers('The Khorvan Liberation Front carried out the attack on Monday.\n\n“Our fighters reached the garrison,” the group wrote on Telegram.\n')).toEqual([['Our fighters rea', 'Khorvan Liberation Front']]);
		expect(speakers('Castelnuovo Athletic have signed Mateus Lind from Brennfeld Rovers, the club said.\n\nBrennfeld will receive 4 million euros more.\n\n“He is the profile we wanted,” the club’s sporting director said.\n')).toEqual([
			['Castelnuovo Athl', 'Castelnuovo Athletic'],
			['He is the profil', 'Castelnuovo Athletic'],
		]);
	});
});

describe('the tenth batch\'s speakers (invented people and places)', () => {
	const speakers = (body: string) => analyzeArticle(body, { date: '2026-01-15' }).quotes.map((q) => [q.text.slice(0, 16), q.speakerName, q.cue]);

	it('"told state television that … “…”" and a title in capitals in apposition (", Deputy Foreign Minister Stanislav Ferreira, told")', () => {
		expect(speakers('Foreign Minister Dragan Holm told state television on Wednesday that the exchange was “a humanitarian gesture.”\n')).toEqual([['a humanitarian g', 'Dragan Holm', 'told']]);
		expect(speakers('Tarsen’s chief negotiator, Deputy Foreign Minister Stanislav Ferreira, told reporters that the deal “is fragile.”\n')).toEqual([['is fragile.', 'Stanislav Ferreira', 'told']]);
	});

	it('"the statement read" gives the statement\'s words; a quotation opening its sentence goes on from the words the sentence before reported', () => {
		expect(speakers('Commissioner Ada Eze said in a statement on Tuesday that money had been released.\n\n“Government is not deaf,” the statement read.\n')).toEqual([
			['money had been r', 'Ada Eze', 'said'],
			['Government is no', 'Ada Eze', 'read'],
		]);
		expect(speakers('Tomasz Reyes chairs the anglers’ federation.\n\nHe added that his members were not asking for the dam to go. “We are asking for a ladder.”\n')).toContainEqual(['We are asking fo', 'Tomasz Reyes', null]);
	});

	it('an attribution in the middle of the words it reports teaches no gender: "If the appeal succeeds, Aubertin said, he intends to race"', () => {
		expect(speakers('His lawyer, Clémence Aubertin, told the agency that the laboratory had erred.\n\n“The sample was opened late,” she said.\n\nIf the appeal succeeds, Aubertin said, he intends to race in June.\n').at(1)).toEqual(['The sample was o', 'Clémence Aubertin', 'said']);
	});
});

describe('the tenth batch\'s actors (invented people and places)', () => {
	it('a title in capitals with no name after it names no one ("the Chief Electoral Officer", "his Press Secretary"), but a given name before a role\'s word is a person ("Sarah King"); "the office of the Chief Electoral Officer said" is the office', () => {
		expect(analyse('Turnout was 61%, according to the Chief Electoral Officer. Sarah King said it was high.\n').actors.filter(([, kind]) => kind !== 'group')).toEqual([['Sarah King', 'person']]);
		expect(analyse('Turnout was 58 per cent, the office of the Chief Electoral Officer said.\n').quotes).toEqual([['Turnout was 58 per cent', 'indirect', 'office of the Chief Electoral Officer', 'said']]);
	});

	it('"Superintendent of Police X" and "the Commissioner for Tertiary Education, Prof. X," are roles before a name; "Eng." is a title; "El Niño" is no one', () => {
		expect(analyse('Most drowned, according to Additional Superintendent of Police Kazi Mahmudul Hasan.\n').quotes).toEqual([['Most drowned', 'indirect', 'Kazi Mahmudul Hasan', 'according to']]);
		expect(analyse('The Commissioner for Tertiary Education, Prof. Ada Eze, said funds were released. Eng. Tom Ouma agreed.\n').actors).toEqual([
			['Ada Eze', 'person'],
			['Tom Ouma', 'person'],
		]);
		expect(analyse('A weak El Niño is possible by the summer after La Niña faded, said forecaster Ida Berg.\n').actors).toEqual([['Ida Berg', 'person']]);
	});
});

describe('the tenth batch\'s speakers, again (invented people and places)', () => {
	const speakers = (body: string) => analyzeArticle(body, { date: '2026-01-15' }).quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('the paragraph before goes on about someone after an opening adverbial ("On Friday he called on supporters …"): the next "he wrote" is his', () => {
		expect(speakers('Interior Minister Milica Stan said the curfew would hold.\n\nOpposition leader Radoslav Zlatan has been in hiding since March. On Friday he called on supporters to stay home.\n\n“We will not give them an excuse to shoot,” he wrote on X.\n').at(-1)).toEqual(['We will not give', 'Radoslav Zlatan']);
	});

	it('a passive is no cue before a partial quote: "said on Saturday, before the results were announced, that the president would address the nation “…”"', () => {
		expect(speakers('A presidential spokeswoman, Irena Dobos, said on Saturday, before the results were announced, that the president would speak “once the board has completed its work.”\n')).toContainEqual(['once the board h', 'Irena Dobos']);
	});
});

describe('the eleventh batch\'s speakers and actors (invented people and places)', () => {
	const speakers = (body: string) => analyzeArticle(body, { date: '2025-03-24' }).quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('a role after describing words is a subject\'s title ("Korvathi presidential spokesman Ilya Morentsov dismissed …. “…,” he told"); "Local TD" is a role', () => {
		expect(speakers('The Compact’s spokeswoman, Aurélie Vant, said the bloc took note.\n\nKorvathi presidential spokesman Ilya Morentsov dismissed the sanctions. “They will cost Europe more than they cost us,” he told state television.\n').at(-1)).toEqual(['They will cost E', 'Ilya Morentsov']);
		expect(analyse('Local TD Fionnuala Ní Bhriain wrote on Chirp: “Still waiting.”\n').quotes).toEqual([['Still waiting.', 'direct', 'Fionnuala Ní Bhriain', 'wrote']]);
	});

	it('"Ashby Fields" is a place, "Save Ashby Fields" a campaign, "Brackenridge Homes" a business; "The group said" after "the Save Ashby Fields campaign group" is the campaign', () => {
		expect(analyse('Brackenridge Homes will build on land known as Ashby Fields.\n\nJenny Cole, who chairs the Save Ashby Fields campaign group, said the outcome felt rigged.\n\nThe group said it would take legal advice.\n').actors).toEqual([
			['Brackenridge Homes', 'organization'],
			['Ashby Fields', 'place'],
			['Jenny Cole', 'person'],
			['Save Ashby Fields', 'organization'],
		]);
		expect(analyse('Brackenridge Homes will build on land known as Ashby Fields.\n\nJenny Cole, who chairs the Save Ashby Fields campaign group, said the outcome felt rigged.\n\nThe group said it would take legal advice.\n').quotes.at(-1)).toEqual(['it would take legal advice', 'indirect', 'Save Ashby Fields', 'said']);
	});
});

describe('a woman called "chairman"', () => {
	const speakers = (body: string) => analyzeArticle(body, { date: '2025-05-11' }).quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('"Committee chairman Councillor Abena Whitcombe … “…,” she said" is Whitcombe; "Club chairman Kofi Brandt … he said" still a man', () => {
		expect(speakers('Committee chairman Councillor Abena Whitcombe said the decision had been hard. Deputy leader Tom Garrow said he opposed it.\n\n“We looked at every option,” she said.\n').at(-1)).toEqual(['We looked at eve', 'Abena Whitcombe']);
		expect(speakers('Club chairman Kofi Brandt said the decision had been hard. Deputy leader Ama Serwaa said she opposed it.\n\n“We looked at every option,” he said.\n').at(-1)).toEqual(['We looked at eve', 'Kofi Brandt']);
	});
});

describe('the twelfth batch\'s speakers (invented people and places)', () => {
	const speakers = (body: string) => analyzeArticle(body, { date: '2025-05-11' }).quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('a pronoun picks one of a pair, the other of the other gender: "Mayor Orla Brennan-Skov and Father Tomas Lindqvist led the procession." then "“…,” she said"', () => {
		expect(speakers('Crew member Marguerite Tallis wrote on Sunday: “I will carry it.”\n\nMayor Orla Brennan-Skov and Father Tomas Lindqvist, the parish priest, led the procession to the station.\n\n“This town has buried fishermen before,” she said.\n').at(-1)).toEqual(['This town has bu', 'Orla Brennan-Skov']);
	});

	it('"Among the mourners was Ferris Oduya, the skipper, … He told the Courier he had visited" is Oduya', () => {
		expect(speakers('Father Tomas Lindqvist told the congregation that the league had lost 11 volunteers.\n\nAmong the mourners was Ferris Oduya, the skipper of the Morning Kittiwake. He told the Shore Courier he had visited the family every day.\n').at(-1)).toEqual(['he had visited t', 'Ferris Oduya']);
	});

	it('one who "asked why" in the paragraph before speaks next: "Keiko Hallstrom, an analyst at Pelham Brothers, asked why …" then "“…?” she said"', () => {
		expect(speakers('Finance chief Marisol Eriksen-Tait said costs had risen.\n\nKeiko Hallstrom, an analyst at Pelham Brothers, asked why the firm was sitting on cash.\n\n"What changed since March?" she said.\n').at(-1)).toEqual(['What changed sin', 'Keiko Hallstrom']);
	});

	it('"Joseph Alabi’s granddaughter, Chiamaka Alabi-Reid, and her husband, Owen Reid, said …" then "“…,” she said" is the granddaughter', () => {
		expect(speakers('Judge Fiona Achterberg told jurors the trial would last a month.\n\nOutside court, Joseph Alabi’s granddaughter, Chiamaka Alabi-Reid, and her husband, Owen Reid, said the family had waited years.\n\n“We are not here for revenge,” she said.\n').at(-1)).toEqual(['We are not here ', 'Chiamaka Alabi-Reid']);
	});
});

describe('the twelfth batch\'s parties, offices and platforms (invented people and places)', () => {
	const speakers = (body: string) => analyzeArticle(body, { date: '2024-11-26' }).quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);
	const kinds = (body: string) => analyzeArticle(body, { date: '2024-11-26' }).actors.map((a) => [a.name, a.kind]);

	it('"The party’s chairman, Ingrid Solheim-Baptiste, said …" then "“…,” she told reporters" is the chairman: "chairman" yields to a woman’s given name', () => {
		expect(speakers('Davor Pelikanov said he would stand.\n\nThe party’s chairman, Ingrid Solheim-Baptiste, said ballots would be posted on October 2.\n\n“This will be a contest of ideas,” she told reporters.\n').at(-1)).toEqual(['This will be a c', 'Ingrid Solheim-Baptiste']);
	});

	it('a name before "party" in lower case is a party ("the liberal New Course party"), not a possessive ("Ortolani’s party")', () => {
		expect(kinds('Talks stalled after the Social Alliance and the liberal New Course party failed to agree.\n')).toEqual([
			['Social Alliance', 'organization'],
			['New Course', 'organization'],
		]);
		expect(kinds('Prime Minister Sabine Ortolani’s party lost two seats.\n')).toEqual([['Sabine Ortolani', 'person']]);
	});

	it('"the Office of the President", "the Ministry of the Interior": "of the" inside a body\'s name, not "Construction of the Kivumbi Dam"', () => {
		expect(speakers('The Office of the President said on Monday that Vanterpool would not be rushed.\n')).toEqual([['Vanterpool would', 'Office of the President']]);
		expect(kinds('The Ministry of the Interior said it would act.\n')).toEqual([['Ministry of the Interior', 'organization']]);
		expect(kinds('Construction of the Kivumbi Dam began in May.\n')).toEqual([['Kivumbi Dam', 'organization']]);
	});

	it('"wrote on the social platform Chatterhouse on Sunday night that …" reports a clause on Chatterhouse, and "he wrote" after it is the writer', () => {
		const analysis = analyzeArticle('A Social Alliance spokesman said on Tuesday the party had offered a ministry.\n\nIts leader, Jorund Pellegrini-Sorn, wrote on the social platform Chatterhouse on Sunday night that his party would walk away.\n\n"Rural Voice is not a spare tyre," he wrote.\n', { date: '2024-11-26' });
		expect(analysis.quotes.slice(1).map((q) => [q.text, q.speakerName, q.channel])).toEqual([
			['his party would walk away', 'Jorund Pellegrini-Sorn', 'Chatterhouse'],
			['Rural Voice is not a spare tyre,', 'Jorund Pellegrini-Sorn', null],
		]);
	});
});

describe('the twelfth batch\'s places (invented places)', () => {
	const places = (body: string) => analyzeArticle(body, { date: '2024-11-26' }).actors.filter((a) => a.kind === 'place').map((a) => a.name);

	it('a name after "residents of", "the provincial government of" or a compass word is a place\'s, as is one before "provincial" or a possessive before "governing"', () => {
		expect(places('Around 600 residents of Torrelasca were taken by bus to a sports centre.\n')).toEqual(['Torrelasca']);
		expect(places('The inquiry was ordered by the provincial government of Westmarch in March.\n')).toEqual(['Westmarch']);
		expect(places('He signed the lease on a derelict tram depot in east Dunmere.\n')).toEqual(['Dunmere']);
		expect(places('The transport committee of the Kerrow provincial assembly will meet.\n')).toEqual(['Kerrow']);
		expect(places('Three candidates will contest the leadership of Solvenne’s governing National Reform Party.\n')).toEqual(['Solvenne']);
	});

	it('the other names of a list with a place are places ("across Hallund, Tarnby and Keswater provinces", "Kesh Mill and Drumvargie were"), not a clause after a place ("In Harwick, Mensah said")', () => {
		expect(places('The storm will sweep east across Hallund, Tarnby and Keswater provinces overnight.\n')).toEqual(['Hallund', 'Tarnby', 'Keswater']);
		expect(places('By dawn, 61 people in the villages of Kesh Mill and Drumvargie were dead.\n')).toEqual(['Kesh Mill', 'Drumvargie']);
		expect(places('In Harwick, Mensah said the vote was fair.\n')).toEqual(['Harwick']);
	});
});

describe('the thirteenth batch\'s titles and speakers (invented people and places)', () => {
	const roles = (body: string) => analyzeArticle(body, { date: '2024-09-15' }).actors.map((a) => [a.name, a.kind, a.roles]);

	it('a title with the body or place it serves, before the name in apposition, is the person\'s office and no actor of its own', () => {
		expect(roles('The Bomaso Municipal Police Commander, Superintendent Abena Frimpong, said the curfew would stay.\n')).toEqual([['Abena Frimpong', 'person', ['Superintendent']]]);
		expect(roles('The Kelby County Director of Health, Dr. Ama Boateng, said the clinic would reopen.\n')).toEqual([['Ama Boateng', 'person', ['Dr.', 'director']]]);
		expect(analyse('The Assembly Member for the Asenkwa Electoral Area, Hon. Isaac Gyamerah, said the matter was raised.\n').quotes).toEqual([['the matter was raised', 'indirect', 'Isaac Gyamerah', 'said']]);
	});

	it('a qualifier and the title it qualifies name no one ("The Deputy Director said", "the Municipal Chief Executive")', () => {
		expect(analyse('The Deputy Director said the clinic was closed.\n').quotes).toEqual([['the clinic was closed', 'indirect', 'Deputy Director', 'said']]);
		expect(analyse('The Chief Magistrate said the order stands.\n').quotes).toEqual([['the order stands', 'indirect', 'Chief Magistrate', 'said']]);
		expect(roles('The curfew was announced by the Municipal Chief Executive, Hon. Yaw Asiedu.\n').map(([name]) => name)).toEqual(['Yaw Asiedu']);
	});

	it('"the Chief of Asenkwa, X," teaches the role, so "the chief said" is X', () => {
		expect(analyse('Speaking on Saturday, the Chief of Asenkwa, Kofi Boateng II, said farms were lost.\n\n“We cannot fight soldiers with machetes,” the chief said.\n').quotes).toEqual([
			['farms were lost', 'indirect', 'Kofi Boateng II', 'said'],
			['We cannot fight soldiers with machetes,', 'direct', 'Kofi Boateng II', 'said'],
		]);
	});

	it('titles after the name ("SC" after counsel, "BL", "SAN", "MCA") and trades before it ("Hotelier") are no part of the name', () => {
		expect(analyse('Defending, Conall Breathnach SC said his client was sorry.\n').quotes).toEqual([['his client was sorry', 'indirect', 'Conall Breathnach', 'said']]);
		expect(analyse('Ruairi Madden BL said the money was repaid.\n').quotes).toEqual([['the money was repaid', 'indirect', 'Ruairi Madden', 'said']]);
		expect(analyse('Hotelier Kwame Rennie said bookings had fallen.\n').quotes).toEqual([['bookings had fallen', 'indirect', 'Kwame Rennie', 'said']]);
		expect(analyse('Lower Sironga Ward MCA Dennis Rotich said the county had failed.\n').quotes).toEqual([['the county had failed', 'indirect', 'Dennis Rotich', 'said']]);
		// (a sports club's "SC" stays its name's, and "MCAs" its capitals)
		expect(analyse('Asante Kotoko SC said the match was off.\n').quotes).toEqual([['the match was off', 'indirect', 'Asante Kotoko SC', 'said']]);
		expect(analyse('MCAs said the budget was unfair.\n').quotes).toEqual([['the budget was unfair', 'indirect', 'MCAs', 'said']]);
	});

	it('"Ms Orrantia" is the woman of two people who share the surname; "the Speaker said" is the one named Speaker before', () => {
		expect(analyse('Mitchell Orrantia, 19, died in the crash. His mother, Carmel Orrantia, wept in court.\n\nThe council lowered the limit, a change Ms Orrantia said had come “two lives too late”.\n').quotes).toEqual([['two lives too late', 'direct', 'Carmel Orrantia', 'said']]);
		expect(analyse('Assembly Speaker Alfred Namasaka ruled that the motion was valid.\n\n“The member will be heard,” the Speaker said.\n').quotes).toEqual([
			['the motion was valid', 'indirect', 'Alfred Namasaka', 'ruled'],
			['The member will be heard,', 'direct', 'Alfred Namasaka', 'said'],
		]);
	});

	it('"with X telling …", "one of them said", "the man who found the body said" and "retired judge X" name who speaks, and anonymous sources no one', () => {
		expect(analyse('The application was refused, with the chair of the bench telling the court: “These are serious offences.”\n').quotes).toEqual([['These are serious offences.', 'direct', 'chair of the bench', 'telling']]);
		expect(analyse('The plan was approved, with Mayor Ana Ruiz saying it would create jobs.\n').quotes).toEqual([['it would create jobs', 'indirect', 'Ana Ruiz', 'saying']]);
		expect(analyse('In Kessa, two farmers said the rains had failed.\n\n“We have nothing,” one of them, a widow, said by phone.\n').quotes).toEqual([
			['the rains had failed', 'indirect', 'farmers', 'said'],
			['We have nothing,', 'direct', 'farmers', 'said'],
		]);
		expect(analyse('The man who found the body said he screamed.\n').quotes).toEqual([['he screamed', 'indirect', 'man', 'said']]);
		expect(analyse('Two firms have filed claims.\n\nOne of them, Jeddah-based Barqan Steel Structures, says it is owed SR212 million.\n').quotes).toEqual([['it is owed SR212 million', 'indirect', 'Barqan Steel Structures', 'says']]);
		expect(analyse('An inquiry into a new runway at Halden Moss Airport opened, with the airport telling the inspector that flights would be turned away.\n').quotes).toEqual([['flights would be turned away', 'indirect', 'Halden Moss Airport', 'telling']]);
		// (but sources the story keeps anonymous are no one's)
		expect(analyse('In Basrendi, two residents who asked not to be named said drones had circled the town.\n\n“You hear them all day,” one of them, a schoolteacher, said by phone.\n').quotes.map(([text, , speaker]) => [text, speaker])).toEqual([
			['drones had circled the town', null],
			['You hear them all day,', null],
		]);
		expect(analyse('The inquiry’s chair, retired judge Sheila Abernethy-Mensah, said the families had waited.\n').quotes).toEqual([['the families had waited', 'indirect', 'Sheila Abernethy-Mensah', 'said']]);
	});

	it('"Kelvora Mineral Sands (Pvt) Ltd" is one company; "the divisions of Uduwella North and Pallathota" are places', () => {
		expect(roles('The company, Kelvora Mineral Sands (Pvt) Ltd, said it was within the law.\n')).toEqual([['Kelvora Mineral Sands (Pvt) Ltd', 'organization', []]]);
		expect(roles('Families in the divisions of Uduwella North and Pallathota fish from the beach.\n')).toEqual([
			['Uduwella North', 'place', []],
			['Pallathota', 'place', []],
		]);
	});

	it('"told this correspondent", "told our reporter": the one told is no part of the words reported', () => {
		expect(analyse('Ama Boateng told this correspondent he had raised the matter.\n').quotes).toEqual([['he had raised the matter', 'indirect', 'Ama Boateng', 'told']]);
		expect(analyse('Ama Boateng told our reporter that the rice was sold.\n').quotes).toEqual([['the rice was sold', 'indirect', 'Ama Boateng', 'told']]);
	});
});

describe('the seventeenth batch\'s speakers (invented people and places)', () => {
	it('a title between commas and then its body describe the person before them ("X, Chairman, House Committee on Public Accounts, said")', () => {
		expect(analyse('Hon. Tunde Fasanmi, Chairman, House Committee on Public Accounts, said the report was late.\n').quotes).toEqual([['the report was late', 'indirect', 'Tunde Fasanmi', 'said']]);
		expect(analyse('Ram Prasad, Executive Engineer, Public Works Department, said the road would open.\n').quotes).toEqual([['the road would open', 'indirect', 'Ram Prasad', 'said']]);
		expect(analyse('The Mayor of Dunmere, Cllr Siobhan Keary, said the bins would be collected.\n\n“We are ready,” the mayor said.\n').quotes.at(-1)).toEqual(['We are ready,', 'direct', 'Siobhan Keary', 'said']);
		expect(analyse('A man whose house was destroyed said he had nowhere to go.\n').quotes).toEqual([['he had nowhere to go', 'indirect', 'man', 'said']]);
		expect(analyse('She sang at a club whose regulars called her “the Lark”.\n').quotes.map(([, , speaker]) => speaker)).not.toContain('club');
		expect(analyse('Forecaster Imogen Tredwell said the rain would continue.\n').quotes).toEqual([['the rain would continue', 'indirect', 'Imogen Tredwell', 'said']]);
		expect(analyse('Jane Osei, Director of Public Health, Kelby County Council, said the outbreak was contained.\n').quotes).toEqual([['the outbreak was contained', 'indirect', 'Jane Osei', 'said']]);
		// (a body in apposition to a word for it is still the body)
		expect(analyse('Her union, the Northern Nurses’ Guild, said pay was low.\n').quotes).toEqual([['pay was low', 'indirect', 'Northern Nurses’ Guild', 'said']]);
	});
});

describe('seats, clerics’ styles and a body’s unnamed officer (invented people and places)', () => {
	it('the seat a member sits for is a place, apart from the legislature', () => {
		expect(analyse('Kwame Boateng, Member of Parliament for Dunmere West, said the bridge had collapsed.\n')).toEqual({
			quotes: [['the bridge had collapsed', 'indirect', 'Kwame Boateng', 'said']],
			actors: [
				['Kwame Boateng', 'person'],
				['Parliament', 'organization'],
				['Dunmere West', 'place'],
			],
		});
		expect(analyse('Jane Osei, the MP for Kelby North, said the clinic would stay open.\n').actors).toEqual([
			['Jane Osei', 'person'],
			['Kelby North', 'place'],
		]);
	});

	it('"a State of Emergency" names no place', () => {
		expect(analyse('The council declared a State of Emergency on Monday.\n').actors).toEqual([]);
		expect(analyse('Ada Nakamura of Oketunde said the water was safe.\n').actors).toEqual([
			['Ada Nakamura', 'person'],
			['Oketunde', 'place'],
		]);
	});

	it('a cleric’s or a privy counsellor’s style in apposition, and on its own, before the name', () => {
		expect(analyse('The Bishop of Arlow, the Rt Rev Mark Tennant, said the church would help.\n').quotes).toEqual([['the church would help', 'indirect', 'Mark Tennant', 'said']]);
		expect(analyse('The Archdeacon, the Very Reverend Ana Ruiz, said the hall would open.\n').quotes).toEqual([['the hall would open', 'indirect', 'Ana Ruiz', 'said']]);
		expect(analyse('The Speaker, the Rt Hon Jane Osei, said the vote would be held.\n').quotes).toEqual([['the vote would be held', 'indirect', 'Jane Osei', 'said']]);
		expect(analyse('The Right Reverend Mark Tennant said the church would help.\n').actors).toEqual([['Mark Tennant', 'person']]);
		// ("Hon" with no stop opens a name of its own where it is no one's title)
		expect(analyse('The boat sank off Hon Khuyen island.\n').actors).toEqual([['Hon Khuyen island', 'place']]);
	});

	it('"Its chief executive said", for no one named: the organisation speaks through its officer', () => {
		expect(analyse('Kelvor Mining said output rose. Its chief executive said the mine was safe.\n').quotes).toEqual([
			['output rose', 'indirect', 'Kelvor Mining', 'said'],
			['the mine was safe', 'indirect', 'Kelvor Mining', 'said'],
		]);
		expect(analyse('Kelvor Mining said output rose. Its Deputy Director said the mine was safe.\n')).toEqual({
			quotes: [
				['output rose', 'indirect', 'Kelvor Mining', 'said'],
				['the mine was safe', 'indirect', 'Kelvor Mining', 'said'],
			],
			actors: [['Kelvor Mining', 'organization']],
		});
	});
});

describe('a place before its office, trades of sport and journals (invented people and places)', () => {
	it('"Former Puerto Almagro mayor Teodora Ocampo": the place, and the person; "Local councillor" names no place', () => {
		expect(analyse('Former Puerto Almagro mayor Teodora Ocampo said the vote was fair.\n').actors).toEqual([
			['Puerto Almagro', 'place'],
			['Teodora Ocampo', 'person'],
		]);
		expect(analyse('Local councillor Ravi Demetriou said the road was closed.\n').actors).toEqual([['Ravi Demetriou', 'person']]);
	});

	it('"Recruit Sam Adeyemi-Clarke" is the recruit, and "the Annals of Upland Ecology" a journal', () => {
		expect(analyse('Recruit Sam Adeyemi-Clarke said he was ready.\n').quotes).toEqual([['he was ready', 'indirect', 'Sam Adeyemi-Clarke', 'said']]);
		expect(analyse('The study, in the Annals of Upland Ecology, draws on 40,000 records.\n').actors).toEqual([['Annals of Upland Ecology', 'organization']]);
	});
});

describe('parties named in Hindi, judges, plural titles and contractions (invented people and places)', () => {
	it('"Jan" before a capitalised word opens a name; alone it is the month', () => {
		expect(analyse('Hemlata Dhurve of the Jan Adhikar Dal said the delay was costly.\n').actors).toEqual([
			['Hemlata Dhurve', 'person'],
			['Jan Adhikar Dal', 'organization'],
		]);
		expect(analyse('Prices rose in Jan and Feb.\n').actors).toEqual([]);
	});

	it('"the judge said" after "Justice Meera Balasubramaniam" is the justice', () => {
		expect(analyse('Justice Meera Balasubramaniam said the allegation was specific.\n\nBut the judge said it “does not name the minister at all”.\n').quotes.at(-1)).toEqual(['does not name the minister at all', 'direct', 'Meera Balasubramaniam', 'said']);
	});

	it('a title in the plural before two names, and "We’re" opening a quote', () => {
		expect(analyse('Councilmembers Ollie Brandvold and Rita Sands voted no.\n').actors).toEqual([
			['Ollie Brandvold', 'person'],
			['Rita Sands', 'person'],
		]);
		expect(analyse('“We’re saying put it somewhere else,” she said.\n').actors).toEqual([]);
	});
});

describe('Indian courts and parties (invented people and places)', () => {
	it('a person "of" a party written with its acronym in brackets is the speaker, not the party', () => {
		expect(analyse('Leader of the Opposition Shri Hari Narayan Choudhary of the Rashtriya Jan Morcha (RJM) called the waiver "an eyewash" and said only loans were covered.\n').quotes.map(([, , speaker]) => speaker)).toEqual(['Hari Narayan Choudhary', 'Hari Narayan Choudhary']);
	});

	it('"the bench observed" is the court that sat', () => {
		expect(analyse('The Devanchal High Court quashed the list.\n\n“The rot is not at the margins,” the bench observed.\n').quotes).toEqual([['The rot is not at the margins,', 'direct', 'Devanchal High Court', 'observed']]);
	});
});

describe('styles of the Gulf and languages spoken (invented people and places)', () => {
	it('"Eng." and "H.E." are styles that end no sentence', () => {
		expect(analyse('"This is the project," chief executive Eng. Omar Al Khuzai said.\n').quotes).toEqual([['This is the project,', 'direct', 'Omar Al Khuzai', 'said']]);
		expect(analyse('The chairman, H.E. Sheikh Khalid Al Thani, said the fleet would grow.\n').quotes).toEqual([['the fleet would grow', 'indirect', 'Khalid Al Thani', 'said']]);
	});

	it('a language spoken in is no place, nor part of what was said', () => {
		expect(analyse('The minister said in French that the plan would work, and added in English that it was fair.\n')).toEqual({
			quotes: [
				['the plan would work', 'indirect', 'minister', 'said'],
				['it was fair', 'indirect', 'minister', 'added'],
			],
			actors: [['minister', 'group']],
		});
	});
});

describe('Caribbean cabinets and festivals (invented people and places)', () => {
	it('"the Prime Minister said, adding that …" is the prime minister, not a minister named since nor the subject reported', () => {
		expect(analyse('Prime Minister Dr Lionel Hendricks-Bailey announced water restrictions.\n\nMinister of Water and Housing Denise Fairclough-Obeng said tanks would be sent.\n\nThe board approved a $1.2 billion works programme, the Prime Minister said, adding that contractors would begin work “within the next fortnight”.\n').quotes.slice(1)).toEqual([
			['The board approved a $1.2 billion works programme', 'indirect', 'Lionel Hendricks-Bailey', 'said'],
			['within the next fortnight', 'direct', 'Lionel Hendricks-Bailey', 'adding'],
		]);
	});

	it('"Minister of National Security X" carries the portfolio, and "Eid al-Fitr" or "Christmas Eve" is no one', () => {
		expect(analyse('Minister of National Security Kareem Lindo-Baptiste said the operation would continue.\n').quotes).toEqual([['the operation would continue', 'indirect', 'Kareem Lindo-Baptiste', 'said']]);
		expect(analyse('Footfall rose between March 11 and Eid al-Fitr, and again on Christmas Eve.\n').actors).toEqual([]);
	});
});

describe('a source whose identity was withheld (invented people and places)', () => {
	it('is no one\'s, as "a diplomat who asked not to be named" is', () => {
		expect(analyse('A nurse whose identity was withheld said the ward was full.\n').quotes).toEqual([['the ward was full', 'indirect', null, 'said']]);
		expect(analyse('A nurse whose son was hurt said the ward was full.\n').quotes).toEqual([['the ward was full', 'indirect', 'nurse', 'said']]);
	});
});

describe('obituaries and profiles (invented people)', () => {
	const obituary = [
		'SARENTZ — Augustin Mwale-Varga, who steered Valdoria through the currency crisis of 1992, died on Thursday. He was 91.',
		'Prime Minister Helena Ostrova-Cole wrote on X that he had been “the man who kept the lights on.”',
		'Born in the river port of Ambrel, Mwale-Varga left school at 15 to work as a clerk.',
		'The real test came in 1992, when Mwale-Varga kept parliament sitting through the summer recess.',
		'In his 2004 memoir, “Numbers in the Dark,” he wrote: “We had a choice between being unpopular and being bankrupt.”',
		'Ines Okafor-Lund, his chief of staff from 1989 to 1997, said he had read every line of every budget himself.',
		'“He would sit with a pencil until 2 a.m.,” she said.',
	].join('\n\n');

	it('a title after "memoir" is no one’s words, and "X, his chief of staff, said he …" teaches no gender against X’s name', () => {
		const quotes = analyse(obituary).quotes;
		expect(quotes.map(([text]) => text)).not.toContain('Numbers in the Dark,');
		expect(quotes.slice(-2)).toEqual([
			['he had read every line of every budget himself', 'indirect', 'Ines Okafor-Lund', 'said'],
			['He would sit with a pencil until 2 a.m.,', 'direct', 'Ines Okafor-Lund', 'said'],
		]);
	});

	it('a nickname after "known … as" is no quote', () => {
		expect(analyse('Known to everyone at the Fenwick club as "Dot," she has kept the scorebook for 71 years.\n').quotes).toEqual([]);
	});
});

describe('unnamed speakers with a modifier or an owner (invented bodies)', () => {
	it('"Fire officials said", "his lawyers said"', () => {
		expect(analyse('Fire officials said shifting winds could push the blaze toward Corbin Flats.\n').quotes).toEqual([['shifting winds could push the blaze toward Corbin Flats', 'indirect', 'fire officials', 'said']]);
		expect(analyse('His lawyers said they would file an annulment appeal.\n').quotes).toEqual([['they would file an annulment appeal', 'indirect', 'lawyers', 'said']]);
	});

	it('leaves one person someone has, unnamed, to no one', () => {
		expect(analyse('His wife said he had left at dawn.\n').quotes).toEqual([]);
	});
});

describe('states, provinces and nations the gazetteer knows (invented people)', () => {
	it('are places wherever they stand, not people or organisations', () => {
		expect(analyse('Floods hit Queensland on Monday, and Ilse Varga said Nova Scotia had sent crews.\n').actors).toEqual([
			['Queensland', 'place'],
			['Ilse Varga', 'person'],
			['Nova Scotia', 'place'],
		]);
		expect(analyse('Councils in Northern Ireland said the Tana River basin had flooded.\n').actors).toEqual([
			['Northern Ireland', 'place'],
			['Tana River basin', 'place'],
			['councils', 'group'],
		]);
	});
});

describe('"Promoter" before a name (invented people)', () => {
	// ("Miss" was made an honorific in Engine 242 and taken back in Engine 245: review 16 found "Miss World" and "Miss Halvern" made people)
	it('is a role, not part of the name', () => {
		expect(analyse('Promoter Jonah Whitlock-Baptiste said demand was high.\n').quotes).toEqual([['demand was high', 'indirect', 'Jonah Whitlock-Baptiste', 'said']]);
	});
});

describe('one word described as a business after it (invented companies)', () => {
	it('is an organisation: "Telvara, Marvesta’s largest mobile operator,"', () => {
		expect(analyse('Hackers published data on 2.3 million customers of Telvara, Marvesta’s largest mobile operator.\n\nTelvara confirmed on Friday that the data was genuine.\n')).toEqual({
			quotes: [['the data was genuine', 'indirect', 'Telvara', 'confirmed']],
			actors: [['Telvara', 'organization']],
		});
	});

	it('leaves a person and a country described so alone', () => {
		expect(analyse('Ilse Varga, Marvesta’s largest wheat producer, said prices fell.\n').actors).toEqual([['Ilse Varga', 'person']]);
		expect(analyse('Rice prices rose in Tanvaria, the world’s largest rice exporter.\n').actors).toEqual([['Tanvaria', 'place']]);
	});
});

describe('"alleging that", "complaining that", "cautioning that" after a main verb (invented people)', () => {
	it('report the clause, as "saying that" does', () => {
		expect(analyse('Hajiya Zainab Dan-Mallam rejected the outcome, alleging that the list of delegates had been changed.\n').quotes).toEqual([['the list of delegates had been changed', 'indirect', 'Zainab Dan-Mallam', 'alleging']]);
	});
});

describe('a title that serves a place, then its holder (invented people)', () => {
	it('"Deputy Ombudsman for the Visayas Corazon Mabini-Tiu said" is the person’s, not a body named after her', () => {
		expect(analyse('Deputy Ombudsman for the Visayas Corazon Mabini-Tiu said the suspension was needed.\n\n"The evidence of guilt is strong," she said in the order.\n').quotes).toEqual([
			['the suspension was needed', 'indirect', 'Corazon Mabini-Tiu', 'said'],
			['The evidence of guilt is strong,', 'direct', 'Corazon Mabini-Tiu', 'said'],
		]);
	});
});
