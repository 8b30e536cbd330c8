import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../instructor/limits.ts';
import { HISTORY_CAP, type AnswerEvent } from '../quiz/history.ts';
import { emptyMistakeBook, recordAnswer } from '../quiz/mistakes.ts';
import { deserialise, newCard, reviewCard, serialise, type ReviewCard } from '../quiz/review.ts';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	applyMerge,
	backupFilename,
	backupKindOf,
	exportBackup,
	planMerge,
	readBackup,
	resetAll,
	type Backup,
	type BackupError,
	type MergePlan
} from './backup.ts';
import { at, attempt, contents, events, fullStore, paper, paperCurrent, result, run, snapshot, story } from './backup.test-helpers.ts';
import { MemoryStore } from './kv-store.ts';
import { loadProgress } from './progress.ts';
import { DEFAULT_QUIZ_SETTINGS, KEY, SCHEMA_VERSION } from './records.ts';

const NOW = new Date('2026-11-22T10:00:00.000Z');

/** A backup file holding exactly these records. */
function file(records: Record<string, unknown>, over: Record<string, unknown> = {}): string {
	return JSON.stringify({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		schema: SCHEMA_VERSION,
		exportedAt: NOW.toISOString(),
		records,
		...over
	});
}

async function read(text: string): Promise<Backup> {
	const r = await readBackup(text);
	if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
	return r.backup;
}

async function refusal(text: string): Promise<BackupError> {
	const r = await readBackup(text);
	if (r.ok) throw new Error('accepted');
	return r.error;
}

async function storeWith(entries: Record<string, unknown>): Promise<MemoryStore> {
	const store = new MemoryStore();
	for (const [k, v] of Object.entries(entries)) await store.set(k, v);
	return store;
}

/** Plans `records` against `here` and returns the entry for `key`. */
async function entryFor(here: Record<string, unknown>, records: Record<string, unknown>, key: string) {
	const plan = await planMerge(await storeWith(here), await read(file(records)));
	return plan.entries.find((e) => e.key === key)!;
}

const settings = (over: Record<string, unknown> = {}) => ({ v: SCHEMA_VERSION, locale: 'zh-CN', quiz: DEFAULT_QUIZ_SETTINGS, ...over });

describe('export', () => {
	it('writes every key, with the format, versions and time', async () => {
		const store = await fullStore();
		const parsed = JSON.parse(await exportBackup(store, NOW));
		expect(parsed).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schema: SCHEMA_VERSION, exportedAt: NOW.toISOString() });
		expect(Object.keys(parsed.records).sort()).toEqual((await store.keys()).sort());
		// Every kind the app stores is there, set-aside records and instructor data included.
		expect(new Set(Object.keys(parsed.records).map(backupKindOf))).toEqual(
			new Set([
				'run',
				'attempt',
				'settings',
				'deck',
				'mistakes',
				'history',
				'paper',
				'paperCurrent',
				'setAside',
				'instructorResult',
				'instructorStory',
				'instructorAssignment',
				'learnerAssignment',
				'learnerSubmission'
			])
		);
	});

	it('keeps a record that does not validate, and a key no module owns, as set-aside records, so the file still imports', async () => {
		const store = await storeWith({
			[KEY.attempt('a1')]: { ...attempt({ id: 'a1' }), total: 'lots' },
			'stray-key': 42,
			settings: settings()
		});
		const text = await exportBackup(store, NOW);
		const records = JSON.parse(text).records;
		expect(Object.keys(records).sort()).toEqual([
			`set-aside:${NOW.toISOString()}:attempt:a1`,
			`set-aside:${NOW.toISOString()}:stray-key`,
			'settings'
		]);
		expect(records[`set-aside:${NOW.toISOString()}:attempt:a1`]).toMatchObject({
			key: 'attempt:a1',
			reason: 'invalid',
			raw: { total: 'lots' }
		});
		expect(records[`set-aside:${NOW.toISOString()}:attempt:a1`].detail).toMatch(/total/);
		expect(records[`set-aside:${NOW.toISOString()}:stray-key`]).toMatchObject({ key: 'stray-key', raw: 42 });
		expect((await readBackup(text)).ok).toBe(true);
	});

	it('names the file after the local date', () => {
		expect(backupFilename(new Date(2026, 0, 5, 23, 59))).toBe('casework-backup-2026-01-05.json');
	});
});

