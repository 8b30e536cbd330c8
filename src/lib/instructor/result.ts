/**
 * Result packages: what a learner sends back after a case. They carry the
 * choices taken, so the instructor can replay them through the same story
 * version and check the claimed scores (see verify.ts).
 */
import * as v from 'valibot';
import type { RunResult } from '../scoring/score.ts';
import { decodeCompact, encodeCompact } from './codec.ts';
import { ImportError, firstIssue, issueField } from './import-error.ts';
import { LIMITS } from './limits.ts';
import { timestampSchema } from './time.ts';

const score = v.pipe(v.number(), v.minValue(0), v.maxValue(100));

export const ResultSchema = v.object({
	kind: v.literal('casework-result'),
	v: v.literal(1),
	/** Shown to the instructor as text, never as HTML. */
	learner: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
	assignmentId: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,32}$/))),
	scenarioId: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64)),
	locale: v.picklist(['zh-CN', 'en']),
	storyHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
	mode: v.picklist(['practice', 'exam']),
	startedAt: timestampSchema,
	finishedAt: timestampSchema,
	choices: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))), v.minLength(1), v.maxLength(500)),
	/** The scoring rules the claimed scores were computed by; absent on packages made before rules 2 (rules 1). */
	scoring: v.optional(v.picklist([1, 2])),
	scores: v.object({
		total: score,
		quality: score,
		process: score,
		families: v.object({ supportive: v.optional(score), leading: v.optional(score), influencing: v.optional(score) }),
		orderingErrors: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500)),
		ending: v.optional(v.pipe(v.string(), v.maxLength(64)))
	})
});
export type ResultPackage = v.InferOutput<typeof ResultSchema>;

/** The part of a scored run that a package claims. */
export function claimedScores(r: RunResult): ResultPackage['scores'] {
	return {
		total: r.total,
		quality: r.quality,
		process: r.process,
		families: {
			supportive: r.families.supportive?.score,
			leading: r.families.leading?.score,
			influencing: r.families.influencing?.score
		},
		orderingErrors: r.orderingErrors.length,
		ending: r.ending
	};
}

const PREFIX = 'CWR1.';

export function resultCode(p: ResultPackage): string {
	return PREFIX + encodeCompact(p);
}

function check(value: unknown): ResultPackage {
	const parsed = v.safeParse(ResultSchema, value);
	if (!parsed.success)
		throw new ImportError({ code: 'invalid', what: 'result', field: issueField(parsed.issues), detail: firstIssue(parsed.issues) });
	// Compared as moments: the two may carry different offsets.
	if (Date.parse(parsed.output.finishedAt) < Date.parse(parsed.output.startedAt)) throw new ImportError({ code: 'finished-before-start' });
	return parsed.output;
}

/** Reads a pasted result code. @throws ImportError saying what is wrong. */
export function readResultCode(code: string): ResultPackage {
	const trimmed = code.trim();
	if (!trimmed.startsWith(PREFIX)) throw new ImportError({ code: 'not-result-code' });
	return check(decodeCompact(trimmed.slice(PREFIX.length), { maxChars: LIMITS.resultCodeChars, maxBytes: LIMITS.jsonBytes }));
}

export function resultFile(p: ResultPackage): string {
	return JSON.stringify(check(p), null, 1);
}

/** Reads a result file (JSON) or a file that holds a pasted code. @throws ImportError. */
export function readResultFile(content: string): ResultPackage {
	if (content.length > LIMITS.jsonBytes) throw new ImportError({ code: 'file-too-large', what: 'result', max: LIMITS.jsonBytes });
	const trimmed = content.trim();
	if (trimmed.startsWith(PREFIX)) return readResultCode(trimmed);
	let value: unknown;
	try {
		value = JSON.parse(trimmed);
	} catch {
		throw new ImportError({ code: 'file-not-json', what: 'result' });
	}
	return check(value);
}
