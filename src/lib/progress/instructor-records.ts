/**
 * Load-time checks of the instructor's and learner's records, with the same
 * rules as the stores that read them (class-store.ts, custom-story.ts,
 * learner-store.ts): a record those stores would skip is set aside and
 * reported by the progress loader instead of vanishing without a word.
 * Imported by progress.ts only when such records exist.
 */
import * as v from 'valibot';
import { AssignmentSchema, firstIssue } from '../instructor/assignment.ts';
import { AcceptedSchema } from './learner-assignments.ts';
import { ResultSchema, readResultFile } from '../instructor/result.ts';
import { MemoryStore, type KeyValueStore } from './kv-store.ts';
import type { InstructorKind, SetAside, SetAsideFn } from './records.ts';

export type InstructorCheck = { ok: true } | { ok: false; reason: 'unreadable' | 'invalid' | 'newer-version'; detail: string };

type Raw = Record<string, unknown>;

interface Rule {
	/** The record's own format version, and the newest this build reads. */
	version: (record: Raw) => unknown;
	current: number;
	/** The problem, or null when the store would accept the record. */
	problem: (key: string, record: Raw) => Promise<string | null>;
}

const bySchema =
	(schema: v.GenericSchema) =>
	async (_key: string, record: Raw): Promise<string | null> => {
		const parsed = v.safeParse(schema, record);
		return parsed.success ? null : firstIssue(parsed.issues);
	};

const RULES: Record<InstructorKind, Rule> = {
	// class-store.ts reads results as result files, which also checks sizes and timestamps.
	instructorResult: {
		version: (r) => r.v,
		current: 1,
		problem: async (_key, record) => {
			try {
				readResultFile(JSON.stringify(record));
				return null;
			} catch (e) {
				return e instanceof Error ? e.message : String(e);
			}
		}
	},
	instructorStory: {
		version: (r) => r.v,
		current: 1,
		problem: async (key, record) => {
			// custom-story.ts brings the ink runtime: loaded only for an instructor who saved stories of their own.
			const [{ StoredStorySchema }, { listSavedStories }] = await Promise.all([
				import('../instructor/custom-story.ts'),
				import('./custom-stories.ts')
			]);
			const schema = await bySchema(StoredStorySchema)(key, record);
			if (schema) return schema;
			// Without Web Crypto (a page not served over https) the hash cannot be checked: that is no fault of the record.
			if (!globalThis.crypto?.subtle) return null;
			const one = new MemoryStore();
			one.data.set(key, record);
			return (await listSavedStories(one)).skipped.length ? 'the story does not match its key or its hash (damaged or edited)' : null;
		}
	},
	instructorAssignment: { version: (r) => r.v, current: 1, problem: bySchema(AssignmentSchema) },
	learnerAssignment: {
		version: (r) => (r.assignment && typeof r.assignment === 'object' ? (r.assignment as Raw).v : undefined),
		current: 1,
		problem: bySchema(AcceptedSchema)
	},
	learnerSubmission: { version: (r) => r.v, current: 1, problem: bySchema(ResultSchema) }
};

/** Checks one stored value of an instructor kind as its store would read it (an object, never a JSON string). */
export async function checkInstructorRecord(kind: InstructorKind, key: string, raw: unknown): Promise<InstructorCheck> {
	if (typeof raw === 'string') {
		try {
			JSON.parse(raw);
		} catch {
			return { ok: false, reason: 'unreadable', detail: 'not valid JSON' };
		}
	}
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'unreadable', detail: 'not an object' };
	const rule = RULES[kind];
	const version = rule.version(raw as Raw);
	if (typeof version === 'number' && version > rule.current)
		return { ok: false, reason: 'newer-version', detail: `written by a newer version (v${version})` };
	const problem = await rule.problem(key, raw as Raw);
	return problem ? { ok: false, reason: 'invalid', detail: problem } : { ok: true };
}

/**
 * The progress loader's part: checks these records, read all at once, and
 * hands what fails to `setAside`; one that cannot even be read is only reported.
 */
export async function checkInstructorRecords(
	store: KeyValueStore,
	keys: readonly (readonly [string, InstructorKind])[],
	setAside: SetAsideFn,
	reported: SetAside[]
): Promise<void> {
	// IndexedDB queues the gets without a round trip each, and a class can hold hundreds of results.
	const read = await Promise.all(
		keys.map(([key]) =>
			store.get(key).then(
				(raw) => ({ raw }),
				(e: unknown) => ({ error: String(e) })
			)
		)
	);
	for (const [i, [key, kind]] of keys.entries()) {
		const got = read[i];
		if ('error' in got) {
			reported.push({ key, kind, reason: 'unreadable', detail: got.error });
			continue;
		}
		const checked = await checkInstructorRecord(kind, key, got.raw);
		if (!checked.ok) await setAside(key, kind, checked.reason, checked.detail, got.raw);
	}
}