describe('round trip', () => {
	it('export, reset, import gives back exactly the same store', async () => {
		const store = await fullStore();
		const before = contents(store);
		const text = await exportBackup(store, NOW);
		expect(await resetAll(store)).toBe(14);
		expect(await store.keys()).toEqual([]);
		const backup = await read(text);
		const plan = await planMerge(store, backup);
		expect(plan.entries.every((e) => e.action === 'add')).toBe(true);
		expect(plan.writes).toBe(14);
		expect(plan.counts.attempt).toEqual({ add: 1, identical: 0, keep: 0, replace: 0, merge: 0, skip: 0 });
		await applyMerge(store, plan);
		expect(contents(store)).toEqual(before);
		// And the app loads it all, nothing set aside.
		const loaded = await loadProgress(store, NOW);
		expect(loaded.setAside).toEqual([]);
		expect(loaded.attempts).toHaveLength(1);
		expect(loaded.deck).toHaveLength(2);
	});

	it('importing a backup of the same store again finds everything identical and writes nothing', async () => {
		const store = await fullStore();
		const plan = await planMerge(store, await read(await exportBackup(store, NOW)));
		expect(plan.entries.map((e) => e.action)).toEqual(plan.entries.map(() => 'identical'));
		expect(plan.writes).toBe(0);
	});
});

