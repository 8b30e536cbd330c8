/**
 * Every built-in scenario, both locales, every path: the contract
 * (docs/scenario-tags.md), the house rules (stories/AUTHORING.md) and the
 * bar the issues set (20+ decisions, 3–4 options, 4+ endings, techniques
 * used well and misused, identical skeletons).
 */
import { describe, expect, it } from 'vitest';
import { auditStory, compareSkeletons, type AuditReport } from '../../src/lib/engine/audit.ts';
import { TECHNIQUES, CLOSE_FORMS, CLOSE_REASONS, REACTIONS } from '../../src/lib/domain/casework.ts';
import { scoreRun } from '../../src/lib/scoring/index.ts';
import { bestPath } from '../../scripts/lib/stories.ts';
import { SCENARIOS, storyJson } from '../helpers/stories.ts';

const reports = new Map<string, AuditReport>();
const report = (id: string, locale: 'zh-CN' | 'en') => {
	const key = `${id}/${locale}`;
	if (!reports.has(key)) reports.set(key, auditStory(storyJson(id, locale)));
	return reports.get(key)!;
};

it('has the three seed cases', () => {
	expect(SCENARIOS).toEqual(['elderly-wang', 'noise-dispute', 'truant-li']);
});

describe.each(SCENARIOS)('%s', (id) => {
	it.each(['zh-CN', 'en'] as const)(
		'%s: every path keeps the tag contract and ends with #ending',
		(locale) => {
			const r = report(id, locale);
			expect(r.truncated).toBe(false);
			expect(r.issues.map((i) => `${i.code} (${i.where}): ${i.message}`)).toEqual([]);
			expect(r.globals).toMatchObject({ lang: locale });
			expect(r.globals.title).not.toBe('');
			expect(r.globals.summary).not.toBe('');
			expect(r.globals.minutes).toBeGreaterThan(0);
			expect([1, 2, 3]).toContain(r.globals.difficulty);
			expect(Object.keys(r.globals.cast)).toContain('worker');
		},
		30_000
	);

	it('zh-CN and en share one skeleton', () => {
		expect(compareSkeletons(report(id, 'zh-CN'), report(id, 'en'), ['zh-CN', 'en'])).toEqual([]);
		expect(Object.keys(report(id, 'en').globals.cast).sort()).toEqual(Object.keys(report(id, 'zh-CN').globals.cast).sort());
	});

	it('a full playthrough makes at least 20 decisions of 3–4 options, with at least 4 endings', () => {
		const r = report(id, 'zh-CN');
		expect(r.endings['well-closed'].minDecisions).toBeGreaterThanOrEqual(20);
		expect(r.minOptions).toBeGreaterThanOrEqual(3);
		expect(r.maxOptions).toBeLessThanOrEqual(4);
		expect(Object.keys(r.endings).length).toBeGreaterThanOrEqual(4);
	});

	it('uses at least 10 techniques both well and badly', () => {
		const r = report(id, 'zh-CN');
		const both = r.techniquesWell.filter((t) => r.techniquesMisused.includes(t));
		expect(both.length).toBeGreaterThanOrEqual(10);
	});

	it('the model path closes well, with no ordering error and a high score, in both locales', () => {
		for (const locale of ['zh-CN', 'en'] as const) {
			const best = bestPath(`stories/${id}/${locale}.ink`);
			const result = scoreRun(storyJson(id, locale), best.choices);
			expect(result.ending).toBe('well-closed');
			expect(result.orderingErrors).toEqual([]);
			expect(result.total).toBeGreaterThanOrEqual(95);
			expect(result.phasesCovered).toEqual(['intake', 'assessment', 'planning', 'intervention', 'evaluation', 'closing', 'follow-up']);
		}
	});

	it('has a phase-ordering trap at every stage boundary', () => {
		// Some option offered somewhere in each phase belongs two or more phases ahead.
		const skeleton = [...report(id, 'zh-CN').skeleton.values()];
		const phaseOf = (tags: string) => /phase:([a-z-]+)/.exec(tags)?.[1];
		const order = ['intake', 'assessment', 'planning', 'intervention', 'evaluation'];
		const phases = skeleton.map(phaseOf);
		for (const [i] of order.entries()) {
			const ahead = ['intake', 'assessment', 'planning', 'intervention', 'evaluation', 'closing', 'follow-up'].slice(i + 2);
			expect(
				phases.some((p) => p && ahead.includes(p)),
				`a trap beyond ${order[i]}`
			).toBe(true);
		}
	});
});

describe('coverage across the whole scenario set', () => {
	const all = () => SCENARIOS.map((id) => report(id, 'zh-CN'));
	const seen = () => new Set(all().flatMap((r) => [...r.tagsSeen]));

	it('uses every one of the 12 techniques well and misuses each at least once', () => {
		const well = new Set(all().flatMap((r) => r.techniquesWell));
		const misused = new Set(all().flatMap((r) => r.techniquesMisused));
		expect(TECHNIQUES.filter((t) => !well.has(t))).toEqual([]);
		expect(TECHNIQUES.filter((t) => !misused.has(t))).toEqual([]);
	});

	it('reaches all five valid reasons to close', () => {
		expect(CLOSE_REASONS.filter((r) => !seen().has(`close-reason:${r}`))).toEqual([]);
	});

	it('shows each of the three closing forms', () => {
		expect(CLOSE_FORMS.filter((f) => !seen().has(`close-form:${f}`))).toEqual([]);
	});

	it('handles a referral and at least one negative closing reaction', () => {
		expect(seen().has('referral')).toBe(true);
		const negative = REACTIONS.filter((r) => seen().has(`reaction:${r}`));
		expect(negative.length).toBeGreaterThanOrEqual(1);
	});
});
