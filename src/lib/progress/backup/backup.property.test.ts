/**
 * A malformed or hostile backup changes nothing: each generated file goes
 * through the whole import (read → plan → apply, as the settings page does)
 * and must be refused, with the store exactly as it was. The files start
 * from a real export of another device, which would change the store if it
 * were accepted (checked first), and are then damaged one way or another.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../instructor/limits.ts';
import { BACKUP_VERSION, applyMerge, backupKindOf, exportBackup, planMerge, readBackup } from './index.ts';
import { at, attempt, fullStore, run, snapshot } from './test-helpers.ts';
import { MemoryStore } from '../kv-store.ts';
import { KEY, SCHEMA_VERSION } from '../records.ts';

type Json = Record<string, unknown>;

let before: string;
/** The other device's export, as text and parsed. */
let text: string;
let base: Json & { records: Json };
let keys: string[];

beforeAll(async () => {
	before = snapshot(await fullStore());
	const other = await fullStore();
	// The other device has a newer run and an attempt this one lacks.
	await other.set(KEY.run('elderly-wang'), run({ choices: [0, 1, 2, 0], updatedAt: at(8) }));
	await other.set(KEY.attempt('other-1'), attempt({ id: 'other-1', startedAt: at(50), finishedAt: at(60) }));
	text = await exportBackup(other, new Date(at(900)));
	base = JSON.parse(text);
	keys = Object.keys(base.records).sort();
});

/** The full import, as the settings page runs it. */
async function importText(store: MemoryStore, content: string) {
	const read = await readBackup(content);
	if (read.ok) await applyMerge(store, await planMerge(store, read.backup));
	return read;
}

const clone = (): Json & { records: Json } => structuredClone(base);
const withEnvelope = (field: string, value: unknown) => JSON.stringify({ ...clone(), [field]: value });
const withRecord = (key: string, value: unknown) => {
	const b = clone();
	b.records[key] = value;
	return JSON.stringify(b);
};

/** Fields whose every value is valid (a set-aside record's raw copy and reason text) are not damaged. */
const damageable = (key: string) =>
	Object.keys(base.records[key] as Json).filter((f) => !(backupKindOf(key) === 'setAside' && (f === 'raw' || f === 'detail')));

// Values no top-level field of any record accepts: none is nullable, numbers are whole or positive, and no list holds lists.
const wrongValue = fc.constantFrom(null, -1.5, [['x']]);

const once = <T>(make: () => T) => {
	let made: T | undefined;
	return () => (made ??= make());
};
const oversized = once(() => `${text}${' '.repeat(LIMITS.backupBytes - text.length + 1)}`);
const tooMany = once(() => {
	const b = clone();
	for (let k = 0; k <= LIMITS.backupRecords; k++) b.records[`run:r${k}`] = 0;
	return JSON.stringify(b);
});

