import { describe, expect, it } from 'vitest';
import { accuracyOverTime } from '../quiz/history.ts';
import { accuracyChartConfig, TOPIC_COLOURS } from './accuracy-chart.ts';

describe('accuracyChartConfig', () => {
	const series = accuracyOverTime([
		{ itemId: 'a', topic: 'intake', correct: true, at: '2025-03-01T08:00:00.000Z', mode: 'practice' },
		{ itemId: 'b', topic: 'intake', correct: false, at: '2025-03-01T09:00:00.000Z', mode: 'practice' },
		{ itemId: 's', topic: 'scenario', correct: true, at: '2025-03-02T09:00:00.000Z', mode: 'review' }
	]);
	const config = accuracyChartConfig(
		series,
		(t) => `name:${t}`,
		(d) => d.slice(5),
		true
	);

	it('draws one line per topic over the study days, 0–100', () => {
		expect(config.type).toBe('line');
		expect(config.data.labels).toEqual(['03-01', '03-02']);
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['name:intake', [50, null]],
			['name:scenario', [null, 100]]
		]);
		expect(config.options.scales).toMatchObject({ y: { min: 0, max: 100 } });
	});
	it('bridges days a topic was not practised and gives each topic its own colour', () => {
		expect(config.data.datasets.every((d) => d.spanGaps)).toBe(true);
		expect(config.data.datasets[0].borderColor).toBe(TOPIC_COLOURS.intake);
		expect(new Set(Object.values(TOPIC_COLOURS)).size).toBe(Object.keys(TOPIC_COLOURS).length);
	});
	it('turns animation off for reduced motion', () => {
		expect(config.options.animation).toBe(false);
		expect(accuracyChartConfig(series, String, String, false).options.animation).toEqual({ duration: 300 });
	});
});
