/**
 * Adds island scripts to SvelteKit's client build as entries of their own.
 * An island is the script of a page prerendered without SvelteKit's client
 * (`csr = false`); it mounts a few components over the prerendered markup.
 * The page finds the built file through src/lib/server/islands.ts.
 */
import type { Plugin } from 'vite';

/** `entries`: output name (under _app/immutable/) → source path from the project root. */
export function islands(entries: Record<string, string>): Plugin {
	let ssr = false;
	return {
		name: 'casework-islands',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		options(options) {
			if (ssr) return;
			const input = options.input;
			if (!input || typeof input !== 'object' || Array.isArray(input))
				throw new Error('islands(): expected SvelteKit to name its client entries');
			options.input = { ...input, ...entries };
		}
	};
}
