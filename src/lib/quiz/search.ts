/**
 * Searching the bank by words: every word of the query must appear in an
 * item's stem, options, explanation or case vignette, in either language
 * (a learner may search for 同理 or for "empathy" from either interface).
 * Chinese has no spaces between words, so a word is matched as a substring;
 * full-width and half-width forms and letter case are folded first.
 */
import type { Locale } from '../i18n/messages.ts';
import type { BankItem } from './bank.ts';

export type Field = 'stem' | 'option' | 'explanation' | 'vignette';

export interface SearchHit {
	item: BankItem;
	/** Where the first word was found, in the language shown: stem first, then options, explanation, vignette. */
	field: Field;
	/** The text to show around the match, in the page's language, and where the words are in it. */
	text: string;
	marks: [number, number][];
}

const FIELD_ORDER: Field[] = ['stem', 'option', 'explanation', 'vignette'];

export function fold(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

/** The query's words, folded; an empty list means no search. */
export function queryWords(query: string): string[] {
	return [
		...new Set(
			fold(query)
				.split(/[\s,，、;；]+/)
				.filter(Boolean)
		)
	];
}

function fields(item: BankItem, locale: Locale): [Field, string][] {
	return [
		['stem', item.stem[locale]],
		...item.options.map((o): [Field, string] => ['option', o[locale]]),
		['explanation', item.explanation[locale]],
		...(item.vignette ? [['vignette', item.vignette[locale]] as [Field, string]] : [])
	];
}

/** Where `words` occur in `text` (folding keeps the length of these scripts' text, so offsets carry over). */
function marksIn(text: string, words: readonly string[]): [number, number][] {
	const folded = fold(text);
	if (folded.length !== text.length) return [];
	const marks: [number, number][] = [];
	for (const w of words) for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + w.length)) marks.push([at, at + w.length]);
	return marks.sort((a, b) => a[0] - b[0]).filter((m, i, all) => i === 0 || m[0] >= all[i - 1][1]);
}

/**
 * The items every word of `query` matches, best first (matched in the stem,
 * then options, explanation, vignette; then bank order), at most `limit`.
 */
export function searchBank(items: readonly BankItem[], query: string, locale: Locale, limit = 50): SearchHit[] {
	const words = queryWords(query);
	if (!words.length) return [];
	const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
	const hits: (SearchHit & { rank: number; at: number })[] = [];
	items.forEach((item, at) => {
		const all = fold([...fields(item, locale), ...fields(item, other)].map(([, t]) => t).join('\n'));
		if (!words.every((w) => all.includes(w))) return;
		const shown = fields(item, locale);
		const best = shown.find(([, t]) => marksIn(t, words).length) ?? shown[0];
		const field = best[0];
		hits.push({ item, field, text: best[1], marks: marksIn(best[1], words), rank: FIELD_ORDER.indexOf(field), at });
	});
	return hits
		.sort((a, b) => a.rank - b.rank || a.at - b.at)
		.slice(0, limit)
		.map(({ item, field, text, marks }) => ({ item, field, text, marks }));
}

/** `text` cut into plain and marked pieces, for rendering as text (never as HTML). */
export function markedPieces(text: string, marks: readonly [number, number][]): { text: string; mark: boolean }[] {
	const out: { text: string; mark: boolean }[] = [];
	let at = 0;
	for (const [from, to] of marks) {
		if (from > at) out.push({ text: text.slice(at, from), mark: false });
		out.push({ text: text.slice(from, to), mark: true });
		at = to;
	}
	if (at < text.length) out.push({ text: text.slice(at), mark: false });
	return out;
}
