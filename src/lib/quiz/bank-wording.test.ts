/**
 * Wording rules of the bank that a schema cannot see: the exam's fill-in blank,
 * the English for 街道, no item asking the same thing as another, and the
 * closing order the source notes give (goals reviewed before closing is announced).
 */
import { describe, expect, it } from 'vitest';
import { BANK, type BankItem } from './bank.ts';

const texts = (item: BankItem) => [item.stem, item.explanation, ...item.options, ...(item.vignette ? [item.vignette] : [])];
const normalise = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

function trigrams(s: string): Set<string> {
	const chars = [...normalise(s)];
	return new Set(chars.slice(0, -2).map((_, k) => chars.slice(k, k + 3).join('')));
}
function jaccard(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const x of a) if (b.has(x)) shared++;
	return shared / (a.size + b.size - shared || 1);
}

/** Pairs of same-format items with the same key and much the same stem. */
export function sameQuestion(items: readonly BankItem[]): string[] {
	const keyOf = (i: BankItem) => i.answer.map((k) => normalise(i.options[k]['zh-CN'])).join('|');
	const found: string[] = [];
	const stems = items.map((i) => trigrams(i.stem['zh-CN']));
	for (let a = 0; a < items.length; a++)
		for (let b = a + 1; b < items.length; b++)
			if (items[a].format === items[b].format && keyOf(items[a]) === keyOf(items[b]) && jaccard(stems[a], stems[b]) >= 0.4)
				found.push(`${items[a].id} ~ ${items[b].id}`);
	return found;
}

describe('bank wording', () => {
	it('puts the exam blank （　） in every choice stem that is not a direct question', () => {
		const missing = BANK.items
			.filter((i) => i.format !== 'order')
			.filter((i) => !i.stem['zh-CN'].includes('（　）') && !/[？?]$/.test(i.stem['zh-CN'].trim()))
			.map((i) => i.id);
		expect(missing).toEqual([]);
	});

	it('renders 街道 as sub-district, never street', () => {
		const wrong: string[] = [];
		for (const item of BANK.items)
			for (const t of texts(item)) {
				if (/\bstreet\b/i.test(t.en)) wrong.push(`${item.id}: ${t.en.slice(0, 60)}`);
				if (t['zh-CN'].includes('街道') && !/sub-district/i.test(t.en)) wrong.push(`${item.id}: no sub-district for 街道`);
			}
		expect(wrong).toEqual([]);
	});

	it('asks no question twice (same format, same key, much the same stem)', () => {
		expect(sameQuestion(BANK.items)).toEqual([]);
		const one = BANK.items.find((i) => i.format === 'single')!;
		expect(sameQuestion([one, { ...one, id: 'copy', stem: { ...one.stem, 'zh-CN': `在会谈中，${one.stem['zh-CN']}` } }])).toHaveLength(1);
	});

	it('reviews the goals before announcing closing in every closing ordering item', () => {
		const order = BANK.items.filter((i) => i.topic === 'closing' && i.format === 'order');
		expect(order.length).toBeGreaterThan(0);
		for (const item of order) {
			const at = (re: RegExp) => item.answer.findIndex((k) => re.test(item.options[k]['zh-CN']));
			const review = at(/目标/);
			const notice = at(/预告|告知/);
			if (review >= 0 && notice >= 0) expect(review, item.id).toBeLessThan(notice);
		}
	});
});
