/**
 * The bank test: the content in bank/*.json must validate and be fit to
 * draw practice and mock papers from. These checks run on the real files;
 * when one fails, the message names the items to fix.
 */
import { describe, expect, it } from 'vitest';
import { PHASES, TECHNIQUES } from '../domain/casework.ts';
import { BANK, BankError, buildBank, itemById, itemsByPhase, itemsByTechnique, itemsByTopic, setById, type BankItem } from './bank.ts';
import { single, t } from './fixtures.test-helpers.ts';
import { TOPIC_IDS, parseBankFile, type Text } from './schema.ts';

const RAW = import.meta.glob('./bank/*.json', { eager: true, import: 'default' });
const items = BANK.items;
const standalone = items.filter((i) => !i.setId);

/** Every learner-facing text of an item, with a label for messages. */
function textsOf(item: BankItem): [string, Text][] {
	return [['stem', item.stem], ['explanation', item.explanation], ...item.options.map((o, k): [string, Text] => [`option ${k}`, o])];
}

/** Same question twice, written with different spacing or punctuation, counts as a duplicate. */
const normalise = (s: string) =>
	s
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]/gu, '');

/** Texts allowed to be the same in both languages: numbers, and proper nouns listed here. */
const SAME_IN_BOTH = /^[\d\s.,:;%+\-–—/()]+$/;
const PROPER_NOUNS = new Set<string>(['SMART', 'Bradshaw']);

