// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { arrowStep, inField, modified, optionIndex } from './keys.ts';

function press(key: string, target: Element, init: KeyboardEventInit = {}): KeyboardEvent {
	let seen!: KeyboardEvent;
	target.addEventListener('keydown', (e) => (seen = e as KeyboardEvent), { once: true });
	target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
	return seen;
}

function element(html: string, selector: string): Element {
	document.body.innerHTML = html;
	return document.querySelector(selector)!;
}

describe('quiz keys', () => {
	it('reads A–E and 1–9 as option indices, within the options there are', () => {
		expect(optionIndex('a', 4)).toBe(0);
		expect(optionIndex('D', 4)).toBe(3);
		expect(optionIndex('3', 4)).toBe(2);
		expect(optionIndex('e', 4)).toBe(-1);
		expect(optionIndex('7', 4)).toBe(-1);
		expect(optionIndex('0', 4)).toBe(-1);
		expect(optionIndex('Enter', 4)).toBe(-1);
	});

	it('turns ←/→ into a step, but not with a modifier or in a text field', () => {
		const radio = element('<input type="radio" />', 'input');
		expect(arrowStep(press('ArrowRight', radio))).toBe(1);
		expect(arrowStep(press('ArrowLeft', radio))).toBe(-1);
		expect(arrowStep(press('ArrowDown', radio))).toBe(0);
		expect(arrowStep(press('ArrowRight', radio, { altKey: true }))).toBe(0);
		const text = element('<input type="text" />', 'input');
		expect(arrowStep(press('ArrowRight', text))).toBe(0);
	});

	it('leaves keys inside the extra selector alone', () => {
		const button = element('<dialog open><button>ok</button></dialog>', 'button');
		expect(inField(press('ArrowRight', button))).toBe(false);
		expect(inField(press('ArrowRight', button), 'dialog')).toBe(true);
		expect(arrowStep(press('ArrowRight', button), 'dialog')).toBe(0);
		expect(modified(press('a', button, { ctrlKey: true }))).toBe(true);
		expect(modified(press('a', button))).toBe(false);
	});
});
