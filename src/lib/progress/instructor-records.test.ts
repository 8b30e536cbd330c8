import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { compileInk } from '../engine/compile.ts';
import { importResults, loadResults, resultKey } from './class-results.ts';
import { listSavedStories, saveCustomStoryFromSource } from './custom-stories.ts';
import { acceptAssignment, loadAccepted, loadSubmissions, saveSubmission } from './learner-assignments.ts';
import { claimedScores, resultFile, type ResultPackage } from '../instructor/result.ts';
import { scoreRun } from '../scoring/index.ts';
import { checkInstructorRecord } from './instructor-records.ts';
import { MemoryStore } from './kv-store.ts';
import { finishRun, loadProgress } from './progress.ts';
import { SCHEMA_VERSION, instructorKindOfKey, kindOfKey, type AttemptRecord } from './records.ts';
import { miniAssignment as assignment } from '../instructor/fixtures.test-helpers.ts';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const json = MINI.zh();
const pkg = (learner: string): ResultPackage => ({
	kind: 'casework-result',
	v: 1,
	learner,
	assignmentId: 'abc123XYZ',
	scenarioId: 'mini',
	locale: 'zh-CN',
	storyHash: '0123456789abcdef',
	mode: 'exam',
	startedAt: '2026-11-22T09:00:00.000Z',
	finishedAt: '2026-11-22T09:25:30.000Z',
	choices: [0, 0, 0, 0, 0],
	scoring: 2,
	scores: claimedScores(scoreRun(json, [0, 0, 0, 0, 0]))
});
const attempt: AttemptRecord = {
	v: SCHEMA_VERSION,
	id: 'a1',
	scenarioId: 'elderly-wang',
	locale: 'zh-CN',
	mode: 'exam',
	storyHash: 'abc',
	choices: [0, 0],
	startedAt: '2026-11-22T09:00:00.000Z',
	finishedAt: '2026-11-22T09:20:00.000Z',
	total: 70
};

/** A store holding one good record of every instructor and learner kind, written by the modules that own them. */
async function goodStore() {
	const store = new MemoryStore();
	await importResults(store, [{ name: 'a.json', content: resultFile(pkg('李同学')) }]);
	const { story } = await saveCustomStoryFromSource(store, readFileSync('tests/fixtures/author/valid.ink', 'utf8'), compileInk, {
		now: NOW
	});
	await store.set(`instructor:assignment:${assignment.id}`, assignment);
	await acceptAssignment(store, assignment, '李同学', NOW);
	await saveSubmission(store, pkg('李同学'));
	await finishRun(store, attempt);
	return { store, story: story! };
}

