import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { MESSAGES } from '$lib/i18n/messages';
import PhaseTracker from './PhaseTracker.svelte';

describe('PhaseTracker', () => {
	it('shows the six exam stages in order', () => {
		render(PhaseTracker, { t: MESSAGES['zh-CN'] });
		const items = screen.getAllByRole('listitem').map((li) => li.textContent?.trim());
		expect(items.map((s) => s?.slice(0, 2))).toEqual(['接案', '预估', '计划', '介入', '评估', '结案']);
	});

	it('marks the current stage and the ones before it', () => {
		render(PhaseTracker, { phase: 'planning', t: MESSAGES.en });
		const items = screen.getAllByRole('listitem');
		expect(items[2].getAttribute('aria-current')).toBe('step');
		expect(items.filter((li) => li.getAttribute('aria-current')).length).toBe(1);
		expect(items[0].classList.contains('done')).toBe(true);
		expect(items[1].classList.contains('done')).toBe(true);
		expect(items[3].classList.contains('done')).toBe(false);
	});

	it('does not mark a stage done that the story skipped (a client who left before the evaluation)', () => {
		render(PhaseTracker, {
			phase: 'closing',
			reached: new Set(['intake', 'assessment', 'planning', 'intervention', 'closing'] as const),
			t: MESSAGES['zh-CN']
		});
		const items = screen.getAllByRole('listitem');
		expect(items[3].classList.contains('done')).toBe(true);
		expect(items[4].classList.contains('done')).toBe(false);
		expect(items[4].classList.contains('skipped')).toBe(true);
		expect(items[4].textContent).toContain('未经过这一阶段');
		expect(items[5].getAttribute('aria-current')).toBe('step');
	});

	it('shows follow-up inside closing', () => {
		render(PhaseTracker, { phase: 'follow-up', t: MESSAGES.en });
		const current = screen.getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step');
		expect(current?.textContent).toContain('Closing');
		expect(current?.textContent).toContain('Follow-up');
	});

	it('marks nothing before the story has entered a stage', () => {
		render(PhaseTracker, { t: MESSAGES.en });
		expect(screen.getAllByRole('listitem').some((li) => li.getAttribute('aria-current'))).toBe(false);
	});
});
