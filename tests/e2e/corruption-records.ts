/** The good records planted next to the damaged ones in corruption.test.ts, and how each page is checked to still show them. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { compileInk } from '../../src/lib/engine/compile.ts';
import { INSTRUCTOR_MESSAGES } from '../../src/lib/i18n/instructor-messages.ts';
import { MESSAGES, fill } from '../../src/lib/i18n/messages.ts';
import { QUIZ_ENTRY } from '../../src/lib/i18n/quiz-entry.ts';
import { QUIZ_MESSAGES } from '../../src/lib/i18n/quiz-messages.ts';
import type { Assignment } from '../../src/lib/instructor/assignment.ts';
import { resultKey } from '../../src/lib/progress/class-results.ts';
import { saveCustomStoryFromSource, storyKey } from '../../src/lib/progress/custom-stories.ts';
import type { ResultPackage } from '../../src/lib/instructor/result.ts';
import { MemoryStore } from '../../src/lib/progress/kv-store.ts';
import { DEFAULT_SETTINGS } from '../../src/lib/progress/progress.ts';
import { SCHEMA_VERSION, type AttemptRecord, type PaperCurrentRecord, type PaperRecord } from '../../src/lib/progress/records.ts';
import { emptyMistakeBook, recordAnswer } from '../../src/lib/quiz/mistakes.ts';
import { newCard, serialise } from '../../src/lib/quiz/review.ts';

export const T = new Date('2026-05-01T09:00:00.000Z');
export const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000).toISOString();
export const zh = MESSAGES['zh-CN'];
export const quiz = QUIZ_MESSAGES['zh-CN'];
export const NOT_JSON = '{{ not json';
export const ASSIGNMENT_ID = 'goodAssign1';

export const attempt = (id: string, scenarioId: string, total: number): AttemptRecord => ({
	v: SCHEMA_VERSION,
	id,
	scenarioId,
	locale: 'zh-CN',
	mode: 'practice',
	storyHash: 'abc',
	choices: [0, 1, 0],
	startedAt: at(0),
	finishedAt: at(20),
	total
});
export const paperCurrent: PaperCurrentRecord = {
	v: SCHEMA_VERSION,
	id: 'current-paper',
	seed: 11,
	mode: 'practice',
	itemIds: ['intake-001', 'intake-002', 'intake-003', 'intake-004'],
	answers: { 'intake-001': [0], 'intake-002': [1], 'intake-003': [2] },
	flags: [],
	startedAt: at(0),
	updatedAt: at(5),
	durationMs: 7_200_000,
	remainingMs: 6_900_000,
	paused: false,
	current: 3
};
export const paper: PaperRecord = {
	v: SCHEMA_VERSION,
	id: 'good-paper',
	seed: 7,
	mode: 'exam',
	itemIds: ['intake-001', 'intake-002'],
	answers: { 'intake-001': [0] },
	flags: [],
	startedAt: at(0),
	finishedAt: at(30),
	durationMs: 7_200_000,
	usedMs: 1_800_000,
	timedOut: false,
	total: 1,
	max: 2,
	passLine: 1.2,
	passed: false,
	perTopic: { intake: { points: 1, max: 2, correct: 1, count: 2 } }
};
export const result = (learner: string, extra: Partial<ResultPackage> = {}): ResultPackage => ({
	kind: 'casework-result',
	v: 1,
	learner,
	scenarioId: 'elderly-wang',
	locale: 'zh-CN',
	storyHash: '0123456789abcdef',
	mode: 'practice',
	startedAt: at(0),
	finishedAt: at(25),
	choices: [0, 1, 0, 2],
	scores: { total: 77, quality: 80, process: 70, families: { supportive: 80 }, orderingErrors: 0 },
	...extra
});
export const assignment: Assignment = {
	kind: 'casework-assignment',
	v: 1,
	id: ASSIGNMENT_ID,
	title: '第三周作业：独居老人个案',
	note: '',
	scenarios: ['elderly-wang'],
	custom: [],
	mode: 'practice',
	quizTopics: [],
	mockPaper: false,
	passMark: 60,
	createdAt: at(0)
};

/** One good record of every kind, as the app writes them. */
export const GOOD: Record<string, unknown> = {
	settings: { ...DEFAULT_SETTINGS, locale: 'zh-CN' },
	'attempt:good-wang': attempt('good-wang', 'elderly-wang', 88),
	'attempt:good-li': attempt('good-li', 'truant-li', 55),
	'run:noise-dispute': {
		v: SCHEMA_VERSION,
		scenarioId: 'noise-dispute',
		locale: 'zh-CN',
		mode: 'practice',
		storyHash: 'abc',
		choices: [0, 1],
		startedAt: at(0),
		updatedAt: at(3)
	},
	'quiz:deck': { v: SCHEMA_VERSION, deck: serialise([newCard('intake-001', 'quiz', T)]) },
	'quiz:mistakes': { v: SCHEMA_VERSION, book: recordAnswer(emptyMistakeBook(), 'intake-002', false, T) },
	'quiz:history': { v: SCHEMA_VERSION, events: [{ itemId: 'intake-002', topic: 'intake', correct: false, at: at(1), mode: 'practice' }] },
	'paper:good-paper': paper,
	'paper-current': paperCurrent,
	[resultKey(result('良好同学'))]: result('良好同学'),
	[`instructor:assignment:${ASSIGNMENT_ID}`]: assignment,
	[`learner:assignment:${ASSIGNMENT_ID}`]: { assignment, learner: '良好同学', acceptedAt: at(1) },
	[`learner:submission:${ASSIGNMENT_ID}:elderly-wang`]: result('良好同学', { assignmentId: ASSIGNMENT_ID })
};
export const RUN_KEY = 'run:noise-dispute';
// A story of the instructor's own, saved as the authoring page saves it.
export const scratch = new MemoryStore();
export const saved = (
	await saveCustomStoryFromSource(scratch, readFileSync('tests/fixtures/author/valid.ink', 'utf8'), compileInk, { now: T })
).story!;
export const STORY_KEY = storyKey(saved.hash);
export const STORY_TITLE = saved.title;
GOOD[STORY_KEY] = await scratch.get(STORY_KEY);

