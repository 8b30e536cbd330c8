/**
 * The only code that reads and writes learner progress. Works over any
 * KeyValueStore; every record is validated on load, and anything that does
 * not fit is moved aside under a `set-aside:` key and reported, so one bad
 * record never stops the app or costs the learner anything else.
 */
import * as v from 'valibot';
import type { KeyValueStore } from './kv-store.ts';
import {
	KEY,
	MIGRATIONS,
	SCHEMAS,
	SCHEMA_VERSION,
	kindOfKey,
	type AttemptRecord,
	type RecordKind,
	type RunRecord,
	type SettingsRecord
} from './records.ts';

export interface SetAside {
	key: string;
	kind: RecordKind;
	reason: 'unreadable' | 'invalid' | 'newer-version';
	detail: string;
}

export interface Progress {
	runs: Map<string, RunRecord>;
	attempts: AttemptRecord[];
	settings: SettingsRecord;
	/** Records set aside by this load. */
	setAside: SetAside[];
}

type Checked<K extends RecordKind> =
	{ ok: true; value: v.InferOutput<(typeof SCHEMAS)[K]>; migrated: boolean } | { ok: false; reason: SetAside['reason']; detail: string };

/** Validates (and if needed migrates) one stored value. Pure. */
export function checkRecord<K extends RecordKind>(kind: K, raw: unknown): Checked<K> {
	let value = raw;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return { ok: false, reason: 'unreadable', detail: 'not valid JSON' };
		}
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'unreadable', detail: 'not an object' };
	let record = value as Record<string, unknown>;
	const version = record.v;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
		return { ok: false, reason: 'invalid', detail: 'no schema version' };
	if (version > SCHEMA_VERSION) return { ok: false, reason: 'newer-version', detail: `written by a newer version (v${version})` };
	let migrated = false;
	for (let from = version; from < SCHEMA_VERSION; from++) {
		const step = MIGRATIONS[from];
		if (!step) return { ok: false, reason: 'invalid', detail: `no migration from v${from}` };
		record = step(record);
		migrated = true;
	}
	const parsed = v.safeParse(SCHEMAS[kind], record);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
		return { ok: false, reason: 'invalid', detail: `${path ? path + ': ' : ''}${issue.message}` };
	}
	return { ok: true, value: parsed.output as v.InferOutput<(typeof SCHEMAS)[K]>, migrated };
}

export const DEFAULT_SETTINGS: SettingsRecord = { v: SCHEMA_VERSION };

/** Reads everything; sets aside what does not validate. `now` names the set-aside keys. */
export async function loadProgress(store: KeyValueStore, now: Date): Promise<Progress> {
	const out: Progress = { runs: new Map(), attempts: [], settings: DEFAULT_SETTINGS, setAside: [] };
	for (const key of await store.keys()) {
		const kind = kindOfKey(key);
		if (!kind) continue;
		let raw: unknown;
		try {
			raw = await store.get(key);
		} catch (e) {
			out.setAside.push({ key, kind, reason: 'unreadable', detail: String(e) });
			continue;
		}
		const checked = checkRecord(kind, raw);
		if (!checked.ok) {
			await store.set(KEY.setAside(key, now.toISOString()), { key, reason: checked.reason, detail: checked.detail, raw: safeCopy(raw) });
			await store.remove(key);
			out.setAside.push({ key, kind, reason: checked.reason, detail: checked.detail });
			continue;
		}
		if (checked.migrated) await store.set(key, checked.value);
		if (kind === 'run') {
			const run = checked.value as RunRecord;
			out.runs.set(run.scenarioId, run);
		} else if (kind === 'attempt') out.attempts.push(checked.value as AttemptRecord);
		else out.settings = checked.value as SettingsRecord;
	}
	out.attempts.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
	return out;
}

function safeCopy(raw: unknown): unknown {
	try {
		return structuredClone(raw);
	} catch {
		return String(raw);
	}
}

export async function saveRun(store: KeyValueStore, run: RunRecord): Promise<void> {
	await store.set(KEY.run(run.scenarioId), run);
}

export async function discardRun(store: KeyValueStore, scenarioId: string): Promise<void> {
	await store.remove(KEY.run(scenarioId));
}

/** Moves a run that no longer replays out of the way, keeping it. */
export async function setRunAside(store: KeyValueStore, run: RunRecord, detail: string, now: Date): Promise<void> {
	await store.set(KEY.setAside(KEY.run(run.scenarioId), now.toISOString()), {
		key: KEY.run(run.scenarioId),
		reason: 'invalid',
		detail,
		raw: run
	});
	await store.remove(KEY.run(run.scenarioId));
}

/** Stores the attempt first, then drops the run: a failure in between loses nothing. */
export async function finishRun(store: KeyValueStore, attempt: AttemptRecord): Promise<void> {
	await store.set(KEY.attempt(attempt.id), attempt);
	await store.remove(KEY.run(attempt.scenarioId));
}

export async function saveSettings(store: KeyValueStore, settings: SettingsRecord): Promise<void> {
	await store.set(KEY.settings, settings);
}

export interface ScenarioSummary {
	attempts: number;
	best: number | null;
	last?: AttemptRecord;
}

export function summarise(attempts: readonly AttemptRecord[], scenarioId: string): ScenarioSummary {
	const mine = attempts.filter((a) => a.scenarioId === scenarioId);
	return {
		attempts: mine.length,
		best: mine.length ? Math.max(...mine.map((a) => a.total)) : null,
		last: mine.at(-1)
	};
}
