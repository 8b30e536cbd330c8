/**
 * Garbage in every kind of stored record, written straight into IndexedDB
 * next to good records: the app loads, names what it set aside, keeps the
 * raw value under a `set-aside:` key, and shows everything else as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getRaw, putRaw, storedKeys } from './idb.ts';
import { baseURL, launch, newPage } from './browser.ts';
import { fill } from '../../src/lib/i18n/messages.ts';
import { SCHEMA_VERSION, instructorKindOfKey, kindOfKey } from '../../src/lib/progress/records.ts';
import {
	zh,
	NOT_JSON,
	ASSIGNMENT_ID,
	attempt,
	paperCurrent,
	paper,
	result,
	assignment,
	GOOD,
	RUN_KEY,
	STORY_KEY,
	type Check,
	home,
	progressPage,
	hub,
	classTable,
	savedStories,
	assignmentPage
} from './corruption-records.ts';

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
