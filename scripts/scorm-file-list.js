/**
 * After the static adapter has written the site, lists every file it wrote in
 * `<out>/scorm-files.json`, sorted. The instructor's browser reads the list to
 * pack a SCORM package (src/lib/browser/scorm-export.ts): a static site has
 * no server to ask which files it is made of. Plain JavaScript, because
 * svelte.config.js imports it before anything compiles TypeScript.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const FILE_LIST = 'scorm-files.json';

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir) {
	/** @type {string[]} */
	const out = [];
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
	}
	return out.filter((f) => f !== FILE_LIST).sort();
}

/**
 * The adapter, then the list.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} out the adapter's output folder
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withFileList(adapter, out) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			writeFileSync(join(out, FILE_LIST), JSON.stringify({ files: listFiles(out) }));
		}
	};
}
