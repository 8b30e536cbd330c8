/**
 * The check's issues grouped by kind, then by knot: a large real story has
 * hundreds of issues, and a page listing each one was 55,000 px long. A
 * group's count says how many; its rows stay collapsed until opened.
 */
import type { CheckIssue } from '$lib/instructor/custom-story';

export interface KnotGroup {
	/** The knot (or knot.stitch); undefined for issues about the whole story. */
	where?: string;
	issues: CheckIssue[];
}

export interface IssueGroup {
	code: string;
	/** The most serious level in the group. */
	level: CheckIssue['level'];
	count: number;
	knots: KnotGroup[];
}

const RANK: Record<CheckIssue['level'], number> = { error: 0, warning: 1, info: 2 };

/** Reports with at most this many issues open every group: a short list needs no clicking. */
export const OPEN_UP_TO = 10;

/** Groups in order: must-fix kinds first, then by the first line each kind appears on; knots in source order. */
export function groupIssues(issues: readonly CheckIssue[]): IssueGroup[] {
	const byCode = new Map<string, CheckIssue[]>();
	for (const i of issues) byCode.set(i.code, [...(byCode.get(i.code) ?? []), i]);
	const firstLine = (list: readonly CheckIssue[]) => Math.min(...list.map((i) => i.line ?? Infinity));
	const groups = [...byCode].map(([code, list]): IssueGroup => {
		const byKnot = new Map<string | undefined, CheckIssue[]>();
		for (const i of list) byKnot.set(i.where, [...(byKnot.get(i.where) ?? []), i]);
		const knots = [...byKnot]
			.map(([where, rows]) => ({ where, issues: [...rows].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)) }))
			.sort((a, b) => firstLine(a.issues) - firstLine(b.issues));
		const level = list.reduce<CheckIssue['level']>((l, i) => (RANK[i.level] < RANK[l] ? i.level : l), 'info');
		return { code, level, count: list.length, knots };
	});
	return groups.sort((a, b) => RANK[a.level] - RANK[b.level] || firstLine(a.knots[0].issues) - firstLine(b.knots[0].issues));
}
