import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { MESSAGES } from '$lib/i18n/messages';
import ChoiceList from './ChoiceList.svelte';

const choices = [
	{ index: 0, text: '“您愿意说说吗？”' },
	{ index: 1, text: '“我们直接定计划吧。”' },
	{ index: 2, text: '<img src=x onerror=alert(1)>' }
];

describe('ChoiceList', () => {
	it('renders one button per choice, numbered', () => {
		render(ChoiceList, { choices, t: MESSAGES['zh-CN'], onchoose: () => {} });
		const buttons = screen.getAllByRole('button');
		expect(buttons).toHaveLength(3);
		expect(buttons[1].textContent).toContain('2');
		expect(buttons[1].getAttribute('aria-keyshortcuts')).toBe('2');
	});

	it('calls onchoose with the choice index on click', async () => {
		const onchoose = vi.fn();
		render(ChoiceList, { choices, t: MESSAGES['zh-CN'], onchoose });
		await userEvent.click(screen.getByRole('button', { name: /直接定计划/ }));
		expect(onchoose).toHaveBeenCalledWith(1);
	});

	it('takes number keys 1–9 and ignores numbers beyond the list', async () => {
		const onchoose = vi.fn();
		render(ChoiceList, { choices, t: MESSAGES.en, onchoose });
		await userEvent.keyboard('3');
		expect(onchoose).toHaveBeenLastCalledWith(2);
		await userEvent.keyboard('7');
		expect(onchoose).toHaveBeenCalledTimes(1);
	});

	it('reaches the choices with Tab and takes Enter', async () => {
		const onchoose = vi.fn();
		render(ChoiceList, { choices, t: MESSAGES.en, onchoose });
		await userEvent.tab();
		await userEvent.tab();
		await userEvent.keyboard('{Enter}');
		expect(onchoose).toHaveBeenCalledWith(1);
	});

	it('does nothing while disabled', async () => {
		const onchoose = vi.fn();
		render(ChoiceList, { choices, t: MESSAGES.en, disabled: true, onchoose });
		await userEvent.keyboard('1');
		expect(onchoose).not.toHaveBeenCalled();
		expect(screen.getAllByRole('button').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
	});

	it('renders story text as text, never as HTML', () => {
		const { container } = render(ChoiceList, { choices, t: MESSAGES.en, onchoose: () => {} });
		expect(container.querySelector('img')).toBeNull();
		expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
	});
});
