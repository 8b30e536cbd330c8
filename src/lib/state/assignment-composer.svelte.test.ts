import { describe, expect, it, vi } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { readAssignmentCode, readAssignmentFile } from '../instructor/assignment.ts';
import { storyHash, toCustomStory } from '../instructor/custom-story.ts';
import { saveCustomStory } from '../progress/custom-stories.ts';
import { KEY } from '../progress/keys.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { AssignmentComposer } from './assignment-composer.svelte.ts';

const NOW = new Date('2026-11-22T08:00:00.000Z');

function setup(store = new MemoryStore()) {
	const qr = vi.fn(async (link: string) => `data:image/png;qr,${link.length}`);
	const copy = vi.fn(async () => {});
	const download = vi.fn();
	const composer = new AssignmentComposer({
		open: async () => ({ store, persistent: false }),
		now: () => NOW,
		random: (n) => new Uint8Array(n).fill(1),
		qr,
		copy,
		download
	});
	return { composer, store, qr, copy, download };
}

describe('AssignmentComposer', () => {
	it('says what is missing and creates nothing until the form is complete', async () => {
		const { composer, store, download } = setup();
		await composer.create('https://trainer.example', '');
		expect(composer.problem).toBe('title');
		composer.title = '  第三周作业 ';
		await composer.create('https://trainer.example', '');
		expect(composer.problem).toBe('work');
		expect(composer.created).toBeNull();
		expect(await store.keys()).toEqual([]);
		composer.downloadFile();
		expect(download).not.toHaveBeenCalled();
	});

	it('creates the assignment with its link and QR code, and keeps it in the store', async () => {
		const { composer, store, qr, copy, download } = setup();
		composer.title = '第三周作业';
		composer.scenarios.push('elderly-wang');
		composer.quizTopics.push('closing');
		composer.passMark = 130;
		composer.due = '2026-11-29';
		await composer.create('https://trainer.example', '/en');
		expect(composer.problem).toBeNull();
		const created = composer.created!;
		expect(created.assignment).toMatchObject({
			id: 'BBBBBBBBBB',
			title: '第三周作业',
			scenarios: ['elderly-wang'],
			quizTopics: ['closing'],
			passMark: 100,
			due: '2026-11-29',
			createdAt: NOW.toISOString()
		});
		expect(created.link).toMatch(/^https:\/\/trainer\.example\/en\/assignment#/);
		expect(readAssignmentCode(created.link!.split('#')[1])).toEqual(created.assignment);
		expect(qr).toHaveBeenCalledWith(created.link);
		expect(created.qr).toBe(`data:image/png;qr,${created.link!.length}`);
		expect(await store.get(KEY.instructorAssignment('BBBBBBBBBB'))).toEqual(created.assignment);
		await composer.copyLink();
		expect(copy).toHaveBeenCalledWith(created.link);
		expect(composer.copied).toBe(true);
		composer.downloadFile();
		expect(download).toHaveBeenCalledWith('assignment-BBBBBBBBBB.json', expect.any(String));
		expect(readAssignmentFile(download.mock.lastCall![1])).toEqual(created.assignment);
	});

	it("offers the instructor's own stories and carries the chosen ones", async () => {
		const store = new MemoryStore();
		const json = MINI.zh();
		const story = toCustomStory(json, await storyHash(json));
		await saveCustomStory(store, story, { now: NOW });
		const { composer } = setup(store);
		await composer.load();
		expect(composer.own.map((s) => s.hash)).toEqual([story.hash]);
		composer.title = '自编案例';
		composer.customHashes.push(story.hash);
		await composer.create('https://trainer.example', '');
		expect(composer.created?.assignment.custom).toEqual([story]);
	});
});