/** Reading 100,001 keys takes a third of a second: drawn a tenth as often as the others. */
function malformed(): fc.Arbitrary<string> {
	const key = fc.constantFrom(...keys);
	const common = (arbitrary: fc.Arbitrary<string>) => ({ arbitrary, weight: 10 });
	const notAnObject = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }));
	const rest = [
		// Not a backup at all.
		fc.string(),
		fc.jsonValue().map((j) => JSON.stringify(j)),
		fc.string().map((s) => `\uFEFF${s}{`),
		// Truncated anywhere.
		fc.integer({ min: 0, max: text.length - 1 }).map((n) => text.slice(0, n)),
		// The envelope damaged.
		fc.constantFrom('format', 'version', 'schema', 'exportedAt').chain((field) =>
			fc
				.oneof(notAnObject, fc.jsonValue())
				.filter((x) => !(field === 'schema' && (x === 1 || x === SCHEMA_VERSION)) && !(field === 'version' && x === 1))
				.map((x) => withEnvelope(field, x))
		),
		notAnObject.map((x) => withEnvelope('records', x)),
		fc.constantFrom('format', 'version', 'schema', 'exportedAt', 'records').map((field) => {
			const b = clone();
			delete b[field];
			return JSON.stringify(b);
		}),
		// From a newer app.
		fc.integer({ min: BACKUP_VERSION + 1, max: 1e6 }).map((n) => withEnvelope('version', n)),
		fc.integer({ min: SCHEMA_VERSION + 1, max: 1e6 }).map((n) => withEnvelope('schema', n)),
		// A record replaced by anything, or one of its fields by a wrong value, or made newer.
		fc.tuple(key, fc.oneof(notAnObject, fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }))).map(([k, x]) => withRecord(k, x)),
		fc
			.tuple(key, wrongValue)
			.chain(([k, x]) => fc.constantFrom(...damageable(k)).map((f) => withRecord(k, { ...(base.records[k] as Json), [f]: x }))),
		fc
			.tuple(
				fc.constantFrom(...keys.filter((k) => (base.records[k] as Json).v === SCHEMA_VERSION)),
				fc.integer({ min: SCHEMA_VERSION + 1, max: 99 })
			)
			.map(([k, n]) => withRecord(k, { ...(base.records[k] as Json), v: n })),
		// A record moved under a key that is not its own.
		fc.tuple(key, fc.stringMatching(/^[a-z0-9]{1,8}$/)).map(([k, suffix]) => {
			const b = clone();
			const moved = backupKindOf(k) === 'setAside' ? `set-aside:${at(1)}:x${suffix}` : `${k}x${suffix}`;
			b.records[moved] = b.records[k];
			return JSON.stringify(b);
		}),
		// Keys no module owns, Object.prototype's names among them.
		fc
			.oneof(fc.constantFrom('constructor', 'prototype', 'toString', 'hasOwnProperty', 'probe', ''), fc.string({ maxLength: 30 }))
			.filter((k) => backupKindOf(k) === null && k !== '__proto__')
			.map((k) => withRecord(k, base.records[keys[0]])),
		// __proto__ at the top, among the records, or inside one.
		fc.constantFrom('{"__proto__":{"polluted":true},', '{"a":{"__proto__":null},').map((p) => p + text.slice(1)),
		fc.constant('"records":{"__proto__":{"v":2},').map((p) => text.replace('"records":{', p)),
		key.map((k) => text.replace(`"${k}":{`, `"${k}":{"__proto__":{"isAdmin":true},`)),
		// A review card damaged inside the deck's text.
		fc.constantFrom('"reps":0', '"state":0', '"kind":"quiz"').map((field) => {
			const b = clone();
			const deck = b.records[KEY.deck] as { v: number; deck: string };
			b.records[KEY.deck] = { ...deck, deck: deck.deck.replace(field, field.replace(/:.*/, ':"?"')) };
			return JSON.stringify(b);
		}),
		// Too big to read (made once: it is large).
		fc.constant(null).map(oversized)
	];
	return fc.oneof(...rest.map(common), { arbitrary: fc.constant(null).map(tooMany), weight: 1 });
}

describe('backup import under malformed and hostile files', () => {
	it('the undamaged file is accepted and would change the store', async () => {
		const copy = await fullStore();
		const read = await importText(copy, text);
		expect(read.ok).toBe(true);
		expect(snapshot(copy)).not.toBe(before);
	});

	it('refuses each of 1,200 damaged files, saying why, and leaves the store byte for byte unchanged', async () => {
		const seen = new Map<string, number>();
		await fc.assert(
			fc.asyncProperty(malformed(), async (content) => {
				// A fresh copy each time, so a failure cannot leak into the next case (or the shrinking).
				const target = new MemoryStore();
				for (const [k, v] of JSON.parse(before) as [string, unknown][]) await target.set(k, v);
				const read = await importText(target, content);
				expect(read.ok).toBe(false);
				if (!read.ok) seen.set(read.error.code, (seen.get(read.error.code) ?? 0) + 1);
				expect(snapshot(target)).toBe(before);
				expect(({} as Json).polluted ?? ({} as Json).isAdmin).toBeUndefined();
			}),
			{ numRuns: 1200, seed: 20261122 }
		);
		// Every kind of refusal was met, so every check above was exercised.
		expect([...seen.keys()].sort()).toEqual([
			'bad-envelope',
			'invalid-record',
			'newer-format',
			'newer-record',
			'newer-schema',
			'not-backup',
			'not-json',
			'proto-key',
			'too-large',
			'too-many-records',
			'unknown-key'
		]);
	}, 120_000);
});
