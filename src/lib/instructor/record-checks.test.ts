import { describe, expect, it } from 'vitest';
import type { Assignment } from './assignment.ts';
import { miniAssignment } from './fixtures.test-helpers.ts';
import { recordChecks, type RecordContext } from './record-checks.ts';
import type { ResultPackage } from './result.ts';

const assignment: Assignment = {
	...miniAssignment,
	title: '第三周',
	scenarios: ['elderly-wang'],
	custom: [{ id: 'custom-own', title: '自编', locale: 'zh-CN', hash: 'aaaaaaaaaaaaaaaa', json: '{}' }],
	passMark: 60,
	due: '2026-11-29'
};

const pkg: ResultPackage = {
	kind: 'casework-result',
	v: 1,
	learner: '李同学',
	assignmentId: assignment.id,
	scenarioId: 'elderly-wang',
	locale: 'zh-CN',
	storyHash: '0123456789abcdef',
	mode: 'exam',
	startedAt: '2026-11-23T09:00:00.000Z',
	finishedAt: '2026-11-23T09:20:00.000Z',
	choices: [0, 1, 2],
	scoring: 2,
	scores: { total: 80, quality: 80, process: 80, families: {}, orderingErrors: 0 }
};

const ctx: RecordContext = {
	assignments: new Map([[assignment.id, assignment]]),
	builtInStory: (hash) =>
		hash === '0123456789abcdef'
			? { scenarioId: 'elderly-wang', locale: 'zh-CN' }
			: hash === 'bbbbbbbbbbbbbbbb'
				? { scenarioId: 'truant-li', locale: 'zh-CN' }
				: undefined,
	now: Date.parse('2026-12-01T00:00:00.000Z')
};

describe('record checks', () => {
	it('pass a package that answers the assignment as set', () => {
		expect(recordChecks(pkg, ctx)).toEqual([]);
		expect(recordChecks({ ...pkg, scenarioId: 'custom-own', storyHash: 'aaaaaaaaaaaaaaaa' }, ctx)).toEqual([]);
		// A learner's clock a few minutes ahead is not suspicious.
		expect(recordChecks({ ...pkg, startedAt: '2026-11-22T07:55:00.000Z' }, ctx)).toEqual([]);
		// Late on the due day somewhere on Earth is still on time.
		expect(recordChecks({ ...pkg, finishedAt: '2026-11-30T08:00:00.000Z' }, ctx)).toEqual([]);
	});

	it('name each check an edited package fails', () => {
		expect(recordChecks({ ...pkg, assignmentId: undefined }, ctx)).toEqual([{ check: 'no-assignment' }]);
		expect(recordChecks({ ...pkg, assignmentId: 'someoneElse' }, ctx)).toEqual([{ check: 'unknown-assignment', id: 'someoneElse' }]);
		expect(recordChecks({ ...pkg, scenarioId: 'truant-li', storyHash: 'bbbbbbbbbbbbbbbb' }, ctx)).toEqual([
			{ check: 'not-in-assignment', scenarioId: 'truant-li', assignment: '第三周' }
		]);
		expect(recordChecks({ ...pkg, mode: 'practice' }, ctx)).toEqual([{ check: 'mode', claimed: 'practice', set: 'exam' }]);
		expect(recordChecks({ ...pkg, locale: 'en' }, ctx)).toEqual([{ check: 'story-version', scenarioId: 'elderly-wang', locale: 'zh-CN' }]);
		expect(recordChecks({ ...pkg, storyHash: 'bbbbbbbbbbbbbbbb' }, ctx)).toEqual([
			{ check: 'story-version', scenarioId: 'truant-li', locale: 'zh-CN' }
		]);
		expect(recordChecks({ ...pkg, startedAt: '2026-11-21T09:00:00.000Z' }, ctx)).toEqual([
			{ check: 'before-assignment', startedAt: '2026-11-21T09:00:00.000Z', createdAt: assignment.createdAt }
		]);
		expect(recordChecks({ ...pkg, finishedAt: '2026-12-05T09:00:00.000Z' }, ctx)).toEqual([
			{ check: 'future', finishedAt: '2026-12-05T09:00:00.000Z' },
			{ check: 'late', finishedAt: '2026-12-05T09:00:00.000Z', due: '2026-11-29' }
		]);
		expect(recordChecks({ ...pkg, finishedAt: '2026-11-23T09:00:05.000Z' }, ctx)).toEqual([
			{ check: 'too-fast', seconds: 5, decisions: 3 }
		]);
	});
});
