import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { claimedScores } from '../instructor/result.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { acceptAssignment, loadSubmissions } from '../progress/learner-assignments.ts';
import { scoreRun } from '../scoring/index.ts';
import { AssignmentRun, type FinishedRun } from './assignment-run.svelte.ts';
import { miniAssignment as assignment } from '../instructor/fixtures.test-helpers.ts';

const result = scoreRun(MINI.zh(), [0, 0, 0, 0, 0]);
const run: FinishedRun = {
	scenarioId: 'mini',
	locale: 'zh-CN',
	storyHash: '0123456789abcdef',
	mode: 'exam',
	startedAt: new Date('2026-11-22T09:00:00.000Z'),
	finishedAt: '2026-11-22T09:20:00.000Z',
	choices: [0, 0, 0, 0, 0],
	result
};

async function accepted() {
	const store = new MemoryStore();
	await acceptAssignment(store, assignment, '李同学', new Date('2026-11-22T08:30:00.000Z'));
	return store;
}

describe('AssignmentRun', () => {
	it('finds the accepted assignment, builds the result package of a finished run, and saves it once', async () => {
		const store = await accepted();
		let opened = 0;
		const a = new AssignmentRun('abc123XYZ', async () => (opened++, { store }));
		await a.read;
		expect(a.accepted?.assignment.mode).toBe('exam');
		expect(a.accepted?.learner).toBe('李同学');
		const pkg = a.packageFor(run)!;
		expect(pkg).toEqual({
			kind: 'casework-result',
			v: 1,
			learner: '李同学',
			assignmentId: 'abc123XYZ',
			scenarioId: 'mini',
			locale: 'zh-CN',
			storyHash: '0123456789abcdef',
			mode: 'exam',
			startedAt: '2026-11-22T09:00:00.000Z',
			finishedAt: '2026-11-22T09:20:00.000Z',
			choices: [0, 0, 0, 0, 0],
			scoring: 2,
			scores: claimedScores(result)
		});
		await a.submit(pkg);
		expect((await loadSubmissions(store, 'abc123XYZ')).get('mini')).toEqual(pkg);
		const writes = opened;
		await a.submit(pkg);
		expect(opened).toBe(writes);
	});

	it('makes no package for an assignment this learner never accepted', async () => {
		const store = await accepted();
		const a = new AssignmentRun('unknown', async () => ({ store }));
		await a.read;
		expect(a.accepted).toBeNull();
		expect(a.packageFor(run)).toBeNull();
	});
});
