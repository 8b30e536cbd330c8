import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../instructor/import-error.ts';
import { describeImportProblem } from './import-messages.ts';

const EVERY: ImportProblem[] = [
	{ code: 'empty' },
	{ code: 'too-long', max: 4000 },
	{ code: 'bad-characters' },
	{ code: 'incomplete' },
	{ code: 'damaged' },
	{ code: 'too-large', max: 2_000_000 },
	{ code: 'unreadable' },
	{ code: 'file-not-json', what: 'assignment' },
	{ code: 'file-too-large', what: 'result', max: 2_000_000, size: 52_428_800 },
	{ code: 'not-result-code' },
	{ code: 'invalid', what: 'result', field: 'choices.1', detail: 'choices.1: Invalid value' },
	{ code: 'invalid', what: 'assignment', field: '', detail: 'Invalid type' },
	{ code: 'finished-before-start' },
	{ code: 'no-work' },
	{ code: 'too-many', count: 2001, max: 2000 },
	{ code: 'unknown-scenario', id: 'no-such-case' },
	{ code: 'story-version', title: '自编个案' },
	{ code: 'story-broken', title: '自编个案', detail: 'loops' },
	{ code: 'id-reused', title: '新', known: '旧' }
];

describe('import problems in words', () => {
	it('every problem reads in both languages with every blank filled', () => {
		for (const p of EVERY)
			for (const locale of ['zh-CN', 'en'] as const) {
				const text = describeImportProblem(p, locale);
				expect(text, `${p.code} ${locale}`).not.toMatch(/\{\w+\}/);
				expect(text.length).toBeGreaterThan(10);
			}
	});
	it('names the field an edited package got wrong, never echoing the value', () => {
		expect(describeImportProblem(EVERY[10], 'zh-CN')).toBe('这不是有效的结果：其中“choices.1”一项不对，可能被改动过或已损坏。');
		expect(describeImportProblem(EVERY[11], 'en')).toBe('This is not a valid assignment; it may have been edited or damaged.');
	});
	it('a 50 MB file is too large, not "not JSON", and 2,001 codes are results, not files', () => {
		expect(describeImportProblem(EVERY[8], 'en')).toBe(
			'The file is over the 2 MB limit (52.4 MB); result files are a few KB, so check that it is the right file.'
		);
		expect(describeImportProblem(EVERY[14], 'en')).toBe(
			'At most 2,000 results can be imported at once; this import has 2,001. Import them in parts.'
		);
		expect(describeImportProblem(EVERY[14], 'zh-CN')).toContain('一次最多导入 2,000 条结果，这次有 2,001 条');
		expect(describeImportProblem(EVERY[7], 'en')).toContain('not an assignment file');
	});
});
