import { describe, expect, it } from 'vitest';
import { checkReply, MAX_REPLY } from './input.ts';

describe('checkReply', () => {
	it.each([
		['', 'zh-CN', 'empty'],
		['   \n\t ', 'en', 'empty'],
		['\u0007\u0000', 'zh-CN', 'empty'],
		['好', 'zh-CN', 'too-short'],
		['ok', 'en', 'too-short'],
		['😢😢😢', 'zh-CN', 'no-words'],
		['？！……', 'zh-CN', 'no-words'],
		['I hear how hard this has been for you.', 'zh-CN', 'other-language'],
		['您一个人住，心里肯定不好受。', 'en', 'other-language'],
		['同'.repeat(MAX_REPLY + 1), 'zh-CN', 'too-long']
	] as const)('%j in %s is %s', (text, lang, reason) => {
		expect(checkReply(text, lang)).toEqual({ ok: false, reason });
	});

	it('accepts a reply, an action in brackets alone, and HTML as plain text, keeping the text as typed', () => {
		expect(checkReply('  您慢慢说。 ', 'zh-CN')).toEqual({ ok: true, text: '您慢慢说。' });
		expect(checkReply('（点头）', 'zh-CN')).toEqual({ ok: true, text: '（点头）' });
		expect(checkReply('<b>Go on</b>, I am listening', 'en')).toEqual({ ok: true, text: '<b>Go on</b>, I am listening' });
		expect(checkReply('Go on,\u0007 I am listening', 'en')).toEqual({ ok: true, text: 'Go on,\u0007 I am listening' });
	});
});
