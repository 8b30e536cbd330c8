import { describe, expect, it } from 'vitest';
import { byTime, caseTotalsConfig, familyScoresConfig, paperPercent, paperTrendConfig, type CasePoint } from './progress-charts.ts';
import { FAMILY_COLOURS } from './technique-chart.ts';

const o = { label: (iso: string) => iso.slice(5, 10), reducedMotion: true };
const cases: CasePoint[] = [
	// Saved out of order on purpose: the charts go by when each case was finished.
	{ id: 'c', scenarioId: 'wang', finishedAt: '2025-03-03T10:00:00.000Z', mode: 'exam', total: 90, families: { supportive: 95 } },
	{
		id: 'a',
		scenarioId: 'wang',
		finishedAt: '2025-03-01T10:00:00.000Z',
		mode: 'practice',
		total: 60,
		families: { supportive: 70, leading: 40 }
	},
	{ id: 'b', scenarioId: 'li', finishedAt: '2025-03-02T10:00:00.000Z', mode: 'practice', total: 75 }
];

describe('byTime', () => {
	it('orders by finishing time, oldest first, without changing the list it was given', () => {
		expect(byTime(cases).map((c) => c.id)).toEqual(['a', 'b', 'c']);
		expect(cases.map((c) => c.id)).toEqual(['c', 'a', 'b']);
	});
});

describe('caseTotalsConfig', () => {
	const config = caseTotalsConfig(cases, (id) => `title:${id}`, o);
	it('puts every finished case on one time axis, one line per case, its totals where it was played', () => {
		expect(config.data.labels).toEqual(['03-01', '03-02', '03-03']);
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['title:wang', [60, null, 90]],
			['title:li', [null, 75, null]]
		]);
		expect(config.data.datasets[0].spanGaps).toBe(true);
		expect(config.data.datasets[0].borderColor).not.toBe(config.data.datasets[1].borderColor);
		expect(config.options.scales).toMatchObject({ y: { min: 0, max: 100 } });
		expect(config.options.animation).toBe(false);
	});
});

describe('familyScoresConfig', () => {
	const config = familyScoresConfig(cases, (f) => `fam:${f}`, { ...o, reducedMotion: false });
	it('draws the three families over the re-scored cases only, a family not used leaving a gap', () => {
		expect(config.data.labels).toEqual(['03-01', '03-03']);
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['fam:supportive', [70, 95]],
			['fam:leading', [40, null]],
			['fam:influencing', [null, null]]
		]);
		expect(config.data.datasets[0].borderColor).toBe(FAMILY_COLOURS.supportive);
		expect(config.options.animation).toEqual({ duration: 300 });
	});
});

describe('paperTrendConfig', () => {
	const papers = [
		{ id: 'p2', finishedAt: '2025-03-05T10:00:00.000Z', total: 71.5, max: 100, passLine: 60 },
		{ id: 'p1', finishedAt: '2025-03-04T10:00:00.000Z', total: 12, max: 20, passLine: 12 }
	];
	it('scales each paper to 100 and rounds it to a whole point', () => {
		expect(paperPercent(papers[0])).toBe(72);
		expect(paperPercent(papers[1])).toBe(60);
		expect(paperPercent({ ...papers[1], max: 0 })).toBe(0);
	});
	it('draws the scores oldest first and the pass mark as a dashed line without dots', () => {
		const config = paperTrendConfig(papers, { score: 'Score', passLine: 'Pass' }, o);
		expect(config.data.labels).toEqual(['03-04', '03-05']);
		const [score, pass] = config.data.datasets;
		expect([score.label, score.data]).toEqual(['Score', [60, 72]]);
		expect([pass.label, pass.data, pass.pointRadius]).toEqual(['Pass', [60, 60], 0]);
		expect(pass.borderDash?.length).toBeGreaterThan(0);
		expect(score.borderDash).toBeUndefined();
	});
});
