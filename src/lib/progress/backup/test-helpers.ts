/**
 * One valid record of every kind a backup holds, for the backup tests
 * (unit, property and component).
 */
import type { Assignment } from '../../instructor/assignment.ts';
import { resultKey } from '../class-results.ts';
import { storyHash } from '../../instructor/custom-story.ts';
import type { ResultPackage } from '../../instructor/result.ts';
import type { AnswerEvent } from '../../quiz/history.ts';
import { emptyMistakeBook, recordAnswer } from '../../quiz/mistakes.ts';
import { newCard, reviewCard, serialise } from '../../quiz/review.ts';
import type { StoreHost } from './index.ts';
import { MemoryStore } from '../kv-store.ts';
import {
	DEFAULT_QUIZ_SETTINGS,
	KEY,
	SCHEMA_VERSION,
	type AttemptRecord,
	type PaperCurrentRecord,
	type PaperRecord,
	type RunRecord
} from '../records.ts';

/** ProgressState.withStore over a MemoryStore, counting the reloads it would do. */
export function memoryHost(store: MemoryStore) {
	const h = {
		reloads: 0,
		withStore: (async (task, options) => {
			const out = await task(store);
			if (options?.reload !== false) h.reloads++;
			return out;
		}) as StoreHost['withStore']
	};
	return h;
}

export const T0 = new Date('2026-11-01T09:00:00.000Z');
/** `minutes` after T0, as an ISO string. */
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();

export function run(over: Partial<RunRecord> = {}): RunRecord {
	return {
		v: SCHEMA_VERSION,
		scenarioId: 'elderly-wang',
		locale: 'zh-CN',
		mode: 'practice',
		storyHash: 'a81d07c0ffee0001',
		choices: [0, 1, 2],
		startedAt: at(0),
		updatedAt: at(5),
		...over
	};
}

export function attempt(over: Partial<AttemptRecord> = {}): AttemptRecord {
	return {
		v: SCHEMA_VERSION,
		id: 'mgb1x2-k3j9',
		scenarioId: 'truant-li',
		locale: 'zh-CN',
		mode: 'exam',
		storyHash: '3f9a1c0000000002',
		choices: [0, 2, 1, 1],
		startedAt: at(10),
		finishedAt: at(30),
		total: 83,
		ending: 'well-closed',
		...over
	};
}

export function paper(over: Partial<PaperRecord> = {}): PaperRecord {
	return {
		v: SCHEMA_VERSION,
		id: 'paper-1',
		seed: 42,
		mode: 'exam',
		itemIds: ['intake-single-0', 'intake-single-1'],
		answers: { 'intake-single-0': [1] },
		flags: [],
		startedAt: at(40),
		finishedAt: at(100),
		durationMs: 7_200_000,
		usedMs: 3_600_000,
		timedOut: false,
		total: 1,
		max: 2,
		passLine: 1.2,
		passed: false,
		perTopic: { intake: { points: 1, max: 2, correct: 1, count: 2 } },
		...over
	};
}

export function paperCurrent(over: Partial<PaperCurrentRecord> = {}): PaperCurrentRecord {
	return {
		v: SCHEMA_VERSION,
		id: 'paper-2',
		seed: 7,
		mode: 'practice',
		itemIds: ['stages-single-0', 'stages-single-1'],
		answers: {},
		flags: ['stages-single-1'],
		startedAt: at(200),
		updatedAt: at(210),
		durationMs: 7_200_000,
		remainingMs: 6_000_000,
		paused: false,
		current: 1,
		...over
	};
}

export function events(...specs: [itemId: string, correct: boolean, minutes: number][]): AnswerEvent[] {
	return specs.map(([itemId, correct, minutes]) => ({ itemId, topic: 'intake', correct, at: at(minutes), mode: 'practice' }));
}

export function result(over: Partial<ResultPackage> = {}): ResultPackage {
	return {
		kind: 'casework-result',
		v: 1,
		learner: '李同学',
		scenarioId: 'elderly-wang',
		locale: 'zh-CN',
		storyHash: 'a81d07c0ffee0001',
		mode: 'practice',
		startedAt: at(300),
		finishedAt: at(320),
		choices: [0, 1, 0],
		scores: { total: 80, quality: 85, process: 70, families: { supportive: 90 }, orderingErrors: 0, ending: 'well-closed' },
		...over
	};
}

export function assignment(over: Partial<Assignment> = {}): Assignment {
	return {
		kind: 'casework-assignment',
		v: 1,
		id: 'Abc123xyz',
		title: '第一周练习',
		note: '完成王阿姨的个案',
		scenarios: ['elderly-wang'],
		custom: [],
		mode: 'practice',
		quizTopics: [],
		mockPaper: false,
		passMark: 60,
		createdAt: at(400),
		...over
	};
}

export async function story(savedAt = at(500), json = '{"inkVersion":21,"root":[]}') {
	const hash = await storyHash(json);
	return { v: 1, id: `custom-${hash}`, title: '我的个案', locale: 'zh-CN', hash, json, savedAt, source: '# title: 我的个案' } as const;
}

/** A store holding one valid record of every kind (two review cards, a mistake, a flag, two answers, a note). */
export async function fullStore(): Promise<MemoryStore> {
	const store = new MemoryStore();
	const card = reviewCard(newCard('intake-single-0', 'quiz', new Date(at(0))), false, new Date(at(1)));
	const deck = serialise([card, newCard('intake-single-1', 'quiz', new Date(at(1)))]);
	let book = recordAnswer(emptyMistakeBook(), 'intake-single-0', false, new Date(at(1)));
	book = { ...book, flagged: ['intake-single-1'] };
	const pkg = result();
	const submission = result({ assignmentId: 'Abc123xyz', learner: '小张', startedAt: at(600), finishedAt: at(610) });
	const s = await story();
	const entries: [string, unknown][] = [
		[KEY.run('elderly-wang'), run()],
		[KEY.attempt('mgb1x2-k3j9'), attempt()],
		[KEY.settings, { v: SCHEMA_VERSION, locale: 'zh-CN', quiz: DEFAULT_QUIZ_SETTINGS }],
		[KEY.deck, { v: SCHEMA_VERSION, deck }],
		[KEY.mistakes, { v: SCHEMA_VERSION, book }],
		[KEY.history, { v: SCHEMA_VERSION, events: events(['intake-single-0', false, 1], ['intake-single-1', true, 2]) }],
		[KEY.notes, { v: SCHEMA_VERSION, notes: { 'intake-single-0': { text: '先问开放式问题', at: at(3) } } }],
		[KEY.paper('paper-1'), paper()],
		[KEY.paperCurrent, paperCurrent()],
		[
			KEY.setAside('run:noise-dispute', at(700)),
			{ key: 'run:noise-dispute', reason: 'invalid', detail: 'choices: bad', raw: { v: 2, junk: true } }
		],
		[resultKey(pkg), pkg],
		[`instructor:story:${s.hash}`, s],
		['instructor:assignment:Abc123xyz', assignment()],
		['learner:assignment:Abc123xyz', { assignment: assignment(), learner: '小张', acceptedAt: at(450) }],
		['learner:submission:Abc123xyz:elderly-wang', submission]
	];
	for (const [key, value] of entries) await store.set(key, value);
	return store;
}

/** Everything in a MemoryStore, key order, as one JSON text: equal texts mean equal stores. */
export function snapshot(store: MemoryStore): string {
	return JSON.stringify([...store.data.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Everything in a MemoryStore as an object, for deep equality whatever order fields were written in. */
export function contents(store: MemoryStore): Record<string, unknown> {
	return Object.fromEntries(store.data);
}
