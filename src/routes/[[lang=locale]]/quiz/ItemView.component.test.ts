import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'svelte';
import { QUIZ_MESSAGES } from '$lib/i18n/quiz-messages';
import ItemView from './ItemView.svelte';

type Props = ComponentProps<typeof ItemView>;

const zh = QUIZ_MESSAGES['zh-CN'];
const en = QUIZ_MESSAGES.en;
const single = {
	format: 'single' as const,
	stem: '服务对象说“我一个人住惯了”，运用同理技巧，最适宜的回应是（　）。',
	options: ['您一个人也把日子过得很用心。', '您应该搬去养老院。', '<img src=x onerror=alert(1)>', '我理解您。']
};
const multiple = { format: 'multiple' as const, stem: 'Which are tasks of assessment?', options: ['a', 'b', 'c', 'd', 'e'] };

/** Renders with the answer held by the test, as a page would hold it. */
function controlled(props: Omit<Props, 'onchange' | 't' | 'chosen'> & Partial<Pick<Props, 't' | 'chosen'>>) {
	const state = { chosen: props.chosen ?? [] };
	const onchange = vi.fn((c: number[]) => {
		state.chosen = c;
		view.rerender({ chosen: c });
	});
	const view = render(ItemView, { t: zh, chosen: state.chosen, onchange, ...props });
	return { ...view, onchange, state };
}

describe('ItemView', () => {
	it('shows a single-choice item as a radio group labelled by its stem, with option letters', () => {
		render(ItemView, { ...single, chosen: [], onchange: () => {}, number: 3, t: zh });
		const group = screen.getByRole('group', { name: /第 3 题.*单项选择题.*同理技巧/ });
		const radios = within(group).getAllByRole('radio');
		expect(radios).toHaveLength(4);
		expect(radios[0].getAttribute('aria-keyshortcuts')).toBe('A 1');
		expect(within(group).getByLabelText(/您应该搬去养老院/)).toBe(radios[1]);
	});

	it('picks with a click, a letter key or a number key', async () => {
		const { onchange, state } = controlled({ ...single });
		await userEvent.click(screen.getByLabelText(/您应该搬去养老院/));
		expect(state.chosen).toEqual([1]);
		await userEvent.keyboard('d');
		expect(state.chosen).toEqual([3]);
		await userEvent.keyboard('3');
		expect(state.chosen).toEqual([2]);
		// Keys beyond the options do nothing.
		await userEvent.keyboard('e');
		await userEvent.keyboard('7');
		expect(onchange).toHaveBeenCalledTimes(3);
		expect((screen.getAllByRole('radio')[2] as HTMLInputElement).checked).toBe(true);
	});

	it('toggles checkboxes for a multiple-choice item and keeps the choice sorted', async () => {
		const { state } = controlled({ ...multiple, t: en });
		expect(screen.getAllByRole('checkbox')).toHaveLength(5);
		await userEvent.keyboard('c');
		await userEvent.keyboard('A');
		await userEvent.keyboard('5');
		expect(state.chosen).toEqual([0, 2, 4]);
		await userEvent.keyboard('c');
		expect(state.chosen).toEqual([0, 4]);
		await userEvent.click(screen.getAllByRole('checkbox')[1]);
		expect(state.chosen).toEqual([0, 1, 4]);
	});

	it('moves between checkboxes with the arrow keys', async () => {
		controlled({ ...multiple, t: en });
		const boxes = screen.getAllByRole('checkbox');
		boxes[0].focus();
		await userEvent.keyboard('{ArrowDown}');
		expect(document.activeElement).toBe(boxes[1]);
		await userEvent.keyboard('{ArrowUp}{ArrowUp}');
		expect(document.activeElement).toBe(boxes[4]);
	});

	it('confirms with Enter, but leaves Enter on a button to the button', async () => {
		const onconfirm = vi.fn();
		render(ItemView, { ...single, chosen: [0], onchange: () => {}, onconfirm, t: zh });
		screen.getAllByRole('radio')[0].focus();
		await userEvent.keyboard('{Enter}');
		expect(onconfirm).toHaveBeenCalledTimes(1);
		const outside = document.createElement('button');
		document.body.append(outside);
		outside.focus();
		await userEvent.keyboard('{Enter}');
		expect(onconfirm).toHaveBeenCalledTimes(1);
		outside.remove();
	});

	it('ignores keys typed into a text field and does not listen when keyboard is off', async () => {
		const onchange = vi.fn();
		const { rerender } = render(ItemView, { ...single, chosen: [], onchange, t: zh });
		const input = document.createElement('input');
		document.body.append(input);
		input.focus();
		await userEvent.keyboard('a1');
		expect(onchange).not.toHaveBeenCalled();
		input.remove();
		await rerender({ keyboard: false });
		await userEvent.keyboard('b');
		expect(onchange).not.toHaveBeenCalled();
	});

	it('once graded, marks the right answer and the wrong choice in words, and locks the inputs', async () => {
		const onchange = vi.fn();
		render(ItemView, { ...single, chosen: [1], answer: [0], onchange, t: zh });
		const options = screen.getAllByRole('listitem');
		expect(options[0].textContent).toContain('✓ 正确答案');
		expect(options[1].textContent).toContain('✗ 你的选择');
		expect(options[2].textContent).not.toMatch(/正确答案|你的选择/);
		// Disabled through their fieldset.
		expect(screen.getAllByRole('radio').every((r) => r.matches(':disabled'))).toBe(true);
		await userEvent.keyboard('c');
		expect(onchange).not.toHaveBeenCalled();
	});

	it('names missed options of a multiple-choice answer', () => {
		render(ItemView, { ...multiple, chosen: [0], answer: [0, 3], onchange: () => {}, t: en });
		const options = screen.getAllByRole('listitem');
		expect(options[0].textContent).toContain('correct answer');
		expect(options[0].textContent).toContain('your choice');
		expect(options[3].textContent).toContain('missed');
	});

	it('reorders an ordering item with the up and down buttons, keeping focus on the moved row', async () => {
		const { state } = controlled({
			format: 'order',
			stem: 'Put in order',
			options: ['plan', 'intake', 'assess'],
			chosen: [0, 1, 2],
			t: en
		});
		await userEvent.click(screen.getByRole('button', { name: /Move down: Position 1: plan/ }));
		expect(state.chosen).toEqual([1, 0, 2]);
		expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Move down: Position 2: plan/);
		await userEvent.keyboard('{Enter}');
		expect(state.chosen).toEqual([1, 2, 0]);
		expect((screen.getByRole('button', { name: /Move up: Position 1/ }) as HTMLButtonElement).disabled).toBe(true);
		expect(screen.getAllByRole('listitem').map((li) => li.textContent?.match(/intake|assess|plan/)?.[0])).toEqual([
			'intake',
			'assess',
			'plan'
		]);
	});

	it('shows the vignette of a case-set item and renders all text literally', () => {
		const { container } = render(ItemView, { ...single, vignette: '<b>案例</b>：王阿姨独居。', chosen: [], onchange: () => {}, t: zh });
		expect(container.querySelector('img')).toBeNull();
		expect(container.querySelector('b')).toBeNull();
		expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
		expect(screen.getByRole('region', { name: '案例' }).textContent).toContain('<b>案例</b>：王阿姨独居。');
	});
});
