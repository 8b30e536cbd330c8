import { describe, expect, it } from 'vitest';
import { AUTHOR_MESSAGES } from './author-messages.ts';
import { INSTRUCTOR_MESSAGES } from './instructor-messages.ts';
import { MESSAGES, fill, pathInLocale } from './messages.ts';
import { QUIZ_ENTRY } from './quiz-entry.ts';
import { QUIZ_MESSAGES } from './quiz-messages.ts';

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

describe('fill', () => {
	it('fills blanks and English plural blocks by the number', () => {
		const due = QUIZ_ENTRY.en.due;
		expect(fill(due, { n: 1 })).toBe('1 item due for review today');
		expect(fill(due, { n: 20 })).toBe('20 items due for review today');
		expect(fill(due, { n: 0 })).toBe('0 items due for review today');
		expect(fill(QUIZ_ENTRY['zh-CN'].due, { n: 20 })).not.toMatch(/[{}]/);
	});
	it('leaves no "(s)" and no full-width colon in English, and no half-width one in Chinese labels', () => {
		const en = JSON.stringify([MESSAGES.en, QUIZ_MESSAGES.en, AUTHOR_MESSAGES.en, INSTRUCTOR_MESSAGES.en, QUIZ_ENTRY.en]);
		expect(en).not.toMatch(/\(s\)/);
		expect(en).not.toMatch(/：/);
		expect(MESSAGES['zh-CN'].colon).toBe('：');
		expect(MESSAGES.en.colon).toBe(': ');
	});
});
