import { describe, expect, it, vi } from 'vitest';
import { assignmentCode, assignmentFile, type Assignment } from '../instructor/assignment.ts';
import { claimedScores, type ResultPackage } from '../instructor/result.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { acceptAssignment, loadAccepted, saveSubmission } from '../progress/learner-assignments.ts';
import { MINI } from '../../../tests/helpers/ink.ts';
import { scoreRun } from '../scoring/index.ts';
import { LearnerAssignments } from './learner-assignments.svelte.ts';
import { compileInk } from '../engine/compile.ts';
import { storyHash } from '../instructor/custom-story.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');

const assignment: Assignment = {
	kind: 'casework-assignment',
	v: 1,
	id: 'abc123XYZ',
	title: '第三周作业：独居老人个案',
	note: '',
	scenarios: ['elderly-wang'],
	custom: [],
	mode: 'exam',
	quizTopics: [],
	mockPaper: false,
	passMark: 70,
	createdAt: '2026-11-22T08:00:00.000Z'
};

function setup(store = new MemoryStore()) {
	const forgetCode = vi.fn();
	const mine = new LearnerAssignments({ open: async () => ({ store, persistent: false }), now: () => NOW, forgetCode });
	return { mine, store, forgetCode };
}

describe('LearnerAssignments', () => {
	it('offers an assignment from the link and accepts it under the name given', async () => {
		const { mine, store, forgetCode } = setup();
		await mine.start(assignmentCode(assignment)!);
		expect(mine.ready).toBe(true);
		expect(mine.incoming).toEqual(assignment);
		await mine.accept();
		expect(mine.incoming).toEqual(assignment);
		mine.name = '  ';
		await mine.accept();
		expect(await loadAccepted(store)).toEqual([]);
		mine.name = '李同学';
		await mine.accept();
		expect(mine.incoming).toBeNull();
		expect(forgetCode).toHaveBeenCalledOnce();
		expect(mine.accepted).toEqual([{ assignment, learner: '李同学', acceptedAt: NOW.toISOString() }]);
		expect(await loadAccepted(store)).toEqual(mine.accepted);
	});

	it('does not offer again an assignment already accepted, and lists what was handed in', async () => {
		const store = new MemoryStore();
		await acceptAssignment(store, assignment, '李同学', NOW);
		const choices = [0, 0, 0, 0, 0];
		const pkg: ResultPackage = {
			kind: 'casework-result',
			v: 1,
			learner: '李同学',
			assignmentId: assignment.id,
			scenarioId: 'elderly-wang',
			locale: 'zh-CN',
			storyHash: '0123456789abcdef',
			mode: 'exam',
			startedAt: '2026-11-23T10:05:00.000Z',
			finishedAt: '2026-11-23T10:25:00.000Z',
			choices,
			scoring: 2,
			scores: claimedScores(scoreRun(MINI.zh(), choices))
		};
		await saveSubmission(store, pkg);
		const { mine } = setup(store);
		await mine.start(assignmentCode(assignment)!);
		expect(mine.incoming).toBeNull();
		expect(mine.problem).toBeNull();
		expect(mine.alreadyAccepted).toBe(true);
		expect(mine.submissions[assignment.id].get('elderly-wang')).toEqual(pkg);
	});

	it('refuses a second link that reuses a known id for other work, naming both titles', async () => {
		const store = new MemoryStore();
		await acceptAssignment(store, assignment, '李同学', NOW);
		const { mine } = setup(store);
		await mine.start(assignmentCode({ ...assignment, title: '改过的作业', mode: 'practice' })!);
		expect(mine.incoming).toBeNull();
		expect(mine.alreadyAccepted).toBe(false);
		expect(mine.problem).toEqual({ code: 'id-reused', title: '改过的作业', known: assignment.title });
	});

	it('refuses, when it arrives, an assignment naming a case this site does not have, or a due date that does not exist', async () => {
		const { mine } = setup();
		await mine.start(assignmentCode({ ...assignment, scenarios: ['elderly-wang', 'no-such-case'] })!);
		expect(mine.incoming).toBeNull();
		expect(mine.problem).toEqual({ code: 'unknown-scenario', id: 'no-such-case' });
		await mine.openFile({ size: 500, text: async () => JSON.stringify({ ...assignment, due: '2026-02-31' }) });
		expect(mine.incoming).toBeNull();
		expect(mine.problem).toMatchObject({ code: 'invalid', what: 'assignment', field: 'due' });
	});

	it("checks the instructor's own stories as the assignment arrives: version, loading, and a loop from the start", async () => {
		const json = MINI.zh();
		const hash = await storyHash(json);
		const custom = { id: 'custom-mini', title: '自编个案', locale: 'zh-CN' as const, hash, json };
		const { mine } = setup();
		await mine.openFile({
			size: 500,
			text: async () => assignmentFile({ ...assignment, custom: [{ ...custom, hash: '0123456789abcdef' }] })
		});
		expect(mine.problem).toEqual({ code: 'story-version', title: '自编个案' });
		const loop = compileInk('-> loop\n=== loop ===\n-> loop\n').json!;
		await mine.openFile({
			size: 500,
			text: async () => assignmentFile({ ...assignment, custom: [{ ...custom, json: loop, hash: await storyHash(loop) }] })
		});
		expect(mine.problem).toMatchObject({ code: 'story-broken', title: '自编个案', detail: expect.stringContaining('circle') });
		await mine.openFile({ size: 500, text: async () => assignmentFile({ ...assignment, custom: [custom] }) });
		expect(mine.problem).toBeNull();
		expect(mine.incoming?.custom).toEqual([custom]);
	});

	it('says why a damaged link or file cannot be read, and refuses a file that is too large', async () => {
		const { mine } = setup();
		await mine.start('not-a-code');
		expect(mine.incoming).toBeNull();
		expect(mine.problem).toBeTruthy();
		const text = vi.fn(async () => assignmentFile(assignment));
		await mine.openFile({ size: 3_000_000, text });
		expect(mine.problem).toEqual({ code: 'file-too-large', what: 'assignment', max: 2_000_000, size: 3_000_000 });
		expect(text).not.toHaveBeenCalled();
		await mine.openFile({ size: 500, text });
		expect(mine.problem).toBeNull();
		expect(mine.incoming).toEqual(assignment);
		await mine.openFile({ size: 5, text: async () => '{"kind":"other"}' });
		expect(mine.incoming).toBeNull();
		expect(mine.problem).toBeTruthy();
	});

	it('keeps the newest list when an older read finishes last', async () => {
		const store = new MemoryStore();
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		let calls = 0;
		const mine = new LearnerAssignments({
			open: async () => {
				// The first read waits until the second has finished.
				if (calls++ === 0) await gate;
				return { store, persistent: false };
			}
		});
		const first = mine.refresh();
		await acceptAssignment(store, assignment, '李同学', NOW);
		await mine.refresh();
		release();
		await first;
		expect(mine.accepted.map((a) => a.learner)).toEqual(['李同学']);
	});
});
