/**
 * The layering rules of eslint.config.js and the cycle check of `npm run
 * lint`, shown failing on planted violations (and passing clean code).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCycles } from '../../scripts/check-cycles.ts';

const LAYER_RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-globals'];

let eslint: ESLint;
beforeAll(() => {
	eslint = new ESLint({ cwd: resolve('.') });
});

/** Layering messages ESLint reports for `code` as if it were saved at `filePath`. */
async function layering(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	// A file ESLint could not parse reports nothing, which would pass every "passes" case.
	expect(result.messages.filter((m) => m.fatal)).toEqual([]);
	return result.messages.filter((m) => m.ruleId && LAYER_RULES.includes(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering lint', { timeout: 60_000 }, () => {
	it.each([
		['scoring importing svelte', 'src/lib/scoring/x.ts', "import { writable } from 'svelte/store';\nexport const s = writable(0);\n"],
		[
			'scoring importing a .svelte.ts class',
			'src/lib/scoring/x.ts',
			"import { Reveal } from '../state/reveal.svelte.ts';\nexport const r = Reveal;\n"
		],
		['quiz importing i18n wording', 'src/lib/quiz/x.ts', "import { MESSAGES } from '../i18n/messages.ts';\nexport const m = MESSAGES;\n"],
		[
			'quiz importing progress by relative path',
			'src/lib/quiz/x.ts',
			"import { KEY } from '../progress/keys.ts';\nexport const k = KEY;\n"
		],
		[
			'instructor importing progress through $lib',
			'src/lib/instructor/x.ts',
			"import { KEY } from '$lib/progress/keys';\nexport const k = KEY;\n"
		],
		['content importing $app', 'src/lib/content/x.ts', "import { goto } from '$app/navigation';\nexport const g = goto;\n"],
		['quiz importing inkjs', 'src/lib/quiz/x.ts', "import { Story } from 'inkjs';\nexport const s = Story;\n"],
		['a pure module using document', 'src/lib/scoring/x.ts', 'export const title = () => document.title;\n'],
		['a pure module using localStorage', 'src/lib/settings/x.ts', "export const read = () => localStorage.getItem('k');\n"],
		[
			'a component importing localforage',
			'src/lib/components/x.ts',
			"import localforage from 'localforage';\nexport const l = localforage;\n"
		],
		[
			'a component importing a progress function',
			'src/lib/components/x.ts',
			"import { openBrowserStore } from '$lib/progress/browser-store';\nexport const o = openBrowserStore;\n"
		],
		[
			'a route importing the StoryEngine value',
			'src/routes/x/helper.ts',
			"import { StoryEngine } from '$lib/engine/story-engine';\nexport const e = StoryEngine;\n"
		],
		[
			'a component importing the progress singleton',
			'src/lib/components/x.ts',
			"import { progress } from '$lib/state/progress.svelte';\nexport const p = progress;\n"
		],
		[
			'a state class importing localforage',
			'src/lib/state/x.ts',
			"import localforage from 'localforage';\nexport const l = localforage;\n"
		],
		['lib importing routes', 'src/lib/state/x.ts', "import { x } from '../../routes/[[lang=locale]]/helper.ts';\nexport const y = x;\n"],
		['progress importing i18n', 'src/lib/progress/x.ts', "import { MESSAGES } from '../i18n/messages.ts';\nexport const m = MESSAGES;\n"],
		['bench importing tests', 'bench/x.ts', "import { MINI } from '../tests/helpers/ink.ts';\nexport const m = MINI;\n"],
		['scripts importing tests', 'scripts/lib/x.ts', "import { MINI } from '../../tests/helpers/ink.ts';\nexport const m = MINI;\n"]
	])('reports %s', async (_name, filePath, code) => {
		expect(await layering(filePath, code)).not.toEqual([]);
	});

	it.each([
		[
			'a scoring module on pure imports',
			'src/lib/scoring/x.ts',
			"import { PHASES } from '../domain/casework.ts';\nimport { replay } from '../engine/replay.ts';\nimport type { Locale } from '../i18n/messages.ts';\nexport const f = (l: Locale) => [PHASES, replay, l];\nexport const later = () => setTimeout(() => {}, 1);\n"
		],
		['the engine importing inkjs', 'src/lib/engine/x.ts', "import { Story } from 'inkjs';\nexport const s = Story;\n"],
		[
			'a component importing types from progress and engine, values from engine/lines',
			'src/lib/components/x.ts',
			"import type { Progress } from '$lib/progress/progress';\nimport type { StoryEngine } from '$lib/engine/story-engine';\nimport { spokenLines } from '$lib/engine/lines';\nexport const f = (p: Progress, e: StoryEngine) => [p, e, spokenLines];\n"
		],
		['a state class importing progress', 'src/lib/state/x.ts', "import { KEY } from '../progress/keys.ts';\nexport const k = KEY;\n"],
		['progress importing localforage', 'src/lib/progress/x.ts', "import localforage from 'localforage';\nexport const l = localforage;\n"],
		['bench importing scripts/lib', 'bench/x.ts', "import { bestPath } from '../scripts/lib/stories.ts';\nexport const b = bestPath;\n"]
	])('passes %s', async (_name, filePath, code) => {
		expect(await layering(filePath, code)).toEqual([]);
	});
});

describe('cycle check', { timeout: 60_000 }, () => {
	let root: string;
	const write = (path: string, code: string) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), code);
	};
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'cycles-'));
		write('src/lib/a/one.ts', "import { two } from '../b/two.ts';\nexport const one = () => two();\n");
		write('src/lib/b/two.ts', "import type { One } from '$lib/a/three';\nexport const two = (x?: One) => x;\n");
		write('src/lib/a/three.ts', "import { one } from './one.ts';\nexport type One = typeof one;\n");
		write('src/lib/c/free.ts', "import { one } from '../a/one.ts';\nexport const free = one;\n");
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('finds a planted cycle, type-only and $lib imports included, and nothing else', () => {
		expect(findCycles(root, ['src'])).toEqual([['src/lib/a/one.ts', 'src/lib/a/three.ts', 'src/lib/b/two.ts']]);
	});

	it('makes the lint step exit non-zero', () => {
		const run = () => execFileSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/check-cycles.ts')], { cwd: root, stdio: 'pipe' });
		expect(run).toThrow(/import cycle: src\/lib\/a\/one\.ts/);
	});

	it('passes the same files once the cycle is broken', () => {
		write('src/lib/b/two.ts', 'export const two = (x?: unknown) => x;\n');
		expect(findCycles(root, ['src'])).toEqual([]);
	});
});
