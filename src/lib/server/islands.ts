/**
 * Where a prerendered page without SvelteKit's client finds its island
 * script. The islands are entries of the client build of their own
 * (scripts/vite-plugin-islands.ts); Vite's manifest of that build names the
 * file each became and the chunks it imports, which the page preloads so
 * they download together instead of one after another.
 */
import { dev } from '$app/environment';
import { readFileSync } from 'node:fs';

export interface ManifestChunk {
	file: string;
	imports?: string[];
}

/** SvelteKit writes the client build, and Vite its manifest, here; the client build is done before any page is prerendered. */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

export interface IslandScripts {
	src: string;
	preload: string[];
}

/** `source` is the island's path from the project root, as the manifest keys it. */
export function islandScripts(source: string): IslandScripts {
	// Vite's dev server compiles the source on request.
	if (dev) return { src: `/${source}`, preload: [] };
	return islandIn(JSON.parse(readFileSync(MANIFEST, 'utf8')), source);
}

/** The island's file in a client build's manifest, and every chunk it imports, directly or not. */
export function islandIn(manifest: Record<string, ManifestChunk>, source: string): IslandScripts {
	const entry = manifest[source];
	if (!entry) throw new Error(`${source} is not in the client build: list it in vite.config.ts's islands()`);
	const preload = new Set<string>();
	const visit = (chunk: ManifestChunk) => {
		for (const key of chunk.imports ?? []) {
			const imported = manifest[key];
			if (!imported || preload.has(imported.file)) continue;
			preload.add(imported.file);
			visit(imported);
		}
	};
	visit(entry);
	return { src: `/${entry.file}`, preload: [...preload].map((file) => `/${file}`) };
}