describe('reading a file', () => {
	it('refuses what is not a backup, naming why', async () => {
		expect(await refusal('{"format": "casework-trainer-bac')).toEqual({ code: 'not-json' });
		expect(await refusal('[]')).toEqual({ code: 'not-backup' });
		expect(await refusal(JSON.stringify({ kind: 'casework-result' }))).toEqual({ code: 'not-backup' });
		expect(await refusal(file({}, { exportedAt: 'yesterday' }))).toMatchObject({
			code: 'bad-envelope',
			detail: expect.stringMatching(/exportedAt/)
		});
		expect(await refusal(file({}, { records: [] }))).toMatchObject({ code: 'bad-envelope' });
	});

	it('refuses a file from a newer format or schema, or holding a newer record', async () => {
		expect(await refusal(file({}, { version: BACKUP_VERSION + 1 }))).toEqual({ code: 'newer-format', version: BACKUP_VERSION + 1 });
		expect(await refusal(file({}, { schema: SCHEMA_VERSION + 1 }))).toEqual({ code: 'newer-schema', schema: SCHEMA_VERSION + 1 });
		expect(await refusal(file({ [KEY.run('elderly-wang')]: run({ v: SCHEMA_VERSION + 1 } as never) }))).toMatchObject({
			code: 'newer-record',
			key: 'run:elderly-wang'
		});
	});

	it('refuses the whole file for one record that fails its schema, naming the key and the field', async () => {
		const error = await refusal(
			file({ [KEY.attempt('mgb1x2-k3j9')]: attempt(), [KEY.run('elderly-wang')]: { ...run(), choices: [0, -1] } })
		);
		expect(error).toMatchObject({ code: 'invalid-record', key: 'run:elderly-wang', detail: expect.stringMatching(/^choices/) });
	});

	it('refuses a record under a key that is not its own', async () => {
		expect(await refusal(file({ [KEY.attempt('other')]: attempt() }))).toMatchObject({
			code: 'invalid-record',
			detail: 'belongs under attempt:mgb1x2-k3j9'
		});
		const pkg = result();
		expect(await refusal(file({ 'instructor:result:elderly-wang:x:1': pkg }))).toMatchObject({ code: 'invalid-record' });
		expect(await refusal(file({ 'learner:submission:Abc123xyz:truant-li': result({ assignmentId: 'Abc123xyz' }) }))).toMatchObject({
			code: 'invalid-record'
		});
	});

	it('refuses a story that does not match its hash, and a deck with one bad card', async () => {
		const s = await story();
		expect(await refusal(file({ [`instructor:story:${s.hash}`]: { ...s, json: s.json + ' ' } }))).toMatchObject({ code: 'invalid-record' });
		const good = newCard('intake-single-0', 'quiz', NOW);
		const deck = serialise([good, { ...good, id: 'Not An Id' }]);
		expect(await refusal(file({ [KEY.deck]: { v: SCHEMA_VERSION, deck } }))).toMatchObject({
			code: 'invalid-record',
			key: 'quiz:deck',
			detail: expect.stringMatching(/^deck: card 1/)
		});
	});

	it('refuses unknown keys and __proto__ anywhere', async () => {
		expect(await refusal(file({ 'notes:1': { v: 1 } }))).toEqual({ code: 'unknown-key', key: 'notes:1' });
		expect(await refusal(file({ constructor: {} }))).toEqual({ code: 'unknown-key', key: 'constructor' });
		expect(await refusal(file({}).replace('"records":{}', '"records":{"__proto__":{"polluted":true}}'))).toEqual({ code: 'proto-key' });
		const nested = file({ [KEY.attempt('mgb1x2-k3j9')]: attempt() }).replace('"v":2,', '"v":2,"__proto__":{"polluted":true},');
		expect(await refusal(nested)).toEqual({ code: 'proto-key' });
		expect(await refusal(nested.replace('"__proto__"', '"\\u005f_proto__"'))).toEqual({ code: 'proto-key' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses files over the size limit and with too many records, before reading them', async () => {
		expect(await refusal(' '.repeat(LIMITS.backupBytes + 1))).toEqual({ code: 'too-large', limit: LIMITS.backupBytes });
		const many = Object.fromEntries(Array.from({ length: LIMITS.backupRecords + 1 }, (_, k) => [`run:r${k}`, 0]));
		expect(await refusal(file(many))).toEqual({ code: 'too-many-records', count: LIMITS.backupRecords + 1, limit: LIMITS.backupRecords });
	});

	it("migrates an older backup's records as the loader does", async () => {
		const dir = 'tests/fixtures/progress-v1';
		const v1 = Object.fromEntries(
			readdirSync(dir).map((f) => {
				const { key, value } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { key: string; value: unknown };
				return [key, value];
			})
		);
		const backup = await read(file(v1, { schema: 1 }));
		expect(backup.migrated).toBe(4);
		const store = new MemoryStore();
		await applyMerge(store, await planMerge(store, backup));
		expect(await store.get('settings')).toMatchObject({ v: SCHEMA_VERSION, locale: 'en', quiz: { dailyNewLimit: 20 } });
		expect(await store.get('run:truant-li')).toMatchObject({ v: SCHEMA_VERSION, choices: [0, 2, 1, 1] });
		expect(await store.get('attempt:mgb1x2-k3j9')).toMatchObject({ v: SCHEMA_VERSION, total: 83 });
	});
});

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

describe('applying', () => {
	it('never removes a key, and leaves records the file does not hold alone', async () => {
		const store = await fullStore();
		const extra = { [KEY.attempt('zz-1')]: attempt({ id: 'zz-1' }), 'stray-key': 'kept' };
		for (const [k, v] of Object.entries(extra)) await store.set(k, v);
		const before = contents(store);
		const remove = vi.spyOn(store, 'remove');
		const backup = await read(
			file({ [KEY.run('elderly-wang')]: run({ updatedAt: at(9), choices: [1] }), [KEY.attempt('new-1')]: attempt({ id: 'new-1' }) })
		);
		await applyMerge(store, await planMerge(store, backup));
		expect(remove).not.toHaveBeenCalled();
		const after = contents(store);
		for (const key of Object.keys(before)) expect(after, key).toHaveProperty([key]);
		expect(after[KEY.run('elderly-wang')]).toMatchObject({ choices: [1] });
		expect(after[KEY.attempt('new-1')]).toBeDefined();
		expect(after[KEY.attempt('zz-1')]).toEqual(before[KEY.attempt('zz-1')]);
	});

	it('plans again at apply time: what was written after the preview is merged, not overwritten', async () => {
		const store = await storeWith({ [KEY.history]: { v: SCHEMA_VERSION, events: events(['x', true, 1]) } });
		const preview: MergePlan = await planMerge(
			store,
			await read(file({ [KEY.history]: { v: SCHEMA_VERSION, events: events(['y', true, 2]) } }))
		);
		// An answer given while the preview was on screen.
		await store.set(KEY.history, { v: SCHEMA_VERSION, events: events(['x', true, 1], ['z', false, 3]) });
		const applied = await applyMerge(store, preview);
		expect(applied.writes).toBe(1);
		expect(((await store.get(KEY.history)) as { events: AnswerEvent[] }).events.map((e) => e.itemId)).toEqual(['x', 'y', 'z']);
	});

	it('writes through the given batch writer, once', async () => {
		const store = await fullStore();
		const target = new MemoryStore();
		const writeMany = vi.fn(async (entries: readonly (readonly [string, unknown])[]) => {
			for (const [k, v] of entries) await target.set(k, v);
		});
		await applyMerge(target, await planMerge(target, await read(await exportBackup(store, NOW))), writeMany);
		expect(writeMany).toHaveBeenCalledOnce();
		expect(snapshot(target)).toBe(snapshot(store));
	});
});

describe('reset', () => {
	it('removes every key, whatever it is', async () => {
		const store = await fullStore();
		await store.set('stray-key', 1);
		expect(await resetAll(store)).toBe(15);
		expect(store.data.size).toBe(0);
	});
});
