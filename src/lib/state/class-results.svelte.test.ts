import { describe, expect, it, vi } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import type { Locale } from '../i18n/messages.ts';
import { claimedScores, resultCode, type ResultPackage } from '../instructor/result.ts';
import { verifyResult } from '../instructor/verify.ts';
import { resultKey } from '../progress/class-results.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { scoreRun } from '../scoring/index.ts';
import { ClassResults, type Verifier } from './class-results.svelte.ts';

const json = MINI.zh();
const HASH = '0123456789abcdef';

function pkg(learner: string, choices = [0, 0, 0, 0, 0], edit = false, storyHash = HASH): ResultPackage {
	const scores = claimedScores(scoreRun(json, choices));
	return {
		kind: 'casework-result',
		v: 1,
		learner,
		scenarioId: 'mini',
		locale: 'zh-CN',
		storyHash,
		mode: 'exam',
		startedAt: '2026-11-22T09:00:00.000Z',
		finishedAt: `2026-11-22T09:2${learner.length}:00.000Z`,
		choices,
		scoring: 2,
		scores: edit ? { ...scores, total: scores.total + 1 } : scores
	};
}

/** Verifies on this thread, reporting progress once per package. */
function fakePool(log: string[]): Verifier {
	return {
		warm: () => log.push('warm'),
		dispose: () => log.push('dispose'),
		async verify(packages, stories, onProgress) {
			log.push(`verify ${packages.length}`);
			return packages.map((p, i) => {
				onProgress?.(i + 1, packages.length);
				return verifyResult(p, stories.get(p.storyHash));
			});
		}
	};
}

function setup(store = new MemoryStore(), locale: Locale = 'zh-CN') {
	const log: string[] = [];
	const download = vi.fn();
	const stories: string[] = [];
	const results = new ClassResults({
		locale: () => locale,
		open: async () => ({ store, persistent: false }),
		pool: () => fakePool(log),
		story: async (hash) => (stories.push(hash), hash === HASH ? { json, title: '小案例' } : undefined),
		download
	});
	return { results, store, log, download, stories };
}

