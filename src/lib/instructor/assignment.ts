/**
 * Assignments: what an instructor sets, travelling as a compressed link (the
 * code sits after `#`, so it never reaches a server log), a QR code of that
 * link, or a file when it embeds an instructor's own story.
 */
import * as v from 'valibot';
import { TOPIC_IDS } from '../quiz/schema.ts';
import { decodeCompact, encodeCompact } from './codec.ts';
import { ImportError, firstIssue, issueField } from './import-error.ts';
import { LIMITS } from './limits.ts';
import { calendarDateSchema, timestampSchema } from './time.ts';

export { ImportError, firstIssue };

const kebab = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** An instructor's own story, compiled, carried inside the assignment. */
export const CustomStorySchema = v.object({
	id: v.pipe(kebab, v.startsWith('custom-')),
	title: v.pipe(text(120), v.minLength(1)),
	locale: v.picklist(['zh-CN', 'en']),
	/** sha256 of `json`, first 16 hex digits: the story version. */
	hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
	json: v.pipe(v.string(), v.maxLength(LIMITS.jsonBytes))
});
export type CustomStory = v.InferOutput<typeof CustomStorySchema>;

export const AssignmentSchema = v.object({
	kind: v.literal('casework-assignment'),
	v: v.literal(1),
	id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,32}$/)),
	title: v.pipe(text(120), v.minLength(1)),
	note: text(2000),
	/** Built-in scenario ids. */
	scenarios: v.pipe(v.array(kebab), v.maxLength(10)),
	custom: v.pipe(v.array(CustomStorySchema), v.maxLength(5)),
	mode: v.picklist(['practice', 'exam']),
	quizTopics: v.pipe(v.array(v.picklist(TOPIC_IDS)), v.maxLength(TOPIC_IDS.length)),
	mockPaper: v.boolean(),
	passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
	/** Due date, YYYY-MM-DD. */
	due: v.optional(calendarDateSchema),
	createdAt: timestampSchema
});
export type Assignment = v.InferOutput<typeof AssignmentSchema>;

/** What a reader checks an assignment's work against: the built-in cases this site has. */
export interface KnownWork {
	scenarios: readonly string[];
}

function check(value: unknown, known?: KnownWork): Assignment {
	const parsed = v.safeParse(AssignmentSchema, value);
	if (!parsed.success)
		throw new ImportError({ code: 'invalid', what: 'assignment', field: issueField(parsed.issues), detail: firstIssue(parsed.issues) });
	const a = parsed.output;
	if (!a.scenarios.length && !a.custom.length && !a.quizTopics.length && !a.mockPaper) throw new ImportError({ code: 'no-work' });
	// A case this site does not have would only fail when the learner presses Play.
	const unknown = known && a.scenarios.find((id) => !known.scenarios.includes(id));
	if (unknown) throw new ImportError({ code: 'unknown-scenario', id: unknown });
	return a;
}

/** The link's code, or null when the assignment is too big for a link (use a file). */
export function assignmentCode(a: Assignment): string | null {
	const code = encodeCompact(check(a));
	return code.length <= LIMITS.linkChars ? code : null;
}

/** @throws ImportError saying what is wrong. */
export function readAssignmentCode(code: string, known?: KnownWork): Assignment {
	return check(decodeCompact(code, { maxChars: LIMITS.linkChars, maxBytes: LIMITS.jsonBytes }), known);
}

export function assignmentFile(a: Assignment): string {
	return JSON.stringify(check(a), null, 1);
}

/** @throws ImportError saying what is wrong. */
export function readAssignmentFile(content: string, known?: KnownWork): Assignment {
	if (content.length > LIMITS.jsonBytes) throw new ImportError({ code: 'file-too-large', what: 'assignment', max: LIMITS.jsonBytes });
	let value: unknown;
	try {
		value = JSON.parse(content);
	} catch {
		throw new ImportError({ code: 'file-not-json', what: 'assignment' });
	}
	return check(value, known);
}