export type Check = (page: Page) => Promise<void>;
export const text = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).innerText();

/** The home page: attempts' best scores, the run in progress, today's review. */
export const home =
	(due = 1): Check =>
	async (page) => {
		await page.locator('[data-testid="home-due"]').waitFor();
		expect(await text(page, 'stats-elderly-wang')).toContain('88');
		expect(await text(page, 'stats-truant-li')).toContain('55');
		await page.locator('[data-testid="resume-noise-dispute"]').waitFor();
		expect(await text(page, 'home-due')).toBe(due ? fill(QUIZ_ENTRY['zh-CN'].due, { n: due }) : QUIZ_ENTRY['zh-CN'].noneDue);
	};
/** The progress page: finished cases, papers, accuracy, what is due. */
export const progressPage =
	({ history = true, due = 1 } = {}): Check =>
	async (page) => {
		await page.locator('[data-testid="case-history"]').waitFor();
		expect(await page.locator('[data-testid="case-history"] tbody tr').count()).toBe(2);
		expect(await page.locator('[data-testid="paper-history"] tbody tr').count()).toBe(1);
		expect(await page.locator(`[data-testid="${history ? 'accuracy-table' : 'no-history'}"]`).count()).toBe(1);
		expect(await text(page, 'progress-due')).toBe(due ? fill(quiz.progressPage.dueNow, { n: due }) : quiz.progressPage.noneDue);
	};
/** The quiz hub: review due, the mistake book, the paper in progress. */
export const hub =
	({ mistakes = 1, paperCurrent = true } = {}): Check =>
	async (page) => {
		await page.locator('[data-testid="hub-due"]', { hasText: fill(quiz.hub.dueToday, { n: 1 }) }).waitFor();
		expect(await text(page, 'hub-mistakes')).toBe(fill(quiz.hub.mistakeCount, { n: mistakes, c: 0, m: 0 }));
		expect((await text(page, 'hub-paper')).trim()).toBe(paperCurrent ? fill(quiz.hub.resumePaper, { n: 3 }) : quiz.hub.startPaper);
	};
export const classTable: Check = async (page) => {
	await page.locator('[data-testid="class-table"]').waitFor();
	const rows = page.locator('[data-testid="class-table"] tbody tr');
	expect(await rows.count()).toBe(1);
	expect(await rows.first().innerText()).toContain('良好同学');
};
export const savedStories: Check = async (page) => {
	await page.locator('[data-testid="saved-stories"]', { hasText: STORY_TITLE }).waitFor();
	expect(await page.locator('[data-testid="saved-stories"] li').count()).toBe(1);
};
export const assignmentPage: Check = async (page) => {
	// The submissions are read after the assignments: wait for the score, not just the section.
	await page
		.locator(`[data-testid="assignment-${ASSIGNMENT_ID}"]`, { hasText: fill(INSTRUCTOR_MESSAGES['zh-CN'].doneScore, { score: 77 }) })
		.waitFor();
	expect(await page.locator('section[data-testid^="assignment-"]').count()).toBe(1);
};
