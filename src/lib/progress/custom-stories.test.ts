import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileInk } from '../engine/compile.ts';
import { CustomStoryError, checkInkSource, storyHash, toCustomStory } from '../instructor/custom-story.ts';
import { LIMITS } from '../instructor/limits.ts';
import {
	deleteCustomStory,
	listSavedStories,
	loadCustomStories,
	saveCustomStory,
	saveCustomStoryFromSource,
	storyKey
} from './custom-stories.ts';
import { PREFIX } from './keys.ts';
import { MemoryStore } from './kv-store.ts';

const STORY_PREFIX = PREFIX.instructorStory;
const fixture = (name: string) => readFileSync(`tests/fixtures/author/${name}.ink`, 'utf8');
const VALID = fixture('valid');
const BROKEN = fixture('broken');
const XSS = fixture('xss');
const NOW = new Date('2026-11-22T10:00:00.000Z');
const dump = (store: MemoryStore) => JSON.stringify([...store.data.entries()]);

/** Replaces the first occurrence of `from` on line `line` (1-based) of the valid story. */
function editLine(line: number, from: string | RegExp, to: string): string {
	const lines = VALID.split('\n');
	const edited = lines[line - 1].replace(from, to);
	if (edited === lines[line - 1]) throw new Error(`line ${line} has no ${from}`);
	lines[line - 1] = edited;
	return lines.join('\n');
}
const lineOf = (needle: string) => VALID.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('storage', () => {
	it('saves an accepted source under instructor:story:<hash>, lists it, and deletes it', async () => {
		const store = new MemoryStore();
		await store.set('run:elderly-wang', { untouched: true });
		const { check, story } = await saveCustomStoryFromSource(store, `\uFEFF${VALID}`, compileInk, { now: NOW });
		expect(check.accepted).toBe(true);
		expect(story!.hash).toMatch(/^[0-9a-f]{16}$/);
		expect([...store.data.keys()].sort()).toEqual(['instructor:story:' + story!.hash, 'run:elderly-wang']);

		expect(await loadCustomStories(store)).toEqual([story]);
		// Exactly the record's fields: nothing extra travels into an assignment.
		expect(Object.keys((await loadCustomStories(store))[0]).sort()).toEqual(['hash', 'id', 'json', 'locale', 'title']);
		expect(await listSavedStories(store)).toEqual({ saved: [{ story, savedAt: NOW.toISOString(), source: VALID }], skipped: [] });

		// Saving the same story again keeps one record.
		await saveCustomStory(store, story!, { now: new Date('2026-11-23T10:00:00.000Z') });
		expect((await listSavedStories(store)).saved.map((s) => s.savedAt)).toEqual(['2026-11-23T10:00:00.000Z']);

		await deleteCustomStory(store, story!.hash);
		expect(await loadCustomStories(store)).toEqual([]);
		expect([...store.data.keys()]).toEqual(['run:elderly-wang']);
		await expect(deleteCustomStory(store, '../run:x')).rejects.toThrow(CustomStoryError);
	});

	it('lists newest first', async () => {
		const store = new MemoryStore();
		const a = (await saveCustomStoryFromSource(store, VALID, compileInk, { now: new Date('2026-01-01T00:00:00.000Z') })).story!;
		const b = (await saveCustomStoryFromSource(store, XSS, compileInk, { now: new Date('2026-02-01T00:00:00.000Z') })).story!;
		expect((await loadCustomStories(store)).map((s) => s.hash)).toEqual([b.hash, a.hash]);
	});

	it('skips records that are invalid, misfiled or do not match their hash', async () => {
		const store = new MemoryStore();
		const { story } = await saveCustomStoryFromSource(store, VALID, compileInk, { now: NOW });
		const good = store.data.get(storyKey(story!.hash)) as Record<string, unknown>;
		const other = '0123456789abcdef';
		await store.set(`${STORY_PREFIX}garbage`, '<script>alert(1)</script>');
		await store.set(`${STORY_PREFIX}nulled`, null);
		await store.set(`${STORY_PREFIX}${other}`, good);
		await store.set(`${STORY_PREFIX}tampered`, { ...good, json: good.json + ' ' });
		await store.set(`${STORY_PREFIX}no-version`, { ...good, v: undefined });
		await store.set(`${STORY_PREFIX}wrong-id`, { ...good, id: `custom-${other}` });
		await store.set(`${STORY_PREFIX}bad-locale`, { ...good, locale: 'fr' });
		await store.set('instructor:result:x', { whatever: 1 });
		const { saved, skipped } = await listSavedStories(store);
		expect(saved.map((s) => s.story)).toEqual([story]);
		expect(skipped.sort()).toEqual(
			['garbage', 'nulled', other, 'tampered', 'no-version', 'wrong-id', 'bad-locale'].map((k) => STORY_PREFIX + k).sort()
		);
	});

	it('refuses to store an invalid record and writes nothing', async () => {
		const store = new MemoryStore();
		const json = checkInkSource(VALID, compileInk).json!;
		const story = toCustomStory(json, await storyHash(json));
		const before = dump(store);
		await expect(saveCustomStory(store, { ...story, json: json + ' ' })).rejects.toThrow(/does not match its hash/);
		await expect(saveCustomStory(store, { ...story, id: 'custom-0123456789abcdef' })).rejects.toThrow(/does not match hash/);
		await expect(saveCustomStory(store, { ...story, title: '' })).rejects.toThrow(/title/);
		expect(dump(store)).toBe(before);
	});

	it('stores nothing for the broken and contract-breaking examples', async () => {
		const store = new MemoryStore();
		for (const source of [BROKEN, editLine(lineOf('#technique:empathy'), ' #quality:best', ''), '', 'x'.repeat(LIMITS.inkBytes + 1)]) {
			expect((await saveCustomStoryFromSource(store, source, compileInk)).story).toBeUndefined();
		}
		expect(store.data.size).toBe(0);
	});
});

