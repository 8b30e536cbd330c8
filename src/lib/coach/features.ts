/**
 * What the coach reads in a reply: character n-grams (Chinese needs no word
 * segmenter for this: two- and three-character grams carry the words and
 * the particles, 吧 呢 吗, that mark a technique), words and word pairs in
 * English, and a few cues of form (a question, a bracketed action, the
 * worker speaking of themself). Each feature keeps where it was found, so
 * the words that earned a reading can be shown.
 */
import type { CoachLang } from './corpus.ts';
import { LEXICONS } from './cues.ts';

export interface Feature {
	key: string;
	/** Where in the normalised text it occurs: [start, end) per occurrence; empty for cues of form. */
	spans: [number, number][];
}

/** Full-width forms to half, lower case, control characters to spaces; every character keeps its length, so spans point into the original text. */
export function normalise(text: string): string {
	let out = '';
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += ' '.repeat(ch.length);
		else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
		else out += ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
	}
	return out;
}

const HAN = /\p{Script=Han}/u;
const OPEN = new Set(['(', '（', '[', '【']);
const CLOSE = new Set([')', '）', ']', '】']);

/** Text inside brackets: an action, not words said (the core of attending). */
function bracketed(text: string): boolean[] {
	const inside: boolean[] = [];
	let depth = 0;
	for (const ch of text) {
		if (OPEN.has(ch)) depth++;
		inside.push(depth > 0);
		if (CLOSE.has(ch) && depth > 0) depth--;
	}
	return inside;
}

function add(map: Map<string, Feature>, key: string, span?: [number, number]) {
	let f = map.get(key);
	if (!f) map.set(key, (f = { key, spans: [] }));
	if (span) f.spans.push(span);
}

function chineseGrams(text: string, map: Map<string, Feature>) {
	const inside = bracketed(text);
	// Runs of Han characters and the particles between them; punctuation breaks a run.
	const chars = [...text];
	let offset = 0;
	const units: { ch: string; at: number; act: boolean }[] = [];
	chars.forEach((ch, i) => {
		units.push({ ch, at: offset, act: inside[i] });
		offset += ch.length;
	});
	const isWord = (ch: string) => HAN.test(ch) || /[a-z0-9]/.test(ch);
	for (let i = 0; i < units.length; i++) {
		for (let n = 1; n <= 3 && i + n <= units.length; n++) {
			const run = units.slice(i, i + n);
			if (!run.every((u) => isWord(u.ch))) break;
			const gram = run.map((u) => u.ch).join('');
			const end = run[n - 1].at + run[n - 1].ch.length;
			// An action in brackets and a word said aloud are different evidence.
			add(map, (run[0].act ? 'a:' : 'g:') + gram, [run[0].at, end]);
		}
	}
}

const WORD = /[a-z0-9']+/g;

function englishGrams(text: string, map: Map<string, Feature>) {
	const inside = bracketed(text);
	const words: { w: string; at: number; end: number; act: boolean }[] = [];
	for (const m of text.matchAll(WORD)) {
		const w = m[0].replace(/^'+|'+$/g, '');
		if (w) words.push({ w, at: m.index!, end: m.index! + m[0].length, act: inside[m.index!] });
	}
	words.forEach((u, i) => {
		const p = u.act ? 'a:' : 'w:';
		add(map, p + u.w, [u.at, u.end]);
		if (i + 1 < words.length) add(map, p + u.w + ' ' + words[i + 1].w, [u.at, words[i + 1].end]);
		if (i + 2 < words.length) add(map, p + u.w + ' ' + words[i + 1].w + ' ' + words[i + 2].w, [u.at, words[i + 2].end]);
		// Stems of longer words: 'worried' and 'worrying' share 'worr'.
		if (u.w.length > 5) add(map, p + '~' + u.w.slice(0, 5), [u.at, u.end]);
	});
}

function formCues(text: string, lang: CoachLang, map: Map<string, Feature>) {
	const q = (text.match(/[?？]/g) ?? []).length;
	if (q) add(map, q > 1 ? 'f:questions' : 'f:question');
	if (/[(（[【]/.test(text)) add(map, 'f:action');
	const said = text.replace(/[(（[【][^)）\]】]*[)）\]】]/g, '').trim();
	if (!said) add(map, 'f:silent');
	const len = lang === 'zh-CN' ? [...said].length : said.split(/\s+/).filter(Boolean).length;
	const bucket = lang === 'zh-CN' ? (len <= 10 ? 's' : len <= 40 ? 'm' : 'l') : len <= 6 ? 's' : len <= 25 ? 'm' : 'l';
	add(map, 'f:len-' + bucket);
	const sentences = said.split(/[。！？!?.]+/).filter((s) => s.trim()).length;
	if (sentences >= 3) add(map, 'f:sentences-3+');
}

/**
 * How much of the reply picks up the client's own words: listening and
 * summarising give them back, focusing picks one, advice and information
 * bring new ones.
 */
function echoCues(map: Map<string, Feature>, client: string, lang: CoachLang) {
	const theirs = new Map<string, Feature>();
	if (lang === 'zh-CN') chineseGrams(normalise(client), theirs);
	else englishGrams(normalise(client), theirs);
	const mine = [...map.keys()].filter((k) =>
		lang === 'zh-CN' ? k.startsWith('g:') && [...k].length >= 4 : k.startsWith('w:') && !k.includes(' ')
	);
	if (!mine.length) return;
	const echoed = mine.filter((k) => theirs.has(k)).length / mine.length;
	add(map, 'e:' + (echoed === 0 ? 'none' : echoed < 0.15 ? 'low' : echoed < 0.35 ? 'mid' : 'high'));
}

/** The features of a worker's reply, in the language the learner plays in, with the client's line it answers when there is one. */
export function featuresOf(lang: CoachLang, raw: string, client = ''): Feature[] {
	const text = normalise(raw);
	const map = new Map<string, Feature>();
	if (lang === 'zh-CN') chineseGrams(text, map);
	else englishGrams(text, map);
	formCues(text, lang, map);
	for (const [name, re] of Object.entries(LEXICONS[lang]))
		for (const m of text.matchAll(re)) add(map, 'L:' + name, [m.index, m.index + m[0].length]);
	if (client.trim()) echoCues(map, client, lang);
	return [...map.values()];
}
