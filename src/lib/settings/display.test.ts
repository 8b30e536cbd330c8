import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY, resolveDisplay, revealDelayMs } from './display.ts';

const device = (prefersDark: boolean, prefersReducedMotion: boolean) => ({ prefersDark, prefersReducedMotion });

describe('resolveDisplay', () => {
	it('follows the device when the learner left the theme on system', () => {
		expect(resolveDisplay(DEFAULT_DISPLAY, device(true, false)).theme).toBe('dark');
		expect(resolveDisplay(DEFAULT_DISPLAY, device(false, false)).theme).toBe('light');
	});

	it('lets an explicit theme win over the device', () => {
		expect(resolveDisplay({ ...DEFAULT_DISPLAY, theme: 'light' }, device(true, false)).theme).toBe('light');
		expect(resolveDisplay({ ...DEFAULT_DISPLAY, theme: 'dark' }, device(false, false)).theme).toBe('dark');
	});

	it('reduces motion when either the learner or the device asks for it', () => {
		expect(resolveDisplay(DEFAULT_DISPLAY, device(false, false)).motion).toBe('full');
		expect(resolveDisplay(DEFAULT_DISPLAY, device(false, true)).motion).toBe('reduce');
		expect(resolveDisplay({ ...DEFAULT_DISPLAY, motion: 'reduce' }, device(false, false)).motion).toBe('reduce');
	});

	it('passes the text size through', () => {
		expect(resolveDisplay({ ...DEFAULT_DISPLAY, textSize: 'xlarge' }, device(false, false)).textSize).toBe('xlarge');
	});
});

describe('revealDelayMs', () => {
	it('grows with the length of the line and is capped', () => {
		expect(revealDelayMs('好。')).toBeLessThan(revealDelayMs('我一个人住惯了，你们不用老来看我。'));
		expect(revealDelayMs('x'.repeat(5000))).toBe(1800);
	});

	it('gives a Chinese line more time than an English line of the same number of characters', () => {
		expect(revealDelayMs('我不想去学校')).toBeGreaterThan(revealDelayMs('abcdef'));
	});
});
