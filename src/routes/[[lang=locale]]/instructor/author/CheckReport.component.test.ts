import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { AUTHOR_MESSAGES } from '$lib/i18n/author-messages';
import { MESSAGES } from '$lib/i18n/messages';
import type { CheckIssue, InkCheck } from '$lib/instructor/custom-story';
import CheckReport from './CheckReport.svelte';

const a = AUTHOR_MESSAGES['zh-CN'];
const t = MESSAGES['zh-CN'];
const base: InkCheck = { errors: [], issues: [], cast: {}, json: '{}', accepted: true, playable: true, unscored: false };
const stats = { decisions: { min: 3, max: 9 }, endings: [], techniquesWell: [], techniquesMisused: [], states: 20000 };

/** 400 issues: two kinds over seven knots, as a large real story gives. */
const many: CheckIssue[] = Array.from({ length: 400 }, (_, i) => ({
	level: i % 2 ? 'warning' : 'error',
	code: i % 2 ? 'no-feedback' : 'missing-quality',
	message: `issue ${i}`,
	where: `knot${i % 7}`,
	line: i + 1
}));

describe('CheckReport', () => {
	it('groups 400 issues by kind and by knot, collapsed, with counts', () => {
		render(CheckReport, { check: { ...base, issues: many, accepted: false }, a, t });
		const groups = screen.getAllByTestId('issue-group');
		expect(groups.map((g) => g.dataset.group)).toEqual(['missing-quality', 'no-feedback']);
		expect(groups.every((g) => !(g as HTMLDetailsElement).open)).toBe(true);
		expect(groups[0].querySelector('summary')!.textContent).toMatch(/必须修改\s*选项缺少 #quality\s*200 条/);
		const knots = groups[0].querySelectorAll(':scope > details.knot');
		expect(knots).toHaveLength(7);
		expect(knots[0].querySelector('summary')!.textContent).toMatch(/位于 knot0\s*29 条/);
	});

	it('opens a group to show each issue with its line, which selects the line in the editor', async () => {
		const ongoto = vi.fn();
		render(CheckReport, { check: { ...base, issues: many, accepted: false }, a, t, ongoto });
		const group = screen.getAllByTestId('issue-group')[1] as HTMLDetailsElement;
		await userEvent.click(group.querySelector('summary')!);
		expect(group.open).toBe(true);
		const knot = group.querySelector<HTMLDetailsElement>('details.knot')!;
		await userEvent.click(knot.querySelector('summary')!);
		// Within the open knot: a role query over all 400 issues is slow enough in jsdom to time out on a busy machine.
		await userEvent.click(within(knot).getByRole('button', { name: '第 2 行' }));
		expect(ongoto).toHaveBeenCalledWith(2);
	});

	it('leaves a short report open', () => {
		render(CheckReport, { check: { ...base, issues: many.slice(0, 3) }, a, t });
		expect(screen.getAllByTestId('issue-group').every((g) => (g as HTMLDetailsElement).open)).toBe(true);
	});

	it('says when the figures are sampled, and words an INCLUDE error itself', () => {
		render(CheckReport, {
			check: {
				...base,
				stats: { ...stats, sampled: 300, stopped: 'states' },
				errors: [{ level: 'error', code: 'include', line: 4, message: 'INCLUDE x.ink: …', source: 'INCLUDE x.ink' }]
			},
			a,
			t
		});
		expect(screen.getByTestId('stats-sampled').textContent).toContain('300 次随机试玩');
		expect(screen.getByTestId('compile-errors').textContent).toContain(a.result.include);
		expect(screen.getByRole('button', { name: '第 4 行' })).toBeTruthy();
	});
});
