import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { QUIZ_MESSAGES } from '$lib/i18n/quiz-messages';
import Timer from './Timer.svelte';

const zh = QUIZ_MESSAGES['zh-CN'];

describe('Timer', () => {
	it('shows the time left and no pause under exam conditions', () => {
		render(Timer, { remainingMs: 7_195_000, paused: false, canPause: false, onpause: () => {}, onresume: () => {}, t: zh });
		expect(screen.getByRole('timer').textContent).toBe('1:59:55');
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('pauses and resumes in practice mode', async () => {
		const onpause = vi.fn();
		const onresume = vi.fn();
		const { rerender } = render(Timer, { remainingMs: 60_000, paused: false, canPause: true, onpause, onresume, t: zh });
		await userEvent.click(screen.getByRole('button', { name: '暂停计时' }));
		expect(onpause).toHaveBeenCalledOnce();
		await rerender({ paused: true });
		expect(screen.getByText('计时已暂停')).toBeTruthy();
		await userEvent.click(screen.getByRole('button', { name: '继续计时' }));
		expect(onresume).toHaveBeenCalledOnce();
	});

	it('announces five minutes and one minute left, not every second', async () => {
		const { rerender, container } = render(Timer, {
			remainingMs: 400_000,
			paused: false,
			canPause: false,
			onpause: () => {},
			onresume: () => {},
			t: zh
		});
		const live = container.querySelector('[aria-live="polite"]')!;
		expect(live.textContent).toBe('');
		await rerender({ remainingMs: 299_000 });
		expect(live.textContent).toBe('剩余时间 05:00');
		await rerender({ remainingMs: 298_000 });
		expect(live.textContent).toBe('剩余时间 05:00');
		await rerender({ remainingMs: 59_000 });
		expect(live.textContent).toBe('剩余时间 01:00');
	});
});