describe('the save path under malformed input (property)', () => {
	const validLines = VALID.split('\n');
	const choiceLines = validLines.flatMap((l, i) => (l.trimStart().startsWith('+ [') ? [i] : []));
	const endingLines = validLines.flatMap((l, i) => (/#ending:/.test(l) ? [i] : []));
	const knotDiverts = validLines.flatMap((l, i) => (/-> (intake|assessment|planning|closing)\b/.test(l) ? [i] : []));
	const TAG_VALUES = new Set([
		'intake',
		'assessment',
		'planning',
		'intervention',
		'evaluation',
		'closing',
		'follow-up',
		'best',
		'good',
		'weak',
		'harmful'
	]);
	const KNOTS = new Set(['intake', 'assessment', 'planning', 'closing', 'end', 'done']);
	const setLine = (i: number, text: string) => validLines.map((l, k) => (k === i ? text : l)).join('\n');
	const word = fc.stringMatching(/^[a-z][a-z_]{0,11}$/);

	// Every generator below yields input that must be refused: each breaks a rule the checker enforces.
	const malformed = fc.oneof(
		// Garbage: no "# title:", so the audit refuses it even if it compiles.
		fc.string({ unit: 'binary', maxLength: 300 }),
		fc.string({ maxLength: 300 }),
		fc.jsonValue().map((j) => JSON.stringify(j)),
		fc
			.array(
				fc.constantFrom(
					'=== k ===',
					'= s',
					'+ [x]',
					'* y',
					'-> k',
					'-> END',
					'{',
					'}',
					'~ x = 1',
					'VAR x = 0',
					'# lang: en',
					'EXTERNAL f()',
					'INCLUDE other.ink',
					'- gather',
					'<>',
					'#feedback',
					'<script>alert(1)</script>',
					"<img src=x onerror=alert('x')>",
					'javascript:alert(1)',
					'\u0000'
				),
				{ maxLength: 25 }
			)
			.map((parts) => parts.join('\n')),
		// The valid story, broken in one place.
		fc
			.tuple(fc.constantFrom(...choiceLines), fc.constantFrom('phase', 'quality'))
			.map(([i, tag]) => setLine(i, validLines[i].replace(new RegExp(` #${tag}:[a-z-]+`), ''))),
		fc
			.tuple(
				fc.constantFrom(...choiceLines),
				fc.constantFrom('phase', 'quality', 'technique'),
				word.filter((w) => !TAG_VALUES.has(w))
			)
			.filter(([i, tag]) => validLines[i].includes(`#${tag}:`))
			.map(([i, tag, w]) => setLine(i, validLines[i].replace(new RegExp(`#${tag}:[a-z-]+`), `#${tag}:${w}`))),
		fc
			.tuple(
				fc.constantFrom(...knotDiverts),
				word.filter((w) => !KNOTS.has(w))
			)
			.map(([i, w]) => setLine(i, validLines[i].replace(/-> [a-z]+/, `-> ${w}`))),
		fc.constantFrom(...endingLines).map((i) => setLine(i, validLines[i].replace(/ #ending:[a-z-]+/, ''))),
		fc.constantFrom('# title:', '# lang:').map((g) => validLines.filter((l) => !l.startsWith(g)).join('\n')),
		fc
			.stringMatching(/^[A-Za-z-]{1,10}$/)
			.filter((l) => !['zh-cn', 'en'].includes(l.toLowerCase()))
			.map((l) => VALID.replace('# lang: zh-CN', `# lang: ${l}`)),
		fc
			.tuple(fc.nat(VALID.length), fc.constantFrom('\u0000', '\u0001', '\u0008', '\u001b', '\u007f'))
			.map(([at, c]) => VALID.slice(0, at) + c + VALID.slice(at)),
		fc
			.integer({ min: 1, max: 4096 })
			.map((extra) => `${VALID}\n// ${'x'.repeat(LIMITS.inkBytes - new TextEncoder().encode(VALID).length + extra)}`),
		fc.constantFrom('', ' ', '\n\n\t', '\uFEFF', '\uFEFF\r\n ')
	);

	it('accepts none of 1,000+ malformed sources and leaves the store byte-for-byte unchanged', async () => {
		const store = new MemoryStore();
		await store.set('run:elderly-wang', { v: 1, scenarioId: 'elderly-wang', choices: [0, 1] });
		expect((await saveCustomStoryFromSource(store, VALID, compileInk, { now: NOW })).story).toBeDefined();
		const before = dump(store);
		await fc.assert(
			fc.asyncProperty(malformed, async (source) => {
				const { check, story } = await saveCustomStoryFromSource(store, source, compileInk, { now: NOW });
				expect(story).toBeUndefined();
				expect(check.accepted).toBe(false);
				expect(dump(store)).toBe(before);
			}),
			{ numRuns: 1200, seed: 20261122 }
		);
	}, 240_000);
});
