import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import type { Assignment } from '../instructor/assignment.ts';
import { storyHash, toCustomStory } from '../instructor/custom-story.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { acceptAssignment } from '../progress/learner-assignments.ts';
import { AssignedCase } from './assigned-case.svelte.ts';

async function setup(edit?: (json: string) => string) {
	const json = MINI.zh();
	const story = toCustomStory(json, await storyHash(json));
	const assignment: Assignment = {
		kind: 'casework-assignment',
		v: 1,
		id: 'abc123XYZ',
		title: '自编案例',
		note: '',
		scenarios: [],
		custom: [{ ...story, json: edit ? edit(story.json) : story.json }],
		mode: 'practice',
		quizTopics: [],
		mockPaper: false,
		passMark: 60,
		createdAt: '2026-11-22T08:00:00.000Z'
	};
	const store = new MemoryStore();
	await acceptAssignment(store, assignment, '李同学', new Date('2026-11-23T10:00:00.000Z'));
	return { story, assignment, open: async () => ({ store, persistent: false }) };
}

describe('AssignedCase', () => {
	it('opens the case an accepted assignment carries', async () => {
		const { story, assignment, open } = await setup();
		const assigned = new AssignedCase(open);
		await assigned.load(assignment.id, story.hash);
		expect(assigned.problem).toBeNull();
		expect(assigned.ready?.json).toBe(story.json);
		expect(assigned.ready?.meta).toMatchObject({ id: story.id, title: '测试小案例', locale: 'zh-CN', hash: story.hash, endings: [] });
		expect(assigned.ready?.opening.lines.length).toBeGreaterThan(0);
	});

	it('finds nothing for an unknown assignment or story', async () => {
		const { story, assignment, open } = await setup();
		const wrongStory = new AssignedCase(open);
		await wrongStory.load(assignment.id, 'ffffffffffffffff');
		expect(wrongStory.problem).toEqual({ kind: 'missing' });
		const wrongAssignment = new AssignedCase(open);
		await wrongAssignment.load(null, story.hash);
		expect(wrongAssignment.problem).toEqual({ kind: 'missing' });
		expect(wrongAssignment.ready).toBeNull();
	});

	it('refuses a story that does not match its version hash', async () => {
		const { story, assignment, open } = await setup((json) => json.replace('测试', '改过'));
		const assigned = new AssignedCase(open);
		await assigned.load(assignment.id, story.hash);
		expect(assigned.ready).toBeNull();
		expect(assigned.problem).toEqual({ kind: 'broken', reason: 'the story does not match its version hash' });
	});
});
