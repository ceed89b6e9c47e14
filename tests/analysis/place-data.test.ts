import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlaceData, PLACE_DATA_PATH, serialisePlaceData } from '../../scripts/build-place-data.ts';
import { isSouthernCountry, lookupPlace, pluralDemonym, stateByAbbreviation } from '../../src/analysis/places.ts';

describe('the place data', () => {
	it('is exactly what the installed data packages give (regenerate with npm run data:places)', () => {
		expect(readFileSync(PLACE_DATA_PATH, 'utf8')).toBe(serialisePlaceData(buildPlaceData()));
	});

	it('recognises countries by name, abbreviation, capital and demonym, and large cities', () => {
		expect(lookupPlace('U.K.')).toEqual({ kind: 'country', country: 'GB', name: 'United Kingdom', abbreviation: true });
		expect(lookupPlace('Turkey')).toEqual({ kind: 'country', country: 'TR', name: 'Türkiye', abbreviation: false });
		expect(lookupPlace('Nairobi')).toEqual({ kind: 'capital', country: 'KE', name: 'Kenya', abbreviation: false });
		expect(lookupPlace('Norwegians')).toEqual({ kind: 'demonym-plural', country: 'NO', name: 'Norway', abbreviation: false });
		expect(lookupPlace('Chittagong')?.kind).toBe('city');
		expect(lookupPlace('Europe')).toEqual({ kind: 'continent', name: 'Europe', abbreviation: false });
		expect(lookupPlace('Nowhereville')).toBeUndefined();
	});

	it('knows the states of the United States by name, and by their AP abbreviation only through stateByAbbreviation', () => {
		expect(lookupPlace('Oregon')).toEqual({ kind: 'state', country: 'US', name: 'Oregon', abbreviation: false });
		// a country or a city of the same name comes first
		expect(lookupPlace('Georgia')?.kind).toBe('country');
		expect(lookupPlace('Washington')?.kind).toBe('capital');
		expect(['Ore.', 'Ind.', 'N.Y.', 'W.Va.', 'Miss.', 'Texas'].map(stateByAbbreviation)).toEqual(['Oregon', 'Indiana', 'New York', 'West Virginia', 'Mississippi', undefined]);
		expect(lookupPlace('Ore')).toBeUndefined();
	});

	it('knows the nations of the United Kingdom and the states, provinces and regions the English press names as written', () => {
		expect(lookupPlace('Scotland')).toEqual({ kind: 'region', country: 'GB', name: 'Scotland', abbreviation: false });
		expect(['Queensland', 'Ontario', 'Kerala', 'Gauteng', 'New South Wales', 'Northern Ireland'].map((name) => lookupPlace(name)?.country)).toEqual(['AU', 'CA', 'IN', 'ZA', 'AU', 'GB']);
		// (not a common word, a given name, a family name as often, or a name written in the country's own language)
		expect(['Delta', 'Plateau', 'Rivers', 'Victoria', 'Ishikawa', 'Guerrero', 'Bayern'].filter((name) => lookupPlace(name)?.kind === 'region')).toEqual([]);
		expect(lookupPlace('Lagos')?.kind).toBe('city');
	});

	it('knows which countries have the southern hemisphere’s seasons: those whose centre lies below 8° S', () => {
		expect(['AU', 'NZ', 'AR', 'CL', 'ZA', 'BR', 'PE'].filter(isSouthernCountry)).toEqual(['AU', 'NZ', 'AR', 'CL', 'ZA', 'BR', 'PE']);
		expect(['ID', 'KE', 'EC', 'NO', 'US', 'IN'].filter(isSouthernCountry)).toEqual([]);
	});

	it('forms plural demonyms by English rules', () => {
		expect(['Kenyan', 'French', 'Chinese', 'Swiss', 'British'].map(pluralDemonym)).toEqual(['Kenyans', 'French', 'Chinese', 'Swiss', 'British']);
	});
});
