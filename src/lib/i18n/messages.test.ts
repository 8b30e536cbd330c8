import { describe, expect, it } from 'vitest';
import { pathInLocale } from './messages.ts';

describe('pathInLocale', () => {
	it('moves a page between the root (zh-CN) and /en, in both directions', () => {
		expect(pathInLocale('en', '/')).toBe('/en');
		expect(pathInLocale('en', '/play/elderly-wang')).toBe('/en/play/elderly-wang');
		expect(pathInLocale('zh-CN', '/en')).toBe('/');
		expect(pathInLocale('zh-CN', '/en/quiz/review')).toBe('/quiz/review');
	});

	it('leaves a page already in the locale where it is, and does not mistake /english for /en', () => {
		expect(pathInLocale('en', '/en/progress')).toBe('/en/progress');
		expect(pathInLocale('zh-CN', '/settings')).toBe('/settings');
		expect(pathInLocale('zh-CN', '/english')).toBe('/english');
	});
});
