/**
 * Garbage in every kind of stored record, written straight into IndexedDB
 * next to good records: the app loads, names what it set aside, keeps the
 * raw value under a `set-aside:` key, and shows everything else as before.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getRaw, putRaw, storedKeys } from './idb.ts';
import { baseURL, launch, newPage } from './browser.ts';
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
import {
	SCHEMA_VERSION,
	instructorKindOfKey,
	kindOfKey,
	type AttemptRecord,
	type PaperCurrentRecord,
	type PaperRecord
} from '../../src/lib/progress/records.ts';
import { emptyMistakeBook, recordAnswer } from '../../src/lib/quiz/mistakes.ts';
import { newCard, serialise } from '../../src/lib/quiz/review.ts';

const T = new Date('2026-05-01T09:00:00.000Z');
const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000).toISOString();
const zh = MESSAGES['zh-CN'];
const quiz = QUIZ_MESSAGES['zh-CN'];
const NOT_JSON = '{{ not json';
const ASSIGNMENT_ID = 'goodAssign1';

const attempt = (id: string, scenarioId: string, total: number): AttemptRecord => ({
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
const paperCurrent: PaperCurrentRecord = {
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
const paper: PaperRecord = {
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
const result = (learner: string, extra: Partial<ResultPackage> = {}): ResultPackage => ({
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
const assignment: Assignment = {
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
const GOOD: Record<string, unknown> = {
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
const RUN_KEY = 'run:noise-dispute';
// A story of the instructor's own, saved as the authoring page saves it.
const scratch = new MemoryStore();
const saved = (await saveCustomStoryFromSource(scratch, readFileSync('tests/fixtures/author/valid.ink', 'utf8'), compileInk, { now: T }))
	.story!;
const STORY_KEY = storyKey(saved.hash);
const STORY_TITLE = saved.title;
GOOD[STORY_KEY] = await scratch.get(STORY_KEY);

type Check = (page: Page) => Promise<void>;
const text = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).innerText();

/** The home page: attempts' best scores, the run in progress, today's review. */
const home =
	(due = 1): Check =>
	async (page) => {
		await page.locator('[data-testid="home-due"]').waitFor();
		expect(await text(page, 'stats-elderly-wang')).toContain('88');
		expect(await text(page, 'stats-truant-li')).toContain('55');
		await page.locator('[data-testid="resume-noise-dispute"]').waitFor();
		expect(await text(page, 'home-due')).toBe(due ? fill(QUIZ_ENTRY['zh-CN'].due, { n: due }) : QUIZ_ENTRY['zh-CN'].noneDue);
	};
/** The progress page: finished cases, papers, accuracy, what is due. */
const progressPage =
	({ history = true, due = 1 } = {}): Check =>
	async (page) => {
		await page.locator('[data-testid="case-history"]').waitFor();
		expect(await page.locator('[data-testid="case-history"] tbody tr').count()).toBe(2);
		expect(await page.locator('[data-testid="paper-history"] tbody tr').count()).toBe(1);
		expect(await page.locator(`[data-testid="${history ? 'accuracy-table' : 'no-history'}"]`).count()).toBe(1);
		expect(await text(page, 'progress-due')).toBe(due ? fill(quiz.progressPage.dueNow, { n: due }) : quiz.progressPage.noneDue);
	};
/** The quiz hub: review due, the mistake book, the paper in progress. */
const hub =
	({ mistakes = 1, paperCurrent = true } = {}): Check =>
	async (page) => {
		await page.locator('[data-testid="hub-due"]', { hasText: fill(quiz.hub.dueToday, { n: 1 }) }).waitFor();
		expect(await text(page, 'hub-mistakes')).toBe(fill(quiz.hub.mistakeCount, { n: mistakes, m: 0 }));
		expect((await text(page, 'hub-paper')).trim()).toBe(paperCurrent ? fill(quiz.hub.resumePaper, { n: 3 }) : quiz.hub.startPaper);
	};
