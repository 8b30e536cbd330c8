/**
 * No answer cue by length: a candidate who always picks the longest option
 * must not beat chance by much. Measured per language, since each learner
 * reads one of them.
 */
import { describe, expect, it } from 'vitest';
import { BANK, type BankItem } from './bank.ts';

const LANGS = ['zh-CN', 'en'] as const;
type Lang = (typeof LANGS)[number];
const len = (s: string) => [...s.trim()].length;

/** Single-choice items whose key is the one option longer than all others. */
export function keyUniquelyLongest(items: readonly BankItem[], lang: Lang): BankItem[] {
	return items.filter((item) => {
		const lengths = item.options.map((o) => len(o[lang]));
		const max = Math.max(...lengths);
		return lengths.filter((l) => l === max).length === 1 && lengths[item.answer[0]] === max;
	});
}

/** Mean key length over mean distractor length, pooled over the items. */
export function keyLengthRatio(items: readonly BankItem[], lang: Lang): number {
	const keys: number[] = [];
	const others: number[] = [];
	for (const item of items) item.options.forEach((o, k) => (item.answer.includes(k) ? keys : others).push(len(o[lang])));
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	return mean(keys) / mean(others);
}

const singles = BANK.items.filter((i) => i.format === 'single');
const multiples = BANK.items.filter((i) => i.format === 'multiple');

describe.each(LANGS)('length cues in %s', (lang) => {
	it('leaves the single-choice key uniquely longest in at most 35% of items', () => {
		const cued = keyUniquelyLongest(singles, lang);
		expect(singles.length).toBeGreaterThan(100);
		expect(cued.length / singles.length, `${cued.length}/${singles.length}: ${cued.map((i) => i.id).join(' ')}`).toBeLessThanOrEqual(0.35);
	});

	it('keeps multiple-choice keys as long as the distractors on average (ratio 0.9–1.1)', () => {
		const ratio = keyLengthRatio(multiples, lang);
		expect(ratio).toBeGreaterThanOrEqual(0.9);
		expect(ratio).toBeLessThanOrEqual(1.1);
	});
});

describe('the cue measures', () => {
	const opt = (zh: string) => ({ 'zh-CN': zh, en: zh });
	const item = (options: string[], answer: number[]): BankItem => ({ ...singles[0], options: options.map(opt), answer }) as BankItem;

	it('counts a key only when it alone is the longest', () => {
		expect(keyUniquelyLongest([item(['aaaa', 'b', 'c', 'd'], [0])], 'en')).toHaveLength(1);
		expect(keyUniquelyLongest([item(['aaaa', 'bbbb', 'c', 'd'], [0])], 'en')).toHaveLength(0);
		expect(keyUniquelyLongest([item(['a', 'bbbb', 'c', 'd'], [0])], 'zh-CN')).toHaveLength(0);
	});

	it('pools key and distractor lengths', () => {
		expect(keyLengthRatio([item(['aa', 'aa', 'a', 'a', 'a'], [0, 1])], 'en')).toBe(2);
	});
});
