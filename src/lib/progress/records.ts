/**
 * Stored record shapes, validated on every load. Each record carries `v`,
 * the schema version it was written with; older versions are migrated,
 * newer or invalid ones are set aside (kept, never deleted) and reported.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

const isoDate = v.pipe(v.string(), v.isoTimestamp());
const choiceList = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))), v.maxLength(2000));
const scenarioId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));
const locale = v.picklist(['zh-CN', 'en']);
const mode = v.picklist(['practice', 'exam']);

/** A case in progress: enough to replay it to the exact same point. */
export const RunSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	scenarioId,
	locale,
	mode,
	/** Version hash of the story the choices were made in. */
	storyHash: v.pipe(v.string(), v.maxLength(64)),
	choices: choiceList,
	startedAt: isoDate,
	updatedAt: isoDate
});
export type RunRecord = v.InferOutput<typeof RunSchema>;

/** A finished attempt; the summary fields save replaying for lists. */
export const AttemptSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	scenarioId,
	locale,
	mode,
	storyHash: v.pipe(v.string(), v.maxLength(64)),
	choices: choiceList,
	startedAt: isoDate,
	finishedAt: isoDate,
	total: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
	ending: v.optional(v.pipe(v.string(), v.maxLength(64)))
});
export type AttemptRecord = v.InferOutput<typeof AttemptSchema>;

export const SettingsSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	locale: v.optional(locale)
});
export type SettingsRecord = v.InferOutput<typeof SettingsSchema>;

export const KEY = {
	run: (scenarioId: string) => `run:${scenarioId}`,
	attempt: (id: string) => `attempt:${id}`,
	settings: 'settings',
	setAside: (key: string, at: string) => `set-aside:${at}:${key}`
} as const;

export type RecordKind = 'run' | 'attempt' | 'settings';

export function kindOfKey(key: string): RecordKind | null {
	if (key.startsWith('run:')) return 'run';
	if (key.startsWith('attempt:')) return 'attempt';
	if (key === 'settings') return 'settings';
	return null;
}

export const SCHEMAS = { run: RunSchema, attempt: AttemptSchema, settings: SettingsSchema } as const;

/**
 * Upgrades a record of an older version, one step at a time. There is one
 * version so far; each future bump adds `[from]: (old) => newer` here and a
 * fixture of the old shape under tests/fixtures.
 */
export const MIGRATIONS: Record<number, (record: Record<string, unknown>) => Record<string, unknown>> = {};