describe('instructor and learner record kinds', () => {
	it('every key their stores write has an instructor kind, and no progress kind', async () => {
		const { store } = await goodStore();
		const kinds = (await store.keys()).filter((k) => !k.startsWith('attempt:')).map((k) => [kindOfKey(k), instructorKindOfKey(k)]);
		expect(kinds.sort()).toEqual(
			[
				[null, 'instructorAssignment'],
				[null, 'instructorResult'],
				[null, 'instructorStory'],
				[null, 'learnerAssignment'],
				[null, 'learnerSubmission']
			].sort()
		);
		expect(instructorKindOfKey(resultKey(pkg('x')))).toBe('instructorResult');
		expect(instructorKindOfKey('attempt:a1')).toBeNull();
	});

	it('accepts what the stores wrote, and a loaded store sets nothing aside', async () => {
		const { store } = await goodStore();
		for (const key of await store.keys()) {
			const kind = instructorKindOfKey(key);
			if (kind) expect(await checkInstructorRecord(kind, key, await store.get(key)), key).toEqual({ ok: true });
		}
		const before = [...store.data.keys()].sort();
		const p = await loadProgress(store, NOW);
		expect(p.setAside).toEqual([]);
		expect([...store.data.keys()].sort()).toEqual(before);
	});

	it('sets aside bad JSON, wrong shapes and newer versions of every kind, keeps them, and leaves the good ones to their stores', async () => {
		const { store, story } = await goodStore();
		const stored = async (prefix: string) =>
			store.get((await store.keys()).find((k) => k.startsWith(prefix))!) as Promise<Record<string, unknown>>;
		const goodStory = await stored('instructor:story:');
		const goodAccepted = await stored('learner:assignment:');
		const bad: [string, unknown, string][] = [
			['instructor:result:mini:bad1', '{{ not json', 'unreadable'],
			['instructor:result:mini:bad2', { ...pkg('王同学'), scores: 'high' }, 'invalid'],
			['instructor:result:mini:bad3', { ...pkg('赵同学'), finishedAt: '2026-11-22T08:00:00.000Z' }, 'invalid'],
			['instructor:result:mini:bad4', { ...pkg('钱同学'), v: 2 }, 'newer-version'],
			['instructor:story:aaaaaaaaaaaaaaaa', 'garbage', 'unreadable'],
			['instructor:story:bbbbbbbbbbbbbbbb', { ...goodStory, title: '' }, 'invalid'],
			[`instructor:story:${'0'.repeat(16)}`, { ...goodStory }, 'invalid'],
			['instructor:story:cccccccccccccccc', { ...goodStory, json: story.json.replace('失业', '就业') }, 'invalid'],
			['instructor:story:dddddddddddddddd', { ...goodStory, v: 2 }, 'newer-version'],
			['instructor:assignment:bad1xx', '{"kind":', 'unreadable'],
			['instructor:assignment:bad2xx', { ...assignment, passMark: 'seventy' }, 'invalid'],
			['instructor:assignment:bad3xx', { ...assignment, v: 3 }, 'newer-version'],
			['learner:assignment:bad1xx', [1, 2, 3], 'unreadable'],
			['learner:assignment:bad2xx', { ...goodAccepted, learner: '' }, 'invalid'],
			['learner:assignment:bad3xx', { ...goodAccepted, assignment: { ...assignment, id: 'bad3xx', v: 2 } }, 'newer-version'],
			['learner:submission:abc123XYZ:bad1', null, 'unreadable'],
			['learner:submission:abc123XYZ:bad2', { ...pkg('孙同学'), choices: [] }, 'invalid'],
			['learner:submission:abc123XYZ:bad3', { ...pkg('周同学'), v: 9 }, 'newer-version']
		];
		for (const [key, raw] of bad) await store.set(key, raw);

		const p = await loadProgress(store, NOW);
		expect(p.setAside.map((s) => [s.key, s.reason]).sort()).toEqual(bad.map(([key, , reason]) => [key, reason]).sort());
		expect(p.setAside.map((s) => s.kind)).toEqual(p.setAside.map((s) => instructorKindOfKey(s.key)));
		for (const [key, raw] of bad) {
			expect(await store.get(key), key).toBeNull();
			expect(await store.get(`set-aside:${NOW.toISOString()}:${key}`), key).toMatchObject({ key, raw });
		}
		// The good records are where they were, and their stores read every one of them.
		expect(p.attempts.map((a) => a.id)).toEqual(['a1']);
		expect((await loadResults(store)).map((r) => r.pkg.learner)).toEqual(['李同学']);
		expect(await listSavedStories(store)).toMatchObject({ saved: [{ story: { hash: story.hash } }], skipped: [] });
		expect((await loadAccepted(store)).map((a) => a.assignment.id)).toEqual(['abc123XYZ']);
		expect([...(await loadSubmissions(store, 'abc123XYZ')).keys()]).toEqual(['mini']);
		expect(await store.get(`instructor:assignment:${assignment.id}`)).toEqual(assignment);
	});

	it('sets aside exactly what the stores would skip: a store that skips nothing after a load', async () => {
		const { store } = await goodStore();
		await store.set('instructor:result:mini:odd', { ...pkg('吴同学'), learner: ' '.repeat(3) });
		await store.set('learner:submission:abc123XYZ:odd', { ...pkg('吴同学'), storyHash: 'XYZ' });
		await loadProgress(store, NOW);
		expect(await loadResults(store)).toHaveLength(1);
		expect((await listSavedStories(store)).skipped).toEqual([]);
		expect(await loadSubmissions(store, 'abc123XYZ')).toHaveProperty('size', 1);
		expect((await store.keys()).filter((k) => k.startsWith('set-aside:'))).toHaveLength(2);
	});
});
