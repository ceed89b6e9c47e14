/**
 * The gazetteer: countries (every English name, abbreviation, capital and demonym), continents,
 * large cities, the states of the United States (with the abbreviations AP style writes after a
 * town, "Ore."), the nations of the United Kingdom and the states, provinces and regions of eleven
 * countries whose English press names them ("Queensland", "Ontario", "Kerala"), from `data/places.json` (generated from maintained data packages, see
 * `scripts/build-place-data.ts`).
 */
import placeData from './data/places.json' with { type: 'json' };

/** How a place name was recognised. */
export type PlaceMatchKind = 'country' | 'capital' | 'demonym' | 'demonym-plural' | 'continent' | 'city' | 'state' | 'region';

/** A recognised place name. */
export interface PlaceMatch {
	kind: PlaceMatchKind;
	/** ISO 3166 alpha-2 code of the country the name stands for or lies in (none for continents). */
	country?: string;
	/** The country's common English name, or the continent's or city's name. */
	name: string;
	/** True for abbreviations such as `UK` or `U.S.`. */
	abbreviation: boolean;
}

const byName = new Map<string, PlaceMatch>();
const countryNames = new Map<string, string>();
const southernCountries = new Set(placeData.countries.filter((country) => country.southern).map((country) => country.code));

function add(surface: string, match: PlaceMatch): void {
	if (!byName.has(surface)) byName.set(surface, match);
}

for (const country of placeData.countries) {
	countryNames.set(country.code, country.name);
	for (const name of country.names) {
		const abbreviation = /^[A-Z.]+$/.test(name);
		add(name, { kind: 'country', country: country.code, name: country.name, abbreviation });
		if (abbreviation) add(name.replace(/\./g, ''), { kind: 'country', country: country.code, name: country.name, abbreviation });
	}
	for (const capital of country.capitals) {
		add(capital, { kind: 'capital', country: country.code, name: country.name, abbreviation: false });
		// a capital named with its district ("Washington D.C.") goes by its first part too
		const district = /^(.+?),? D\.C\.$/.exec(capital);
		if (district?.[1]) add(district[1], { kind: 'capital', country: country.code, name: country.name, abbreviation: false });
	}
	for (const demonym of country.demonyms) {
		add(demonym, { kind: 'demonym', country: country.code, name: country.name, abbreviation: false });
		add(pluralDemonym(demonym), { kind: 'demonym-plural', country: country.code, name: country.name, abbreviation: false });
	}
}
for (const continent of placeData.continents) add(continent, { kind: 'continent', name: continent, abbreviation: false });
/** Each state by the abbreviation AP style writes after a town ("Ore.", "N.Y."); a name written in full is left to `byName`. */
const statesByAbbreviation = new Map(placeData.usStates.filter((state) => state.ap !== state.name).map((state) => [state.ap, state.name]));
// a nation of the United Kingdom or a state, province or region of another country ("Scotland", "Queensland", "Kerala"), before
// a city of another country with its name ("Ontario")
for (const [region, country] of Object.entries(placeData.regions as Record<string, string>)) add(region, { kind: 'region', country, name: region, abbreviation: false });
for (const [city, country] of Object.entries(placeData.cities as Record<string, string>)) add(city, { kind: 'city', country, name: city, abbreviation: false });
// a state's name, unless a country or a city has it ("Georgia", "Washington", "New York")
for (const state of placeData.usStates) add(state.name, { kind: 'state', country: 'US', name: state.name, abbreviation: false });

/** "Kenyan" → "Kenyans"; "French", "Chinese", "Swiss" stay as they are ("the French"). */
export function pluralDemonym(demonym: string): string {
	return /(?:ese|ch|sh|ss|s)$/.test(demonym) ? demonym : `${demonym}s`;
}

/** Looks a capitalised name up: `"U.K."`, `"Nairobi"`, `"Kenyan"`, `"Mombasa"`. Case-sensitive. */
export function lookupPlace(name: string): PlaceMatch | undefined {
	return byName.get(name) ?? (/^(?:\p{Lu}\.)+$/u.test(name) ? byName.get(name.replace(/\./g, '')) : undefined);
}

/** The common English name of a country by its code. */
export function countryName(code: string): string | undefined {
	return countryNames.get(code);
}

/** True for a country whose seasons are the southern hemisphere's (winter from June to August), by its code. */
export function isSouthernCountry(code: string): boolean {
	return southernCountries.has(code);
}

/** True when `name`, as written, is one of a country's own names (not an abbreviation, capital or demonym). */
export function isCountryName(name: string): boolean {
	const match = byName.get(name);
	return match?.kind === 'country' && !match.abbreviation;
}

/**
 * The state of the United States an AP-style abbreviation names ("Ore." → Oregon, "N.Y." → New
 * York), with its full stop. Only where a town's name and a comma come before it ("SALEM, Ore.",
 * "in Fernhill, Ind."): alone, "Miss." and "Ill." are other words.
 */
export function stateByAbbreviation(abbreviation: string): string | undefined {
	return statesByAbbreviation.get(abbreviation);
}

