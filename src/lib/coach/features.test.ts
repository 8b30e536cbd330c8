import { describe, expect, it } from 'vitest';
import { featuresOf, normalise } from './features.ts';

const keys = (lang: 'zh-CN' | 'en', text: string, client = '') => featuresOf(lang, text, client).map((f) => f.key);

describe('featuresOf', () => {
	it('reads Chinese as character grams within runs, an action in brackets apart from words said', () => {
		const k = keys('zh-CN', '（点头）您说吧？');
		expect(k).toEqual(expect.arrayContaining(['a:点头', 'g:您说吧', 'g:说吧', 'f:question', 'f:action']));
		expect(k).not.toContain('g:点头');
		expect(k.some((x) => x.includes('）'))).toBe(false);
	});

	it('reads English as words and word runs, lower-cased, with stems of long words', () => {
		const k = keys('en', 'Worried? (nods) Go ON.');
		expect(k).toEqual(expect.arrayContaining(['w:worried', 'w:~worri', 'a:nods', 'w:go on', 'f:question']));
	});

	it('notes how much of the reply echoes the client', () => {
		expect(keys('en', 'Your son, three years.', 'My son has not called in three years.')).toContain('e:high');
		expect(keys('en', 'Benefits can be claimed online.', 'My son has not called in three years.')).toContain('e:none');
		expect(keys('en', 'Benefits can be claimed online.').some((k) => k.startsWith('e:'))).toBe(false);
	});

	it('keeps spans that point at the original text, full-width forms and control characters included', () => {
		const text = 'Ｏｋ，\u0007您慢慢说';
		expect(normalise(text)).toHaveLength(text.length);
		for (const f of featuresOf('zh-CN', text)) for (const [a, b] of f.spans) expect(f.key.endsWith(normalise(text.slice(a, b)))).toBe(true);
	});
});
