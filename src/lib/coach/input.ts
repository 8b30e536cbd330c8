/**
 * What a learner types, checked before the coach reads it: nothing to read
 * gets a clear message rather than a guess, and a reply in the other
 * language or in no language gets an honest "not sure" from the caller.
 * The text itself is never changed or dropped here; the learner keeps it.
 */
import type { CoachLang } from './corpus.ts';

export const MAX_REPLY = 2000;

export type InputVerdict =
	{ ok: true; text: string } | { ok: false; reason: 'empty' | 'too-short' | 'too-long' | 'no-words' | 'other-language' };

const LETTER = /[\p{L}\p{N}]/gu;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

export function checkReply(raw: string, lang: CoachLang): InputVerdict {
	// Control characters pasted from elsewhere count as spaces here and in the features (features.ts), but the text is kept as typed, so evidence quotes it exactly.
	const text = raw.trim();
	if (!text.replace(/\p{Cc}/gu, '').trim()) return { ok: false, reason: 'empty' };
	const letters = text.match(LETTER)?.length ?? 0;
	const bracketed = /[(（[【]/.test(text);
	if (!letters) return { ok: false, reason: 'no-words' };
	if ([...text].length > MAX_REPLY) return { ok: false, reason: 'too-long' };
	const han = text.match(HAN)?.length ?? 0;
	const latin = text.match(LATIN)?.length ?? 0;
	if (lang === 'zh-CN' ? han < 2 && latin >= 4 : latin < 2 && han >= 2) return { ok: false, reason: 'other-language' };
	if (!bracketed && (lang === 'zh-CN' ? han < 2 : latin < 3)) return { ok: false, reason: 'too-short' };
	return { ok: true, text };
}
