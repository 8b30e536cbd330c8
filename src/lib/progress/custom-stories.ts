/**
 * The instructor's own stories in the store, under `instructor:story:<hash>`:
 * list (validated, newest first), save, delete. Checking and naming the
 * stories is instructor/custom-story.ts's job.
 */
import * as v from 'valibot';
import { CustomStorySchema, firstIssue, type CustomStory } from '../instructor/assignment.ts';
import {
	CustomStoryError,
	StoredStorySchema,
	checkInkSource,
	recordProblem,
	storyHash,
	toCustomStory,
	type CompileFn,
	type InkCheck,
	type SavedStory
} from '../instructor/custom-story.ts';
import { KEY, PREFIX } from './keys.ts';
import type { KeyValueStore } from './kv-store.ts';

/** The storage key of the story with this hash. */
export const storyKey = KEY.instructorStory;

const HASH = /^[0-9a-f]{16}$/;

/** Checks a record against its key, its schema's id and its own hash; the reason, or null when it is sound. */
async function problemWith(key: string, record: CustomStory): Promise<string | null> {
	if (key !== storyKey(record.hash)) return `stored under ${key}, not ${storyKey(record.hash)}`;
	return recordProblem(record);
}

/**
 * Every saved story, newest first, plus the keys of records that were skipped
 * because they are not valid (CustomStorySchema, key and hash checked).
 */
export async function listSavedStories(store: KeyValueStore): Promise<{ saved: SavedStory[]; skipped: string[] }> {
	const saved: SavedStory[] = [];
	const skipped: string[] = [];
	for (const key of await store.keys()) {
		if (!key.startsWith(PREFIX.instructorStory)) continue;
		try {
			const parsed = v.safeParse(StoredStorySchema, await store.get(key));
			if (!parsed.success || (await problemWith(key, parsed.output))) {
				skipped.push(key);
				continue;
			}
			const { savedAt, source } = parsed.output;
			// Parsing with CustomStorySchema keeps exactly the record's fields.
			saved.push({ story: v.parse(CustomStorySchema, parsed.output), savedAt, source });
		} catch {
			skipped.push(key);
		}
	}
	saved.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.story.title.localeCompare(b.story.title));
	return { saved, skipped };
}

/** The saved stories as `CustomStory` records, newest first; invalid records are skipped. For the assignment composer. */
export async function loadCustomStories(store: KeyValueStore): Promise<CustomStory[]> {
	return (await listSavedStories(store)).saved.map((s) => s.story);
}

/**
 * Saves (or re-saves) a story under `instructor:story:<hash>`.
 * @param extra the .ink source to keep for editing, and the time (for tests)
 * @throws CustomStoryError, before writing anything, when the record is not valid.
 */
export async function saveCustomStory(store: KeyValueStore, s: CustomStory, extra: { source?: string; now?: Date } = {}): Promise<void> {
	const parsed = v.safeParse(StoredStorySchema, {
		v: 1,
		...s,
		savedAt: (extra.now ?? new Date()).toISOString(),
		...(extra.source === undefined ? {} : { source: extra.source })
	});
	if (!parsed.success) throw new CustomStoryError(`Not a valid story record (${firstIssue(parsed.issues)})`);
	const problem = await recordProblem(parsed.output);
	if (problem) throw new CustomStoryError(`Not a valid story record (${problem})`);
	await store.set(storyKey(s.hash), parsed.output);
}

/** Removes the saved story with this hash (nothing happens when there is none). */
export async function deleteCustomStory(store: KeyValueStore, hash: string): Promise<void> {
	if (!HASH.test(hash)) throw new CustomStoryError(`Not a story hash: ${hash}`);
	await store.remove(storyKey(hash));
}

/**
 * The whole save path from source: check, and store only a story that is
 * accepted (no input problem, no compile error, no error-level issue).
 * Anything else leaves the store exactly as it was.
 * @returns the check, and the stored record when it was accepted
 *
 * Kept as the tests' reference for the whole path; the page checks in a worker and saves through AuthoringSession.
 */
export async function saveCustomStoryFromSource(
	store: KeyValueStore,
	source: string,
	compile: CompileFn,
	options: { now?: Date } = {}
): Promise<{ check: InkCheck; story?: CustomStory }> {
	const check = checkInkSource(source, compile);
	if (!check.accepted || !check.json) return { check };
	const story = toCustomStory(check.json, await storyHash(check.json));
	await saveCustomStory(store, story, { source: source.replace(/^\uFEFF/, ''), now: options.now });
	return { check, story };
}
