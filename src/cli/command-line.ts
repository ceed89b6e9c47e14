/**
 * The command line of Dateline's tools: options parsed with Node's `parseArgs`, a `--help` (`-h`)
 * flag for every tool, and the usage shown on a mistake.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * The tool's options and file arguments, or the exit code to stop with: 0 after printing `usage`
 * for `--help`, 2 after printing the mistake and `usage` for an option the tool does not know or
 * one without its value.
 */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(options: O, usage: string) {
	let parsed;
	try {
		parsed = parseArgs({ allowPositionals: true, options: { ...options, ...HELP } });
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	// the values' type follows the tool's options; `help` is in every tool's
	if ((parsed.values as Record<string, unknown>).help === true) {
		console.log(usage);
		return 0;
	}
	return parsed;
}
