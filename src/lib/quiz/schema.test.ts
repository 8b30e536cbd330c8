import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { multiple, order, single, t } from './fixtures.test-helpers.ts';
import { ItemSchema, TOPICS, TOPIC_IDS, isTopic, parseBankFile, topicName } from './schema.ts';

const file = (items: unknown[], sets?: unknown[]) => ({ topic: 'intake', items, ...(sets ? { sets } : {}) });

function errorsOf(raw: unknown, name = 'intake.json'): string[] {
	const r = parseBankFile(raw, name);
	return r.ok ? [] : r.errors;
}

describe('TOPICS', () => {
	it('lists the 11 chapters in syllabus order with both names', () => {
		expect(TOPIC_IDS).toEqual([
			'techniques',
			'interview-types',
			'stages',
			'intake',
			'assessment',
			'planning',
			'intervention',
			'evaluation',
			'closing',
			'records',
			'case-management'
		]);
		for (const topic of TOPICS) {
			expect(topic.name['zh-CN']).toMatch(/\p{Script=Han}/u);
			expect(topic.name.en).toMatch(/^[A-Z]/);
		}
		expect(topicName('assessment')).toEqual({ 'zh-CN': '预估', en: 'Assessment' });
		expect(isTopic('closing')).toBe(true);
		expect(isTopic('follow-up')).toBe(false);
	});
});

describe('valid files', () => {
	it('accepts one item of each format, with a case set', () => {
		const raw = file(
			[{ ...single('intake-001', 2), techniques: ['empathy'], phases: ['intake'] }, multiple('intake-002'), order('intake-003')],
			[{ id: 'intake-set-01', vignette: t('case'), items: [single('intake-set-01-1')] }]
		);
		const r = parseBankFile(raw, 'intake.json');
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.file.items.map((i) => i.format)).toEqual(['single', 'multiple', 'order']);
			expect(r.file.sets?.[0].items[0].id).toBe('intake-set-01-1');
		}
	});

	it('accepts every ordering size from 3 to 7 and 2 to 4 multiple answers', () => {
		for (const answer of [
			[1, 2, 0],
			[3, 0, 2, 1, 6, 5, 4]
		])
			expect(v.safeParse(ItemSchema, order('x', answer)).success).toBe(true);
		for (const answer of [
			[0, 4],
			[1, 2, 3],
			[0, 1, 2, 4]
		])
			expect(v.safeParse(ItemSchema, multiple('x', answer)).success).toBe(true);
	});
});