const classTable: Check = async (page) => {
	await page.locator('[data-testid="class-table"]').waitFor();
	const rows = page.locator('[data-testid="class-table"] tbody tr');
	expect(await rows.count()).toBe(1);
	expect(await rows.first().innerText()).toContain('良好同学');
};
const savedStories: Check = async (page) => {
	await page.locator('[data-testid="saved-stories"]', { hasText: STORY_TITLE }).waitFor();
	expect(await page.locator('[data-testid="saved-stories"] li').count()).toBe(1);
};
const assignmentPage: Check = async (page) => {
	// The submissions are read after the assignments: wait for the score, not just the section.
	await page
		.locator(`[data-testid="assignment-${ASSIGNMENT_ID}"]`, { hasText: fill(INSTRUCTOR_MESSAGES['zh-CN'].doneScore, { score: 77 }) })
		.waitFor();
	expect(await page.locator('section[data-testid^="assignment-"]').count()).toBe(1);
};

interface Row {
	name: string;
	/** Garbage to plant, by key; a key of GOOD is replaced. */
	bad: Record<string, unknown>;
	/** Where the good records are looked at. */
	path: string;
	check: Check;
}

/** The three kinds of garbage under three keys of a kind that holds many records. */
const many = (prefix: string, shape: unknown, newer: unknown) => ({
	[`${prefix}bad-json`]: NOT_JSON,
	[`${prefix}bad-shape`]: shape,
	[`${prefix}bad-newer`]: newer
});
/** The same three, one at a time, for a kind stored under one key. */
const single = (name: string, key: string, shape: unknown, newer: unknown, path: string, check: Check): Row[] =>
	(
		[
			['bad JSON', NOT_JSON],
			['wrong shape', shape],
			['newer version', newer]
		] as const
	).map(([what, value]) => ({ name: `${name}: ${what}`, bad: { [key]: value }, path, check }));

function rows(): Row[] {
	const story = GOOD[STORY_KEY] as Record<string, unknown>;
	const good = <T>(key: string) => GOOD[key] as T;
	const accepted = good<Record<string, unknown>>(`learner:assignment:${ASSIGNMENT_ID}`);
	return [
		{
			name: 'runs',
			bad: many('run:', { ...good<object>(RUN_KEY), choices: 'all of them' }, { ...good<object>(RUN_KEY), v: SCHEMA_VERSION + 1 }),
			path: '/',
			check: home()
		},
		{
			name: 'attempts',
			bad: many('attempt:', { ...attempt('b', 'elderly-wang', 1), total: 140 }, { ...attempt('c', 'truant-li', 1), v: SCHEMA_VERSION + 1 }),
			path: '/progress',
			check: progressPage()
		},
		...single(
			'settings',
			'settings',
			{ v: SCHEMA_VERSION, quiz: { dailyNewLimit: 0 } },
			{ ...good<object>('settings'), v: SCHEMA_VERSION + 1 },
			'/',
			home()
		),
		...single(
			'quiz:deck',
			'quiz:deck',
			{ v: SCHEMA_VERSION, deck: 'cards, honest' },
			{ ...good<object>('quiz:deck'), v: SCHEMA_VERSION + 1 },
			'/progress',
			progressPage({ due: 0 })
		),
		...single(
			'quiz:mistakes',
			'quiz:mistakes',
			{ v: SCHEMA_VERSION, book: { wrong: 'many' } },
			{ ...good<object>('quiz:mistakes'), v: SCHEMA_VERSION + 1 },
			'/quiz',
			hub({ mistakes: 0 })
		),
		...single(
			'quiz:history',
			'quiz:history',
			{ v: SCHEMA_VERSION, events: [{ itemId: 'intake-001', correct: 'maybe' }] },
			{ ...good<object>('quiz:history'), v: SCHEMA_VERSION + 1 },
			'/progress',
			progressPage({ history: false })
		),
		{
			name: 'papers',
			bad: many('paper:', { ...paper, id: 'bad-shape', total: -5 }, { ...paper, id: 'bad-newer', v: SCHEMA_VERSION + 1 }),
			path: '/progress',
			check: progressPage()
		},
		...single(
			'paper-current',
			'paper-current',
			{ ...paperCurrent, remainingMs: 'plenty' },
			{ ...paperCurrent, v: SCHEMA_VERSION + 1 },
			'/quiz',
			hub({ paperCurrent: false })
		),
		{
			name: 'instructor:result',
			bad: many('instructor:result:elderly-wang:', { ...result('坏同学'), scores: 'all full marks' }, { ...result('新同学'), v: 2 }),
			path: '/instructor/class',
			check: classTable
		},
		{
			name: 'instructor:story',
			bad: many('instructor:story:', { ...story, title: '' }, { ...story, v: 2 }),
			path: '/instructor/author',
			check: savedStories
		},
		{
			name: 'instructor:assignment',
			bad: many('instructor:assignment:', { ...assignment, passMark: 'seventy' }, { ...assignment, v: 2 }),
			path: '/',
			check: home()
		},
		{
			name: 'learner:assignment',
			bad: many(
				'learner:assignment:',
				{ ...accepted, learner: '' },
				{ ...accepted, assignment: { ...assignment, id: 'newerAssign', v: 2 } }
			),
			path: '/assignment',
			check: assignmentPage
		},
		{
			name: 'learner:submission',
			bad: many(
				`learner:submission:${ASSIGNMENT_ID}:`,
				{ ...result('良好同学', { assignmentId: ASSIGNMENT_ID }), choices: [] },
				{ ...result('良好同学', { assignmentId: ASSIGNMENT_ID }), v: 2 }
			),
			path: '/assignment',
			check: assignmentPage
		}
	];
}

