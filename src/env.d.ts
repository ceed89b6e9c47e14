/** Values the Dateline integrations give the pages at build time. */
interface ImportMetaEnv {
	/** Folder of the article records (set by `src/integrations/records.ts`). */
	readonly DATELINE_RECORDS_DIR: string;
	/** Path of the actor registry (set by `src/integrations/records.ts`). */
	readonly DATELINE_ACTORS_FILE: string;
	/** Folder where the data files' parts are kept between builds (set by `src/integrations/records.ts`). */
	readonly DATELINE_DATA_PARTS_DIR: string;
	/** A digest of Dateline's source folder and lockfile: what the kept data-file parts were made by (set by `src/integrations/records.ts`). */
	readonly DATELINE_CODE_DIGEST: string;
}

/** The name lists of `gender-detection-from-name` (CommonJS modules exporting a Map, without types of their own). */
declare module 'gender-detection-from-name/names/*.js' {
	const names: ReadonlyMap<string, 'male' | 'female'>;
	export default names;
}
