/**
 * What can be wrong with something brought in from outside (a link, a code,
 * a file), as data: the page says it in the learner's or instructor's own
 * language (i18n/import-messages.ts); the message is for logs and tests.
 */
import type * as v from 'valibot';

export type ImportProblem =
	| { code: 'empty' }
	| { code: 'too-long'; max: number }
	| { code: 'bad-characters' }
	| { code: 'incomplete' }
	| { code: 'damaged' }
	| { code: 'too-large'; max: number }
	| { code: 'unreadable' }
	| { code: 'file-not-json'; what: 'assignment' | 'result' }
	| { code: 'file-too-large'; what: 'assignment' | 'result'; max: number; size?: number }
	| { code: 'not-result-code' }
	/** `field`: where the first problem is (e.g. `scores.total`), or empty for the whole; `detail` is for logs. */
	| { code: 'invalid'; what: 'assignment' | 'result'; field: string; detail: string }
	| { code: 'finished-before-start' }
	| { code: 'no-work' }
	| { code: 'too-many'; count: number; max: number }
	| { code: 'unknown-scenario'; id: string }
	| { code: 'story-version'; title: string }
	| { code: 'story-broken'; title: string; detail: string }
	| { code: 'id-reused'; title: string; known: string };

export class ImportError extends Error {
	override name = 'ImportError';
	constructor(readonly problem: ImportProblem) {
		const { code, ...params } = problem;
		super(Object.keys(params).length ? `${code}: ${JSON.stringify(params)}` : code);
	}
}

/** Valibot's first issue as "path: message". */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
	const i = issues[0];
	const path = i.path?.map((p) => String(p.key)).join('.');
	return path ? `${path}: ${i.message}` : i.message;
}

/** The path of Valibot's first issue, e.g. `scores.total`; empty when the whole value is wrong. */
export function issueField(issues: readonly v.BaseIssue<unknown>[]): string {
	return issues[0].path?.map((p) => String(p.key)).join('.') ?? '';
}

/** The problem `e` names, or a generic one for anything unexpected. */
export function problemOf(e: unknown): ImportProblem {
	return e instanceof ImportError ? e.problem : { code: 'unreadable' };
}