describe('the bank files', () => {
	it('has one file per topic, each valid against the schema', () => {
		const errors: string[] = [];
		const topics: string[] = [];
		for (const [path, raw] of Object.entries(RAW)) {
			const r = parseBankFile(raw, path.replace(/^.*\//, ''));
			if (r.ok) topics.push(r.file.topic);
			else errors.push(...r.errors);
		}
		expect(errors, errors.join('\n')).toEqual([]);
		expect(topics.sort()).toEqual([...TOPIC_IDS].sort());
	});

	it('holds at least 320 items', () => {
		expect(items.length).toBeGreaterThanOrEqual(320);
	});

	it('uses every id once across the whole bank', () => {
		const ids = [...items.map((i) => i.id), ...BANK.sets.map((s) => s.id)];
		const dupes = ids.filter((id, k) => ids.indexOf(id) !== k);
		expect(dupes).toEqual([]);
	});

	it('has at least 10 items in every topic', () => {
		const short = TOPIC_IDS.map((t) => [t, itemsByTopic(t).length] as const).filter(([, n]) => n < 10);
		expect(short).toEqual([]);
	});

	it('covers every one of the 12 techniques with at least 10 items', () => {
		expect(TECHNIQUES).toHaveLength(12);
		const short = TECHNIQUES.map((t) => [t, itemsByTechnique(t).length] as const).filter(([, n]) => n < 10);
		expect(short).toEqual([]);
	});

	it('has enough standalone items to draw a mock paper (60 single + 20 multiple)', () => {
		expect(standalone.filter((i) => i.format === 'single').length).toBeGreaterThanOrEqual(60);
		expect(standalone.filter((i) => i.format === 'multiple').length).toBeGreaterThanOrEqual(20);
	});
});

describe('zh-CN / en parity', () => {
	it('has both languages on every text, vignettes included', () => {
		const blank: string[] = [];
		for (const item of items)
			for (const [label, text] of textsOf(item)) if (!text['zh-CN'].trim() || !text.en.trim()) blank.push(`${item.id} ${label}`);
		for (const set of BANK.sets) if (!set.vignette['zh-CN'].trim() || !set.vignette.en.trim()) blank.push(`${set.id} vignette`);
		expect(blank).toEqual([]);
	});

	it('writes stems, explanations and vignettes in Chinese on the zh-CN side', () => {
		const han = /\p{Script=Han}/u;
		const notChinese = [
			...items.flatMap((i) => [
				...(han.test(i.stem['zh-CN']) ? [] : [`${i.id} stem`]),
				...(han.test(i.explanation['zh-CN']) ? [] : [`${i.id} explanation`])
			]),
			...BANK.sets.filter((s) => !han.test(s.vignette['zh-CN'])).map((s) => `${s.id} vignette`)
		];
		expect(notChinese).toEqual([]);
	});

	it('translates every text: none is identical in both languages unless a number or proper noun', () => {
		const untranslated: string[] = [];
		for (const item of items)
			for (const [label, text] of textsOf(item)) {
				const zh = text['zh-CN'].trim();
				if (zh === text.en.trim() && !SAME_IN_BOTH.test(zh) && !PROPER_NOUNS.has(zh)) untranslated.push(`${item.id} ${label}: ${zh}`);
			}
		for (const set of BANK.sets) if (set.vignette['zh-CN'].trim() === set.vignette.en.trim()) untranslated.push(`${set.id} vignette`);
		expect(untranslated).toEqual([]);
	});

	it('gives the same option count in both languages (one Text per option)', () => {
		// Structural: options are Text pairs, so a missing translation cannot shift the answer key.
		for (const item of items) for (const o of item.options) expect(Object.keys(o).sort()).toEqual(['en', 'zh-CN']);
	});
});

describe('content quality', () => {
	for (const lang of ['zh-CN', 'en'] as const) {
		it(`has no duplicate stems in ${lang}`, () => {
			const seen = new Map<string, string>();
			const dupes: string[] = [];
			for (const item of items) {
				const key = normalise(item.stem[lang]);
				const other = seen.get(key);
				if (other) dupes.push(`${other} = ${item.id}: ${item.stem[lang]}`);
				else seen.set(key, item.id);
			}
			expect(dupes).toEqual([]);
		});
	}

	it('spreads single-choice answers over A–D (each 15–35 %)', () => {
		const singles = items.filter((i) => i.format === 'single');
		const counts = [0, 0, 0, 0];
		for (const i of singles) counts[i.answer[0]]++;
		const shares = counts.map((c) => Math.round((1000 * c) / singles.length) / 10);
		for (const share of shares) {
			expect(share, `answer positions A–D: ${shares.join(' / ')} %`).toBeGreaterThanOrEqual(15);
			expect(share, `answer positions A–D: ${shares.join(' / ')} %`).toBeLessThanOrEqual(35);
		}
	});
});

describe('BANK indexes', () => {
	it('finds every item by id, topic, technique and phase', () => {
		for (const item of items) {
			expect(itemById(item.id)).toBe(item);
			expect(itemsByTopic(item.topic)).toContain(item);
			for (const tech of item.techniques ?? []) expect(itemsByTechnique(tech)).toContain(item);
			for (const phase of item.phases ?? []) expect(itemsByPhase(phase)).toContain(item);
		}
		expect(TOPIC_IDS.reduce((n, t) => n + itemsByTopic(t).length, 0)).toBe(items.length);
		expect(PHASES.every((p) => itemsByPhase(p).every((i) => i.phases?.includes(p)))).toBe(true);
		expect(itemById('no-such-item')).toBeUndefined();
	});
	it('lists items in syllabus order', () => {
		const order = items.map((i) => TOPIC_IDS.indexOf(i.topic));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});
	it('flattens sets: their items carry the set id and the set vignette', () => {
		expect(BANK.sets.length).toBeGreaterThan(0);
		for (const set of BANK.sets) {
			expect(setById(set.id)).toBe(set);
			for (const item of set.items) {
				expect(itemById(item.id)).toBe(item);
				expect(item.setId).toBe(set.id);
				expect(item.vignette).toBe(set.vignette);
				expect(item.topic).toBe(set.topic);
			}
		}
		expect(items.filter((i) => i.setId).length).toBe(BANK.sets.reduce((n, s) => n + s.items.length, 0));
	});
});

describe('buildBank', () => {
	const intake = {
		topic: 'intake',
		items: [{ ...single('intake-001'), techniques: ['empathy'], phases: ['intake'] }],
		sets: [{ id: 'intake-set-01', vignette: t('case'), items: [single('intake-set-01-1'), single('intake-set-01-2')] }]
	};
	const closing = { topic: 'closing', items: [{ ...single('closing-001'), phases: ['closing', 'follow-up'] }] };

	it('indexes a small bank', () => {
		const bank = buildBank({ './bank/closing.json': closing, './bank/intake.json': intake });
		expect(bank.items.map((i) => [i.id, i.topic, i.setId])).toEqual([
			['intake-001', 'intake', undefined],
			['intake-set-01-1', 'intake', 'intake-set-01'],
			['intake-set-01-2', 'intake', 'intake-set-01'],
			['closing-001', 'closing', undefined]
		]);
		expect(itemsByTechnique('empathy', bank).map((i) => i.id)).toEqual(['intake-001']);
		expect(itemsByPhase('follow-up', bank).map((i) => i.id)).toEqual(['closing-001']);
		expect(itemsByTopic('records', bank)).toEqual([]);
		expect(bank.sets[0].items[1]).toBe(itemById('intake-set-01-2', bank));
	});

	it('throws every problem of every file at once', () => {
		const bad = { ...closing, items: [single('closing-001', 7)] };
		const alsoBad = { ...intake, items: [{ ...single('intake-001'), stem: { 'zh-CN': '', en: 'x' } }] };
		let error: unknown;
		try {
			buildBank({ './bank/closing.json': bad, './bank/intake.json': alsoBad });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(BankError);
		expect((error as BankError).errors).toEqual([
			'closing.json: item closing-001 — answer.0: index 7 is out of range (options 0–3)',
			'intake.json: item intake-001 — stem.zh-CN: is empty'
		]);
		expect((error as BankError).message).toMatch(/quiz bank is invalid \(2 problems\)/);
	});

	it('rejects an id used in two files and a topic in two files', () => {
		const clash = { topic: 'closing', items: [single('intake-001')] };
		expect(() => buildBank({ './bank/intake.json': intake, './bank/closing.json': clash })).toThrow(
			/closing\.json: item intake-001 — id is also used in intake\.json/
		);
		expect(() => buildBank({ './a/closing.json': closing, './b/closing.json': closing })).toThrow(
			/topic "closing" is already used by closing\.json/
		);
	});
});
