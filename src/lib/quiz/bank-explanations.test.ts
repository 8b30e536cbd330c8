/**
 * Explanations that name options by letter (A–E) must agree with the key:
 * a letter called correct is a key, a letter called wrong is not, and no
 * letter points past the last option. Position words ("the first two") are
 * not allowed at all, since they silently go stale when options are rewritten.
 */
import { describe, expect, it } from 'vitest';
import { BANK, type BankItem } from './bank.ts';

const LETTERS = 'ABCDE';
const letter = (k: number) => LETTERS[k];
const lettersIn = (list: string) => list.match(/[A-E]/g) ?? [];

/** Letters standing alone (not inside a word such as SMART). */
const ZH_LETTER = /(?<![A-Za-z])[A-E](?![A-Za-z])/g;
const ZH_LIST = String.raw`((?<![A-Za-z])[A-E](?:[、和与及][A-E])*)(?![A-Za-z])项?(?:均|都|皆)?`;
const ZH_CORRECT = new RegExp(ZH_LIST + '(?:正确|符合题意|当选)', 'g');
const ZH_WRONG = new RegExp(ZH_LIST + '(?:错误|不正确|不符合题意|不当选)', 'g');
const ZH_POSITION = /[前后][两二三](?:项|个)/;

const EN_LIST = String.raw`\b([A-E](?:(?:, and |, | and )[A-E])*)`;
const EN_CORRECT = new RegExp(
	EN_LIST + String.raw` (?:is|are) (?:both |all )?correct\b|correct (?:answer|option) is ([A-E])\b|— option ([A-E])\b`,
	'g'
);
const EN_WRONG = new RegExp(EN_LIST + String.raw` (?:is|are) (?:both |all )?(?:wrong|incorrect)\b`, 'g');
/** "(C)", "C is", "B, C and E": a capital A only counts in such places, since it is also an article. */
const EN_LETTER = /\(([A-E])\)|\b([B-E])\b|\b(A)(?= is\b|,| and\b|\))/g;
const EN_POSITION =
	/\b(?:first|last|former|latter) (?:two|three)\b(?! (?:sessions|weeks|months|visits)| with\b)|\b(?:first|second|third|last) option\b/i;

function claims(text: string, re: RegExp): string[] {
	return [...text.matchAll(re)].flatMap((m) => lettersIn(m.slice(1).find(Boolean) ?? ''));
}

/** Problems with one item's explanation, as readable lines. */
export function letterProblems(item: BankItem): string[] {
	if (item.format === 'order') return [];
	const keys = new Set(item.answer.map(letter));
	const valid = new Set(item.options.map((_, k) => letter(k)));
	const problems: string[] = [];
	const check = (lang: string, text: string, correct: string[], wrong: string[], mentioned: string[], position: boolean) => {
		for (const l of mentioned) if (!valid.has(l)) problems.push(`${item.id} ${lang}: names option ${l}, which does not exist`);
		for (const l of correct) if (!keys.has(l)) problems.push(`${item.id} ${lang}: calls ${l} correct, key is ${[...keys].join('')}`);
		for (const l of wrong) if (keys.has(l)) problems.push(`${item.id} ${lang}: calls ${l} wrong, but it is a key`);
		if (position)
			problems.push(`${item.id} ${lang}: names options by position ("${text.match(lang === 'en' ? EN_POSITION : ZH_POSITION)?.[0]}")`);
	};
	const zh = item.explanation['zh-CN'];
	check('zh-CN', zh, claims(zh, ZH_CORRECT), claims(zh, ZH_WRONG), zh.match(ZH_LETTER) ?? [], ZH_POSITION.test(zh));
	const en = item.explanation.en;
	const enLetters = [...en.matchAll(EN_LETTER)].map((m) => m[1] ?? m[2] ?? m[3]);
	check('en', en, claims(en, EN_CORRECT), claims(en, EN_WRONG), enLetters, EN_POSITION.test(en));
	return problems;
}

describe('option letters in explanations', () => {
	it('agree with the key in every item, in both languages', () => {
		const problems = BANK.items.flatMap(letterProblems);
		expect(problems, problems.join('\n')).toEqual([]);
	});

	it('catches a wrong letter, a missing option and a position word', () => {
		const base = BANK.items.find((i) => i.format === 'single' && i.answer[0] === 2)!;
		const withText = (zh: string, en: string): BankItem => ({ ...base, explanation: { 'zh-CN': zh, en } });
		expect(letterProblems(withText('C正确。A、B错误。', 'C is correct; A and B are wrong.'))).toEqual([]);
		expect(letterProblems(withText('B正确。', 'B is correct.'))).toHaveLength(2);
		expect(letterProblems(withText('C正确，E不符合题意。', 'C is correct (E).'))).toHaveLength(2);
		expect(letterProblems(withText('C、D项错误。', 'C and D are wrong.'))).toHaveLength(2);
		expect(letterProblems(withText('前两项正确。', 'The first two options are correct.'))).toHaveLength(2);
	});
});
