import { describe, expect, it } from 'vitest';
import { islandIn, type ManifestChunk } from './islands.ts';

/** The shape of Vite's manifest: chunks keyed by source (entries) or by an underscored name (shared chunks). */
const manifest: Record<string, ManifestChunk> = {
	'src/lib/islands/home.ts': { file: '_app/immutable/entry/home-island.abc.js', imports: ['_svelte.js', '_progress.js'] },
	'_svelte.js': { file: '_app/immutable/chunks/svelte.js' },
	'_progress.js': { file: '_app/immutable/chunks/progress.js', imports: ['_valibot.js', '_svelte.js'] },
	'_valibot.js': { file: '_app/immutable/chunks/valibot.js' },
	'node_modules/localforage/dist/localforage.js': { file: '_app/immutable/chunks/localforage.js' }
};

describe('islandIn', () => {
	it("names the island's built file and every chunk it imports, directly or not, once each", () => {
		expect(islandIn(manifest, 'src/lib/islands/home.ts')).toEqual({
			src: '/_app/immutable/entry/home-island.abc.js',
			preload: ['/_app/immutable/chunks/svelte.js', '/_app/immutable/chunks/progress.js', '/_app/immutable/chunks/valibot.js']
		});
	});

	it('says how to fix a page whose island is not in the build', () => {
		expect(() => islandIn(manifest, 'src/lib/islands/other.ts')).toThrow(
			"src/lib/islands/other.ts is not in the client build: list it in vite.config.ts's islands()"
		);
	});
});
