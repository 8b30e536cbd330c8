import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { QUIZ_MESSAGES } from '$lib/i18n/quiz-messages';
import PaperNav from './PaperNav.svelte';

const items = Array.from({ length: 8 }, (_, k) => ({ answered: k < 3, flagged: k === 1 || k === 6 }));

describe('PaperNav', () => {
	it('names each item’s state in its label, marks the current one, and shows both parts', () => {
		render(PaperNav, {
			items,
			current: 2,
			sections: [
				{ start: 0, title: 'Part 1' },
				{ start: 6, title: 'Part 2' }
			],
			onjump: () => {},
			t: QUIZ_MESSAGES['zh-CN']
		});
		const nav = screen.getByRole('navigation', { name: '题号导航' });
		const buttons = screen.getAllByRole('button');
		expect(buttons).toHaveLength(8);
		expect(buttons[1].getAttribute('aria-label')).toBe('第 2 题，已作答，已标记');
		expect(buttons[4].getAttribute('aria-label')).toBe('第 5 题，未作答');
		expect(buttons[2].getAttribute('aria-current')).toBe('true');
		expect(buttons.filter((b) => b.getAttribute('aria-current'))).toHaveLength(1);
		expect(nav.textContent).toContain('Part 1');
		expect(nav.textContent).toContain('Part 2');
		expect(screen.getAllByRole('list')[1].querySelectorAll('button')).toHaveLength(2);
	});

	it('jumps to the item clicked', async () => {
		const onjump = vi.fn();
		render(PaperNav, { items, current: 0, onjump, t: QUIZ_MESSAGES.en });
		await userEvent.click(screen.getByRole('button', { name: 'Item 7, not answered, flagged' }));
		expect(onjump).toHaveBeenCalledWith(6);
	});
});
