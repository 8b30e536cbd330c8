/**
 * Progress written by older versions of the app still loads: every fixture
 * under tests/fixtures/progress-v<N>/ is a record exactly as that version
 * stored it, and must come out valid at the current version.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from './kv-store.ts';
import { DEFAULT_SETTINGS, loadProgress } from './progress.ts';
import { SCHEMAS, SCHEMA_VERSION, kindOfKey } from './records.ts';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const DIR = 'tests/fixtures/progress-v1';
const fixtures = readdirSync(DIR)
	.filter((f) => f.endsWith('.json'))
	.map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { key: string; value: Record<string, unknown> }) }));

async function storeWith(entries: { key: string; value: unknown }[]) {
	const store = new MemoryStore();
	for (const e of entries) await store.set(e.key, e.value);
	return store;
}

describe('v1 progress', () => {
	it('has fixtures for every v1 record kind', () => {
		expect(fixtures.every((f) => f.value.v === 1)).toBe(true);
		expect(new Set(fixtures.map((f) => kindOfKey(f.key)))).toEqual(new Set(['run', 'attempt', 'settings']));
	});

	it('loads through loadProgress as valid v2 records, nothing set aside, and is written back upgraded', async () => {
		const store = await storeWith(fixtures);
		const p = await loadProgress(store, NOW);
		expect(p.setAside).toEqual([]);
		expect(p.runs.get('truant-li')).toMatchObject({ v: 2, choices: [0, 2, 1, 1], mode: 'exam', locale: 'en' });
		expect(p.attempts.map((a) => [a.id, a.v, a.total])).toEqual([
			['mgb1x2-k3j9', 2, 83],
			['mgb9z0-aa01', 2, 12]
		]);
		// The real transformation of v1 → v2: settings gain the quiz defaults, and keep the language.
		// Display and practice settings came later within v2, with defaults filled in on load.
		expect(p.settings).toEqual({ ...DEFAULT_SETTINGS, locale: 'en' });
		expect(p.settings.quiz).toEqual({ dailyNewLimit: 20 });
		for (const f of fixtures) {
			const stored = await store.get(f.key);
			const kind = kindOfKey(f.key)!;
			expect(v.safeParse(SCHEMAS[kind], stored).success, f.file).toBe(true);
			expect((stored as { v: number }).v, f.file).toBe(SCHEMA_VERSION);
			// Everything v1 stored survives the upgrade unchanged.
			expect(stored, f.file).toMatchObject({ ...f.value, v: SCHEMA_VERSION });
		}
		// Loading again finds nothing left to migrate.
		const again = await loadProgress(store, NOW);
		expect(again.settings).toEqual(p.settings);
		expect(again.setAside).toEqual([]);
	});

	it('sets aside a record from a newer version (v3) and keeps the rest', async () => {
		const newer = { key: 'settings', value: { v: 3, locale: 'zh-CN', quiz: { dailyNewLimit: 5, somethingNew: true } } };
		const store = await storeWith([...fixtures.filter((f) => f.key !== 'settings'), newer]);
		const p = await loadProgress(store, NOW);
		expect(p.setAside).toEqual([{ key: 'settings', kind: 'settings', reason: 'newer-version', detail: 'written by a newer version (v3)' }]);
		expect(await store.get(`set-aside:${NOW.toISOString()}:settings`)).toMatchObject({ raw: newer.value });
		expect(p.settings).toEqual(DEFAULT_SETTINGS);
		expect(p.runs.size).toBe(1);
		expect(p.attempts).toHaveLength(2);
	});

	it('sets aside a quiz record claiming v1, which v1 never wrote', async () => {
		const store = await storeWith([{ key: 'quiz:mistakes', value: { v: 1, book: { v: 1, wrong: {}, flagged: [] } } }]);
		const p = await loadProgress(store, NOW);
		expect(p.setAside.map((s) => [s.key, s.reason])).toEqual([['quiz:mistakes', 'invalid']]);
	});
});
