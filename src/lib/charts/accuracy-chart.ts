/**
 * Pure builder of the progress page's chart.js config: one line per chapter
 * (and one for case decisions), accuracy 0–100 per study day. No chart.js
 * import here, so the config can be tested without a canvas.
 */
import type { AccuracySeries, HistoryTopic } from '../quiz/history.ts';

/** Distinct hues, in syllabus order, readable on light and dark backgrounds. */
export const TOPIC_COLOURS: Record<HistoryTopic, string> = {
	techniques: '#2f8f6f',
	'interview-types': '#3a6fb0',
	stages: '#b0643a',
	intake: '#8a5cc2',
	assessment: '#c2417a',
	planning: '#5f8f1f',
	intervention: '#1f8fa8',
	evaluation: '#a8871f',
	closing: '#6b6b6b',
	records: '#c25a2f',
	'case-management': '#2f5fc2',
	scenario: '#d13b3b'
};

export interface LineChartConfig {
	type: 'line';
	data: {
		labels: string[];
		datasets: {
			label: string;
			data: (number | null)[];
			borderColor: string;
			backgroundColor: string;
			spanGaps: boolean;
			tension: number;
			pointRadius: number;
			/** Dashes for a reference line (the pass mark), not a series of results. */
			borderDash?: number[];
		}[];
	};
	options: Record<string, unknown>;
}

/**
 * `names` maps each topic to its label in the page's language; `dayLabel`
 * formats a `YYYY-MM-DD` key for the x axis. Gaps (days a chapter was not
 * practised) are bridged, so each chapter reads as one line.
 */
export function accuracyChartConfig(
	series: AccuracySeries,
	names: (topic: HistoryTopic) => string,
	dayLabel: (day: string) => string,
	reducedMotion: boolean
): LineChartConfig {
	return {
		type: 'line',
		data: {
			labels: series.days.map(dayLabel),
			datasets: series.series.map((s) => ({
				label: names(s.topic),
				data: s.values,
				borderColor: TOPIC_COLOURS[s.topic],
				backgroundColor: TOPIC_COLOURS[s.topic],
				spanGaps: true,
				tension: 0.2,
				// Visible dots: a chapter practised on one day only has no line to draw.
				pointRadius: 4
			}))
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: reducedMotion ? false : { duration: 300 },
			// `offset` keeps the first and last day off the axes, so a single day sits mid-chart.
			scales: { x: { offset: true }, y: { min: 0, max: 100, ticks: { stepSize: 20 } } },
			plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
		}
	};
}