describe('ClassResults', () => {
	it('loads and verifies the stored results on start, and stops the workers when done', async () => {
		const store = new MemoryStore();
		const honest = pkg('李同学');
		const edited = pkg('王同学同学', [0, 0, 0, 0, 0], true);
		const unknown = pkg('张', [0, 0, 0, 0, 0], false, 'ffffffffffffffff');
		for (const p of [honest, edited, unknown]) await store.set(resultKey(p), p);
		const { results, log } = setup(store);
		const stop = results.start();
		await vi.waitFor(() => expect(results.rows).toHaveLength(3));
		expect(Object.fromEntries(results.rows.map((r) => [r.pkg.learner, r.check.verdict]))).toEqual({
			李同学: 'verified',
			王同学同学: 'mismatch',
			张: 'unknown-story'
		});
		expect(results.progress).toBeNull();
		expect(Object.keys(results.averages).length).toBeGreaterThan(0);
		stop();
		expect(log).toEqual(['warm', 'verify 3', 'dispose']);
	});

	it('imports pasted codes: stores the new ones, reports duplicates and rejects, and clears the box', async () => {
		const { results, store } = setup();
		results.start();
		const a = pkg('李同学');
		const b = pkg('王同学', [0, 1]);
		results.pasted = `${resultCode(a)}\n${resultCode(a)}  nonsense\n${resultCode(b)}`;
		await results.importPasted();
		expect(results.pasted).toBe('');
		expect(results.report?.added).toHaveLength(2);
		expect(results.report?.duplicates).toBe(1);
		expect(results.report?.rejected.map((r) => r.name)).toEqual(['#3']);
		expect(results.rows.map((r) => r.pkg.learner).sort()).toEqual(['李同学', '王同学']);
		expect((await store.keys()).sort()).toEqual([resultKey(a), resultKey(b)].sort());
		await results.ingest([{ name: 'again', content: resultCode(b) }]);
		expect(results.report).toMatchObject({ added: [], duplicates: 1 });
		expect(results.rows).toHaveLength(2);
	});

	it('imports files, not reading one that is too large', async () => {
		const { results } = setup();
		const text = vi.fn(async () => resultCode(pkg('李同学')));
		await results.importFiles([
			{ name: 'a.txt', size: 100, text },
			{ name: 'big.json', size: 3_000_000, text }
		]);
		expect(text).toHaveBeenCalledTimes(1);
		expect(results.rows).toHaveLength(1);
		expect(results.report?.rejected.map((r) => r.name)).toEqual(['big.json']);
		await results.importFiles(null);
		expect(results.rows).toHaveLength(1);
	});

	it('keeps the rows and says why when the import cannot be saved', async () => {
		const store = new MemoryStore();
		const { results } = setup(store);
		await results.ingest([{ name: 'a', content: resultCode(pkg('李同学')) }]);
		store.setMany = async () => {
			throw new Error('quota exceeded');
		};
		await results.ingest([{ name: 'b', content: resultCode(pkg('王同学', [0, 1])) }]);
		expect(results.saveError).toBe('quota exceeded');
		expect(results.report).toBeNull();
		expect(results.rows.map((r) => r.pkg.learner)).toEqual(['李同学']);
	});

	it('sorts by a column, flipping on a second click', async () => {
		const { results } = setup(new MemoryStore(), 'en');
		await results.ingest(['Bea', 'Al', 'Cyd'].map((n) => ({ name: n, content: resultCode(pkg(n)) })));
		results.sortBy('learner');
		expect(results.sorted.map((r) => r.pkg.learner)).toEqual(['Al', 'Bea', 'Cyd']);
		results.sortBy('learner');
		expect(results.ascending).toBe(false);
		expect(results.sorted.map((r) => r.pkg.learner)).toEqual(['Cyd', 'Bea', 'Al']);
	});

	it('removes one result from the store and the table, and opens one debrief at a time', async () => {
		const { results, store } = setup();
		const a = pkg('李同学');
		const b = pkg('王同学', [0, 1]);
		await results.ingest([a, b].map((p, i) => ({ name: `${i}`, content: resultCode(p) })));
		results.toggle(resultKey(a));
		expect(results.open).toBe(resultKey(a));
		results.toggle(resultKey(a));
		expect(results.open).toBeNull();
		await results.remove(results.rows.find((r) => r.pkg.learner === '李同学')!);
		expect(await store.keys()).toEqual([resultKey(b)]);
		expect(results.rows.map((r) => r.pkg.learner)).toEqual(['王同学']);
	});

	it('exports CSV of the sorted rows and xAPI of the verified ones, loading each story once', async () => {
		const { results, download, stories } = setup();
		await results.ingest([pkg('李同学'), pkg('王同学', [0, 0, 0, 0, 0], true)].map((p, i) => ({ name: `${i}`, content: resultCode(p) })));
		results.exportCsv();
		expect(download).toHaveBeenLastCalledWith('class-results.csv', expect.stringContaining('李同学'), 'text/csv');
		await results.exportXapi('https://trainer.example');
		const [name, text] = download.mock.lastCall!;
		expect(name).toBe('casework-xapi-statements.json');
		const statements = JSON.parse(text);
		expect(statements.every((s: { actor: { name: string } }) => s.actor.name === '李同学')).toBe(true);
		expect(statements[0].object.definition.name['zh-CN']).toBe('小案例');
		expect(stories).toEqual([HASH]);
	});

	it('names a case by the catalogue, or by its id when unknown', () => {
		const { results } = setup();
		expect(results.titleOf('no-such-case')).toBe('no-such-case');
		expect(results.titleOf('elderly-wang')).not.toBe('elderly-wang');
	});
});
