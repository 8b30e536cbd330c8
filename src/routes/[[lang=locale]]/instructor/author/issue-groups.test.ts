import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '$lib/instructor/custom-story';
import { groupIssues } from './issue-groups';

const issue = (code: string, level: CheckIssue['level'], where?: string, line?: number): CheckIssue => ({
	code,
	level,
	where,
	line,
	message: code
});

describe('groupIssues', () => {
	it('groups by kind, then by knot, must-fix kinds first, with counts', () => {
		const groups = groupIssues([
			issue('no-feedback', 'warning', 'b', 30),
			issue('missing-phase', 'error', 'b', 31),
			issue('no-feedback', 'warning', 'a', 10),
			issue('no-feedback', 'warning', 'a', 12),
			issue('global-missing', 'warning', undefined, undefined),
			issue('missing-phase', 'error', 'a', 11)
		]);
		expect(groups.map((g) => [g.code, g.level, g.count])).toEqual([
			['missing-phase', 'error', 2],
			['no-feedback', 'warning', 3],
			['global-missing', 'warning', 1]
		]);
		expect(groups[1].knots.map((k) => [k.where, k.issues.map((i) => i.line)])).toEqual([
			['a', [10, 12]],
			['b', [30]]
		]);
	});

	it('gives a kind the level of its most serious issue', () => {
		expect(groupIssues([issue('x', 'info'), issue('x', 'warning')])[0].level).toBe('warning');
	});

	it('keeps 400 issues to a few groups', () => {
		const many = Array.from({ length: 400 }, (_, i) =>
			issue(i % 2 ? 'no-feedback' : 'missing-quality', i % 2 ? 'warning' : 'error', `k${i % 7}`, i + 1)
		);
		const groups = groupIssues(many);
		expect(groups).toHaveLength(2);
		expect(groups.reduce((n, g) => n + g.count, 0)).toBe(400);
		expect(groups[0].knots).toHaveLength(7);
	});
});
