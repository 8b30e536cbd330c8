import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../instructor/limits.ts';
import { newCard, serialise } from '../../quiz/review.ts';
import { BACKUP_VERSION, applyMerge, planMerge } from './index.ts';
import { attempt, result, run, story } from './test-helpers.ts';
import { NOW, file, read, refusal } from './test-files.ts';
import { MemoryStore } from '../kv-store.ts';
import { KEY, SCHEMA_VERSION } from '../records.ts';

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
