/** One record, validated exactly as the module that owns it reads it. */
import * as v from 'valibot';
import { AssignmentSchema, firstIssue } from '../../instructor/assignment.ts';
import { ResultSchema, readResultFile } from '../../instructor/result.ts';
import { resultKey } from '../class-results.ts';
import { checkInstructorRecord } from '../instructor-records.ts';
import { AcceptedSchema } from '../learner-assignments.ts';
import { checkRecord } from '../progress.ts';
import { PREFIX } from '../keys.ts';
import { KEY, type AttemptRecord, type DeckRecord, type InstructorKind, type RecordKind, type RunRecord } from '../records.ts';
import { DETAIL_MAX, KEY_MAX, type BackupKind } from './kinds.ts';

export type Checked = { ok: true; value: unknown; migrated: boolean } | { ok: false; detail: string; newer?: boolean };

export const fail = (detail: string, newer = false): Checked => ({ ok: false, detail, newer });
const pass = (value: unknown, migrated = false): Checked => ({ ok: true, value, migrated });
const misplaced = (expected: string): Checked => fail(`belongs under ${expected}`);

/** What the loader writes under `set-aside:<time>:<key>`. */
const SetAsideSchema = v.object({
	key: v.pipe(v.string(), v.minLength(1), v.maxLength(KEY_MAX)),
	// A string, not the loader's current list: a reason added later must not turn a kept record into a refused file.
	reason: v.pipe(v.string(), v.maxLength(100)),
	detail: v.pipe(v.string(), v.maxLength(DETAIL_MAX)),
	raw: v.optional(v.unknown())
});
const SET_ASIDE_KEY = new RegExp(String.raw`^${PREFIX.setAside}\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z:([\s\S]+)$`);

/** The key the progress module stores a valid record of this kind under. */
function progressKey(kind: RecordKind, value: unknown): string {
	switch (kind) {
		case 'run':
			return KEY.run((value as RunRecord).scenarioId);
		case 'attempt':
			return KEY.attempt((value as AttemptRecord).id);
		case 'paper':
			return KEY.paper((value as { id: string }).id);
		default:
			return {
				settings: KEY.settings,
				deck: KEY.deck,
				mistakes: KEY.mistakes,
				history: KEY.history,
				notes: KEY.notes,
				paperCurrent: KEY.paperCurrent
			}[kind];
	}
}

/**
 * An instructor or learner record that passed the loader's check, parsed
 * with its store's schema (unknown fields dropped) and checked to sit under
 * the key its store would give it.
 */
async function normalise(kind: InstructorKind, key: string, raw: unknown): Promise<Checked> {
	let value: { key: string; record: unknown };
	switch (kind) {
		case 'instructorResult': {
			const pkg = readResultFile(JSON.stringify(raw));
			value = { key: resultKey(pkg), record: pkg };
			break;
		}
		case 'instructorStory': {
			// custom-story.ts brings the ink runtime: loaded only for a file that holds stories.
			const { StoredStorySchema } = await import('../../instructor/custom-story.ts');
			const story = v.parse(StoredStorySchema, raw);
			value = { key: KEY.instructorStory(story.hash), record: story };
			break;
		}
		case 'instructorAssignment': {
			const assignment = v.parse(AssignmentSchema, raw);
			value = { key: KEY.instructorAssignment(assignment.id), record: assignment };
			break;
		}
		case 'learnerAssignment': {
			const accepted = v.parse(AcceptedSchema, raw);
			value = { key: KEY.learnerAssignment(accepted.assignment.id), record: accepted };
			break;
		}
		case 'learnerSubmission': {
			const pkg = v.parse(ResultSchema, raw);
			if (!pkg.assignmentId) return fail('a submission without its assignment');
			value = { key: KEY.learnerSubmission(pkg.assignmentId, pkg.scenarioId), record: pkg };
			break;
		}
	}
	return value.key === key ? pass(value.record) : misplaced(value.key);
}

/**
 * Validates one record exactly as the module that owns it reads it, migrates
 * an older progress record, and checks that it sits under its own key.
 * The value returned is the validated one, with unknown fields dropped.
 */
export async function checkOne(kind: BackupKind, key: string, raw: unknown): Promise<Checked> {
	switch (kind) {
		case 'setAside': {
			const m = SET_ASIDE_KEY.exec(key);
			if (!m) return fail('not a set-aside key (set-aside:<time>:<key>)');
			const parsed = v.safeParse(SetAsideSchema, raw);
			if (!parsed.success) return fail(firstIssue(parsed.issues));
			if (parsed.output.key !== m[1]) return fail(`set aside from ${parsed.output.key}, not ${m[1]}`);
			return pass(parsed.output);
		}
		case 'instructorResult':
		case 'instructorStory':
		case 'instructorAssignment':
		case 'learnerAssignment':
		case 'learnerSubmission': {
			// The loader's own check first (instructor-records.ts), so a record it accepts is one a backup holds.
			const checked = await checkInstructorRecord(kind, key, raw);
			if (!checked.ok) return fail(checked.detail, checked.reason === 'newer-version');
			return normalise(kind, key, raw);
		}
		default: {
			const checked = checkRecord(kind, raw);
			if (!checked.ok) return fail(checked.detail, checked.reason === 'newer-version');
			const expected = progressKey(kind, checked.value);
			if (expected !== key) return misplaced(expected);
			if (kind === 'deck') {
				// review.ts brings the FSRS scheduler: loaded only when there is a deck.
				const { deserialise } = await import('../../quiz/review.ts');
				const deck = deserialise((checked.value as DeckRecord).deck);
				if (!deck.ok) return fail(`deck: ${deck.detail}`, deck.reason === 'newer-version');
				if (deck.invalid.length) return fail(`deck: card ${deck.invalid[0].index}: ${deck.invalid[0].detail}`);
			}
			return pass(checked.value, checked.migrated);
		}
	}
}