const TABLE = rows();

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('a damaged record of any kind is set aside, reported and kept; the rest is intact', () => {
	it('covers every kind of key the app writes', () => {
		const prefixes = ['run:', 'attempt:', 'settings', 'quiz:deck', 'quiz:mistakes', 'quiz:history', 'paper:', 'paper-current'];
		const instructor = ['instructor:result:', 'instructor:story:', 'instructor:assignment:', 'learner:assignment:', 'learner:submission:'];
		for (const p of [...prefixes, ...instructor]) {
			expect(
				TABLE.some((r) => Object.keys(r.bad).some((k) => k.startsWith(p))),
				p
			).toBe(true);
			expect(
				Object.keys(GOOD).some((k) => k.startsWith(p)),
				p
			).toBe(true);
		}
		// Every key planted belongs to a kind the loader knows.
		for (const key of [...Object.keys(GOOD), ...TABLE.flatMap((r) => Object.keys(r.bad))])
			expect(kindOfKey(key) ?? instructorKindOfKey(key), key).not.toBeNull();
	});

	for (const row of TABLE)
		it(row.name, async () => {
			const { context, page, errors } = await newPage(browser);
			await page.goto(`${baseURL()}/`);
			await page.locator('[data-testid="home-due"]').waitFor();
			for (const [key, value] of Object.entries({ ...GOOD, ...row.bad })) await putRaw(page, key, value);

			await page.goto(`${baseURL()}${row.path}`);
			const notice = page.locator('[data-testid="set-aside-notice"]');
			await notice.waitFor();
			const badKeys = Object.keys(row.bad).sort();
			expect(await notice.locator('summary').innerText()).toBe(fill(zh.storage.setAside, { n: badKeys.length }));
			expect((await notice.locator('li code').allTextContents()).sort()).toEqual(badKeys);
			await row.check(page);

			// Each damaged value is kept whole under set-aside:<time>:<key>, and gone from its own key.
			const keys = await storedKeys(page);
			for (const key of badKeys) {
				expect(keys).not.toContain(key);
				const aside = keys.filter((k) => k.startsWith('set-aside:') && k.endsWith(`:${key}`));
				expect(aside, key).toHaveLength(1);
				expect(await getRaw(page, aside[0])).toMatchObject({ key, raw: row.bad[key] });
			}
			// Every good record is still there, unchanged.
			for (const [key, value] of Object.entries(GOOD)) if (!(key in row.bad)) expect(await getRaw(page, key), key).toEqual(value);

			// Next time nothing more is set aside, and the good records still show.
			await page.reload();
			await row.check(page);
			await page.goto(`${baseURL()}/`);
			await page.locator('[data-testid="home-due"]').waitFor();
			expect(await notice.count()).toBe(0);
			expect(errors).toEqual([]);
			await context.close();
		});
});
