import { describe, expect, it } from 'vitest';
import { BANK } from './bank.ts';
import { markedPieces, queryWords, searchBank } from './search.ts';

describe('searching the bank', () => {
	it('finds items by a Chinese word in the stem, options or explanation, every word required', () => {
		const hits = searchBank(BANK.items, '同理', 'zh-CN', 1000);
		expect(hits.length).toBeGreaterThan(5);
		for (const h of hits) {
			const all = [
				h.item.stem['zh-CN'],
				...h.item.options.map((o) => o['zh-CN']),
				h.item.explanation['zh-CN'],
				h.item.vignette?.['zh-CN'] ?? ''
			].join();
			expect(all).toContain('同理');
		}
		const narrower = searchBank(BANK.items, '同理 结案', 'zh-CN', 1000);
		expect(narrower.length).toBeLessThan(hits.length);
		expect(narrower.every((h) => hits.some((x) => x.item.id === h.item.id))).toBe(true);
	});

	it('finds by the other language too, and shows the page’s own language with the words marked', () => {
		const en = searchBank(BANK.items, 'Empathy', 'zh-CN', 1000);
		expect(en.length).toBeGreaterThan(0);
		const zh = searchBank(BANK.items, 'empathy', 'en', 5);
		expect(zh[0].text.toLowerCase()).toContain('empathy');
		const [from, to] = zh[0].marks[0];
		expect(zh[0].text.slice(from, to).toLowerCase()).toBe('empathy');
	});

	it('puts stem matches first, folds width and case, and finds nothing for nothing', () => {
		const hits = searchBank(BANK.items, 'ＥＭＰＡＴＨＹ', 'en', 1000);
		expect(hits.length).toBeGreaterThan(0);
		const ranks = hits.map((h) => ['stem', 'option', 'explanation', 'vignette'].indexOf(h.field));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		expect(searchBank(BANK.items, '   ', 'en')).toEqual([]);
		expect(searchBank(BANK.items, 'zzqxjv', 'en')).toEqual([]);
		expect(queryWords('同理，结案 Empathy')).toEqual(['同理', '结案', 'empathy']);
	});

	it('cuts text into plain and marked pieces for rendering as text', () => {
		expect(markedPieces('abcdef', [[1, 3]])).toEqual([
			{ text: 'a', mark: false },
			{ text: 'bc', mark: true },
			{ text: 'def', mark: false }
		]);
	});
});
