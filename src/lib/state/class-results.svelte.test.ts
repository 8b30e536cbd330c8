import { describe, expect, it, vi } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import type { Locale } from '../i18n/messages.ts';
import { claimedScores, resultCode, type ResultPackage } from '../instructor/result.ts';
import { verifyResult } from '../instructor/verify.ts';
import type { Assignment } from '../instructor/assignment.ts';
import { miniAssignment } from '../instructor/fixtures.test-helpers.ts';
import { resultKey } from '../progress/class-results.ts';
import { KEY } from '../progress/keys.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { scoreRun } from '../scoring/index.ts';
import { ClassResults, type Verifier } from './class-results.svelte.ts';

const json = MINI.zh();
const HASH = '0123456789abcdef';
/** The instructor's own assignment the packages answer. */
const ASSIGNMENT: Assignment = { ...miniAssignment, title: '第三周', passMark: 60, due: '2026-11-29' };

function pkg(learner: string, choices = [0, 0, 0, 0, 0], edit = false, storyHash = HASH): ResultPackage {
	const scores = claimedScores(scoreRun(json, choices));
	return {
		kind: 'casework-result',
		v: 1,
		learner,
		assignmentId: ASSIGNMENT.id,
		scenarioId: 'mini',
		locale: 'zh-CN',
		storyHash,
		mode: 'exam',
		// Each learner starts at another second: copies of one attempt are a conflict, not two learners.
		startedAt: `2026-11-22T09:00:${String([...learner].reduce((n, c) => n + c.charCodeAt(0), 0) % 60).padStart(2, '0')}.000Z`,
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
	store.data.set(KEY.instructorAssignment(ASSIGNMENT.id), ASSIGNMENT);
	const log: string[] = [];
	const download = vi.fn();
	const stories: string[] = [];
	const results = new ClassResults({
		locale: () => locale,
		open: async () => ({ store, persistent: false }),
		pool: () => fakePool(log),
		story: async (hash) => (stories.push(hash), hash === HASH ? { json, title: '小案例' } : undefined),
		download,
		now: () => Date.parse('2026-12-01T00:00:00.000Z')
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
		// A result imported before keys were taken from the whole content stays where it is, and is removable.
		const older = pkg('赵', [0, 1]);
		await store.set('instructor:result:mini:1abcd:40', older);
		const { results, log } = setup(store);
		const stop = results.start();
		await vi.waitFor(() => expect(results.rows).toHaveLength(4));
		expect(Object.fromEntries(results.rows.map((r) => [r.pkg.learner, r.status]))).toEqual({
			李同学: 'verified',
			王同学同学: 'mismatch',
			张: 'unknown-story',
			赵: 'verified'
		});
		await results.remove(results.rows.find((r) => r.pkg.learner === '赵')!);
		expect(await store.keys()).not.toContain('instructor:result:mini:1abcd:40');
		expect(results.progress).toBeNull();
		expect(Object.keys(results.averages).length).toBeGreaterThan(0);
		stop();
		expect(log).toEqual(['warm', 'verify 4', 'dispose']);
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
		expect((await store.keys()).filter((k) => k.startsWith('instructor:result:')).sort()).toEqual([resultKey(a), resultKey(b)].sort());
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
		expect((await store.keys()).filter((k) => k.startsWith('instructor:result:'))).toEqual([resultKey(b)]);
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

	it("names a built-in case by the catalogue, the instructor's own by its title, and an unknown one by its id", async () => {
		const { results } = setup();
		expect(results.titleOf({ ...pkg('x'), scenarioId: 'no-such-case', storyHash: 'ffffffffffffffff' })).toBe('no-such-case');
		expect(results.titleOf({ ...pkg('x'), scenarioId: 'elderly-wang' })).not.toBe('elderly-wang');
		await results.ingest([{ name: 'a', content: resultCode(pkg('李同学')) }]);
		expect(results.titleOf(pkg('李同学'))).toBe('小案例');
	});

	it('checks each package against the instructor’s own assignment and names every failed check', async () => {
		const { results } = setup();
		const honest = pkg('李同学');
		const practice = { ...pkg('王同学'), mode: 'practice' as const };
		const stranger = { ...pkg('张同学'), assignmentId: 'notMine123' };
		const late = { ...pkg('赵同学'), finishedAt: '2026-11-30T12:00:00.000Z' };
		const fast = { ...pkg('钱同学', [0, 1]) };
		fast.finishedAt = new Date(Date.parse(fast.startedAt) + 1000).toISOString();
		await results.ingest([honest, practice, stranger, late, fast].map((p, i) => ({ name: `${i}`, content: resultCode(p) })));
		const by = (name: string) => results.rows.find((r) => r.pkg.learner === name)!;
		expect(by('李同学')).toMatchObject({ status: 'verified', failed: [] });
		expect(by('王同学')).toMatchObject({ status: 'checks-failed', failed: [{ check: 'mode', claimed: 'practice', set: 'exam' }] });
		expect(by('张同学').failed).toEqual([{ check: 'unknown-assignment', id: 'notMine123' }]);
		expect(by('赵同学').failed).toEqual([{ check: 'late', finishedAt: '2026-11-30T12:00:00.000Z', due: '2026-11-29' }]);
		expect(by('钱同学').failed).toEqual([{ check: 'too-fast', seconds: 1, decisions: 2 }]);
		// Only the fully verified row moves the class figures.
		expect(Object.values(results.averages).every((t) => t!.count === 1)).toBe(true);
	});

	it('keeps two copies of one attempt that claim different scores, shows both as a conflict, and shows replayed figures', async () => {
		const { results, download } = setup();
		const honest = pkg('李同学', [0, 0, 1, 0, 1]);
		const forged = { ...honest, scores: { ...honest.scores, total: 99 } };
		await results.ingest([honest, forged].map((p, i) => ({ name: `${i}`, content: resultCode(p) })));
		expect(results.report).toMatchObject({ duplicates: 0 });
		expect(results.rows).toHaveLength(2);
		for (const r of results.rows) {
			expect(r.failed).toContainEqual({ check: 'conflict', copies: 1 });
			expect(r.status).not.toBe('verified');
			expect(r.check.result?.total).toBe(honest.scores.total);
		}
		results.sortBy('score');
		expect(results.sorted.map((r) => r.check.result?.total)).toEqual([honest.scores.total, honest.scores.total]);
		results.exportCsv();
		const [header, ...lines] = (download.mock.lastCall![1] as string)
			.replace('\uFEFF', '')
			.trim()
			.split('\r\n')
			.map((l) => l.split(','));
		const col = (name: string) => header.indexOf(name);
		expect(lines.map((l) => [l[col('total')], l[col('claimed_total')], l[col('checks_failed')]]).sort()).toEqual(
			[
				[`${honest.scores.total}`, `${honest.scores.total}`, 'conflict'],
				[`${honest.scores.total}`, '99', 'replay conflict']
			].sort()
		);
	});
});