describe('format rules', () => {
	const cases: [string, unknown, RegExp][] = [
		[
			'single with 5 options',
			{ ...single('intake-001'), options: [t('a'), t('b'), t('c'), t('d'), t('e')] },
			/single-choice item needs exactly 4 options \(has 5\)/
		],
		['single with two answers', { ...single('intake-001'), answer: [0, 1] }, /exactly 1 answer/],
		['single answer out of range', single('intake-001', 4), /answer\.0: index 4 is out of range/],
		['single with no answer', { ...single('intake-001'), answer: [] }, /exactly 1 answer/],
		['multiple with 4 options', { ...multiple('intake-001'), options: [t('a'), t('b'), t('c'), t('d')] }, /exactly 5 options \(has 4\)/],
		['multiple with one answer', multiple('intake-001', [2]), /2–4 correct options \(has 1\)/],
		['multiple with five answers', multiple('intake-001', [0, 1, 2, 3, 4]), /2–4 correct options \(has 5\)/],
		['multiple not ascending', multiple('intake-001', [3, 1]), /ascending/],
		['multiple with a repeat', multiple('intake-001', [1, 1, 2]), /ascending and unique/],
		['multiple out of range', multiple('intake-001', [1, 5]), /index 5 is out of range/],
		['order with 2 options', { ...order('intake-001'), options: [t('a'), t('b')], answer: [1, 0] }, /3–7 options \(has 2\)/],
		[
			'order with 8 options',
			{ ...order('intake-001'), options: Array.from({ length: 8 }, () => t('x')), answer: [7, 6, 5, 4, 3, 2, 1, 0] },
			/3–7 options \(has 8\)/
		],
		['order missing an index', { ...order('intake-001'), answer: [2, 0] }, /permutation|every option index exactly once/],
		['order with a repeat', { ...order('intake-001'), answer: [2, 2, 0] }, /must not repeat/],
		['order already in order', order('intake-001', [0, 1, 2]), /must be scrambled/],
		['fractional index', { ...single('intake-001'), answer: [1.5] }, /whole number/],
		['unknown format', { ...single('intake-001'), format: 'essay' }, /format must be single, multiple or order/],
		['difficulty 4', { ...single('intake-001'), difficulty: 4 }, /difficulty must be 1, 2 or 3/],
		['unknown technique', { ...single('intake-001'), techniques: ['empathy', 'hugging'] }, /techniques\.1: unknown technique "hugging"/],
		['repeated technique', { ...single('intake-001'), techniques: ['empathy', 'empathy'] }, /techniques must not repeat/],
		['unknown phase', { ...single('intake-001'), phases: ['aftercare'] }, /unknown phase "aftercare"/],
		['blank English stem', { ...single('intake-001'), stem: { 'zh-CN': '题干', en: '  ' } }, /stem\.en: is empty/],
		['missing Chinese option', { ...single('intake-001'), options: [t('a'), { en: 'b' }, t('c'), t('d')] }, /options\.1\.zh-CN/],
		['misspelt field', { ...single('intake-001'), explaination: t('x') }, /explaination/],
		['upper-case id', single('Intake-001'), /id: must be lower-case words/]
	];
	it.each(cases)('rejects %s, naming the item', (_label, item, message) => {
		const errors = errorsOf(file([item]));
		expect(errors.length).toBeGreaterThan(0);
		const id = (item as { id: string }).id;
		expect(
			errors.some((e) => e.startsWith(`intake.json: item ${id} — `) && message.test(e)),
			errors.join('\n')
		).toBe(true);
	});

	it('reports every broken item, not just the first', () => {
		const errors = errorsOf(file([single('intake-001', 9), single('intake-002'), multiple('intake-003', [4, 0])]));
		expect(errors).toHaveLength(2);
		expect(errors[0]).toMatch(/item intake-001/);
		expect(errors[1]).toMatch(/item intake-003/);
	});

	it('names set items and sets', () => {
		const errors = errorsOf(file([], [{ id: 'intake-set-01', vignette: { 'zh-CN': '', en: 'x' }, items: [single('intake-set-01-1', 7)] }]));
		expect(errors).toContainEqual(expect.stringMatching(/^intake\.json: set intake-set-01 — vignette\.zh-CN: is empty/));
		expect(errors).toContainEqual(expect.stringMatching(/^intake\.json: item intake-set-01-1 — answer\.0: index 7/));
	});

	it('rejects an empty set', () => {
		expect(errorsOf(file([], [{ id: 'intake-set-01', vignette: t('v'), items: [] }]))).toContainEqual(
			expect.stringMatching(/set intake-set-01 — items: a case set needs at least one item/)
		);
	});
});

describe('file-level checks', () => {
	it('rejects an unknown topic', () => {
		expect(errorsOf({ topic: 'gossip', items: [] }, 'gossip.json')).toContainEqual(expect.stringMatching(/topic: unknown topic "gossip"/));
	});
	it('wants the topic to match the file name', () => {
		expect(errorsOf(file([single('intake-001')]), 'closing.json')).toEqual([
			'closing.json: file — topic "intake" does not match the file name (expected intake.json)'
		]);
		expect(errorsOf(file([single('intake-001')]), './bank/intake.json')).toEqual([]);
	});
	it('rejects an id used twice in one file, including inside sets', () => {
		const errors = errorsOf(
			file([single('intake-001'), single('intake-002')], [{ id: 'intake-002', vignette: t('v'), items: [single('intake-001')] }])
		);
		expect(errors).toEqual([
			'intake.json: set intake-002 — id is used more than once',
			'intake.json: item intake-001 — id is used more than once'
		]);
	});
	it('rejects a file that is not an object', () => {
		expect(errorsOf([])).toEqual(['intake.json: file — topic: is missing', 'intake.json: file — items: is missing']);
		expect(errorsOf(null)).toHaveLength(1);
		expect(errorsOf(null)[0]).toMatch(/^intake\.json: file — /);
	});
	it('says which item has no id', () => {
		const { id: _id, ...noId } = single('intake-002');
		expect(errorsOf(file([single('intake-001'), noId]))).toEqual(['intake.json: item #2 (no valid id) — id: is missing']);
	});
});
