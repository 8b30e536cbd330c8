import { describe, expect, it } from 'vitest';
import { HISTORY_CAP, type AnswerEvent } from '../../quiz/history.ts';
import { emptyMistakeBook, recordAnswer } from '../../quiz/mistakes.ts';
import { deserialise, newCard, reviewCard, serialise, type ReviewCard } from '../../quiz/review.ts';
import { at, attempt, events, paper, paperCurrent, result, run, story } from './test-helpers.ts';
import { entryFor, settings } from './test-files.ts';
import { KEY, SCHEMA_VERSION } from '../records.ts';

describe('merge rules', () => {
	it('a case in progress: the later updatedAt wins; a tie keeps this device', async () => {
		const key = KEY.run('elderly-wang');
		const older = run({ choices: [0], updatedAt: at(5) });
		const newer = run({ choices: [0, 1], updatedAt: at(6) });
		expect(await entryFor({ [key]: older }, { [key]: newer }, key)).toMatchObject({
			action: 'replace',
			reason: 'backup-newer',
			value: newer
		});
		expect(await entryFor({ [key]: newer }, { [key]: older }, key)).toMatchObject({ action: 'keep', reason: 'current-newer' });
		expect(await entryFor({ [key]: newer }, { [key]: { ...older, updatedAt: at(6) } }, key)).toMatchObject({ action: 'keep' });
		expect(await entryFor({}, { [key]: older }, key)).toMatchObject({ action: 'add', value: older });
	});

	it('a case in progress whose attempt is finished, here or in the file, is not reopened', async () => {
		const key = KEY.run('truant-li');
		const started = run({ scenarioId: 'truant-li', startedAt: attempt().startedAt, updatedAt: at(20) });
		expect(await entryFor({ [KEY.attempt('mgb1x2-k3j9')]: attempt() }, { [key]: started }, key)).toMatchObject({
			action: 'skip',
			reason: 'already-finished'
		});
		expect(await entryFor({}, { [key]: started, [KEY.attempt('mgb1x2-k3j9')]: attempt() }, key)).toMatchObject({ action: 'skip' });
		// A later run of the same case is another run: it comes back.
		expect(await entryFor({ [KEY.attempt('mgb1x2-k3j9')]: attempt() }, { [key]: { ...started, startedAt: at(31) } }, key)).toMatchObject({
			action: 'add'
		});
	});

	it('the mock paper in progress: later updatedAt wins, and a finished paper is not reopened', async () => {
		const key = KEY.paperCurrent;
		expect(await entryFor({ [key]: paperCurrent() }, { [key]: paperCurrent({ current: 0, updatedAt: at(211) }) }, key)).toMatchObject({
			action: 'replace'
		});
		expect(await entryFor({ [KEY.paper('paper-2')]: paper({ id: 'paper-2' }) }, { [key]: paperCurrent() }, key)).toMatchObject({
			action: 'skip',
			reason: 'already-finished'
		});
	});

	it('finished records are added when missing and never rewritten', async () => {
		const key = KEY.attempt('mgb1x2-k3j9');
		expect(await entryFor({ [key]: attempt() }, { [key]: attempt({ total: 99 }) }, key)).toMatchObject({
			action: 'keep',
			reason: 'finished-differs'
		});
		expect(await entryFor({ [key]: attempt() }, { [key]: attempt() }, key)).toMatchObject({ action: 'identical' });
		expect(await entryFor({}, { [KEY.paper('paper-1')]: paper() }, KEY.paper('paper-1'))).toMatchObject({ action: 'add' });
	});

	it("settings stay this device's unless it has none", async () => {
		expect(await entryFor({ settings: settings({ locale: 'en' }) }, { settings: settings() }, 'settings')).toMatchObject({
			action: 'keep',
			reason: 'device-settings'
		});
		expect(await entryFor({}, { settings: settings() }, 'settings')).toMatchObject({ action: 'add' });
	});

	it('a saved story and a submission: the later one wins', async () => {
		const s = await story(at(500));
		const key = `instructor:story:${s.hash}`;
		expect(await entryFor({ [key]: s }, { [key]: { ...s, savedAt: at(501), source: 'edited' } }, key)).toMatchObject({ action: 'replace' });
		expect(await entryFor({ [key]: { ...s, savedAt: at(502) } }, { [key]: { ...s, savedAt: at(501) } }, key)).toMatchObject({
			action: 'keep'
		});
		const sub = (finishedAt: string) => result({ assignmentId: 'Abc123xyz', finishedAt });
		const subKey = 'learner:submission:Abc123xyz:elderly-wang';
		expect(await entryFor({ [subKey]: sub(at(320)) }, { [subKey]: sub(at(330)) }, subKey)).toMatchObject({ action: 'replace' });
	});

	it('the review deck merges card by card: the later review wins, then more reviews; new cards are added', async () => {
		const t = (m: number) => new Date(at(m));
		const a0 = newCard('item-a', 'quiz', t(0));
		const aHere = reviewCard(a0, true, t(10));
		const aThere = reviewCard(reviewCard(a0, false, t(5)), true, t(20));
		const b0 = newCard('item-b', 'quiz', t(0));
		const bHere = reviewCard(b0, false, t(30));
		const bThere = reviewCard(b0, true, t(15));
		const onlyHere = newCard('item-c', 'quiz', t(0));
		const onlyThere = newCard('item-d', 'quiz', t(0));
		const deck = (cards: ReviewCard[]) => ({ v: SCHEMA_VERSION, deck: serialise(cards) });
		const entry = await entryFor(
			{ [KEY.deck]: deck([aHere, bHere, onlyHere]) },
			{ [KEY.deck]: deck([bThere, aThere, onlyThere]) },
			KEY.deck
		);
		expect(entry).toMatchObject({ action: 'merge', reason: 'combined' });
		const merged = deserialise((entry.value as { deck: string }).deck);
		expect(merged.ok && merged.cards).toEqual([aThere, bHere, onlyHere, onlyThere]);
		// Same last review: the card reviewed more often wins.
		const once = reviewCard(a0, true, t(10));
		const twice = { ...once, fsrs: { ...once.fsrs, reps: once.fsrs.reps + 1 } };
		const tie = await entryFor({ [KEY.deck]: deck([once]) }, { [KEY.deck]: deck([twice]) }, KEY.deck);
		expect(deserialise((tie.value as { deck: string }).deck)).toMatchObject({ cards: [twice] });
		// Nothing newer in the file: nothing to write.
		expect(await entryFor({ [KEY.deck]: deck([aThere, bHere]) }, { [KEY.deck]: deck([aHere]) }, KEY.deck)).toMatchObject({
			action: 'keep',
			reason: 'nothing-new'
		});
	});

	it('the answer history is the union of both, in time order, without repeats, capped', async () => {
		const here = events(['x', true, 1], ['y', false, 3]);
		const there = events(['x', true, 1], ['z', true, 2], ['w', false, 4]);
		const entry = await entryFor(
			{ [KEY.history]: { v: SCHEMA_VERSION, events: here } },
			{ [KEY.history]: { v: SCHEMA_VERSION, events: there } },
			KEY.history
		);
		expect(entry.action).toBe('merge');
		expect((entry.value as { events: AnswerEvent[] }).events.map((e) => e.itemId)).toEqual(['x', 'z', 'y', 'w']);

		const many = (from: number, n: number) => Array.from({ length: n }, (_, k) => events([`i-${from + k}`, true, from + k])[0]);
		const capped = await entryFor(
			{ [KEY.history]: { v: SCHEMA_VERSION, events: many(0, HISTORY_CAP) } },
			{ [KEY.history]: { v: SCHEMA_VERSION, events: many(HISTORY_CAP, 10) } },
			KEY.history
		);
		const kept = (capped.value as { events: AnswerEvent[] }).events;
		expect(kept).toHaveLength(HISTORY_CAP);
		expect(kept[0].itemId).toBe('i-10');
		expect(kept.at(-1)!.itemId).toBe(`i-${HISTORY_CAP + 9}`);
	});

	it('the mistake book is the union of both; the later mistake wins; flags from both; an item learned here stays out', async () => {
		const t = (m: number) => new Date(at(m));
		let here = recordAnswer(emptyMistakeBook(), 'item-a', false, t(1));
		here = recordAnswer(here, 'item-b', false, t(10));
		here = { ...here, flagged: ['item-a'] };
		let there = recordAnswer(emptyMistakeBook(), 'item-b', false, t(5));
		there = recordAnswer(there, 'item-b', false, t(6));
		there = recordAnswer(there, 'item-c', false, t(2));
		there = recordAnswer(there, 'item-d', false, t(2));
		there = { ...there, flagged: ['item-d', 'item-a'] };
		// Here, item-d was answered right twice after the file's mistake, and so left the book.
		const history = events(['item-d', false, 2], ['item-d', true, 3], ['item-d', true, 4]);
		const entry = await entryFor(
			{ [KEY.mistakes]: { v: SCHEMA_VERSION, book: here }, [KEY.history]: { v: SCHEMA_VERSION, events: history } },
			{ [KEY.mistakes]: { v: SCHEMA_VERSION, book: there } },
			KEY.mistakes
		);
		expect(entry.action).toBe('merge');
		const book = (entry.value as { book: typeof here }).book;
		expect(Object.keys(book.wrong).sort()).toEqual(['item-a', 'item-b', 'item-c']);
		expect(book.wrong['item-b']).toEqual(here.wrong['item-b']);
		expect(book.flagged).toEqual(['item-a', 'item-d']);
	});
});
