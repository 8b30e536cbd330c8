import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { MESSAGES } from '$lib/i18n/messages';
import FeedbackPanel from './FeedbackPanel.svelte';

const lines = ['这是同情而非同理：把“可怜”说出口，会让她觉得被看低。'];

describe('FeedbackPanel', () => {
	it('shows the coaching and the quality in practice mode', () => {
		render(FeedbackPanel, { mode: 'practice', lines, quality: 'weak', t: MESSAGES['zh-CN'] });
		const panel = screen.getByRole('note', { name: '督导点评' });
		expect(panel.textContent).toContain(lines[0]);
		expect(panel.textContent).toContain('欠妥');
	});

	it('shows the better response after a good (or worse) choice, and not after the best', () => {
		const better = '“一个人住，晚上最难熬吧？”';
		render(FeedbackPanel, { mode: 'practice', lines, quality: 'good', better, t: MESSAGES['zh-CN'] });
		expect(screen.getByTestId('better-option').textContent).toBe(`更好的回应：${better}`);
	});

	it('says nothing more after the best choice', () => {
		render(FeedbackPanel, { mode: 'practice', lines, quality: 'best', better: 'x', t: MESSAGES.en });
		expect(screen.queryByTestId('better-option')).toBeNull();
	});

	it('withholds the coaching in exam mode', () => {
		render(FeedbackPanel, { mode: 'exam', lines, quality: 'harmful', t: MESSAGES.en });
		expect(screen.queryByRole('note')).toBeNull();
		expect(screen.queryByText(lines[0])).toBeNull();
		expect(screen.queryByText('Harmful')).toBeNull();
		expect(screen.getByText(MESSAGES.en.feedbackWithheld)).toBeTruthy();
		expect(screen.queryByTestId('better-option')).toBeNull();
	});

	it('renders feedback text literally', () => {
		const { container } = render(FeedbackPanel, { mode: 'practice', lines: ['<b>bold</b>'], t: MESSAGES.en });
		expect(container.querySelector('b')).toBeNull();
		expect(screen.getByText('<b>bold</b>')).toBeTruthy();
	});
});
