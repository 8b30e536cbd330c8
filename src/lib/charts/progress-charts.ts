/**
 * Pure builders of the progress page's case and paper charts: the figures
 * (one row per finished case or paper, oldest first, which the page also
 * shows as a table) and the chart.js configs drawn from them. No chart.js
 * import here, so both can be tested without a canvas.
 */
import { FAMILIES, type FamilyId } from '../domain/casework.ts';
import { FAMILY_COLOURS } from './technique-chart.ts';
import type { LineChartConfig } from './accuracy-chart.ts';

/** What the charts need of a finished case: the stored summary, and the family scores once re-scored. */
export interface CasePoint {
	id: string;
	scenarioId: string;
	finishedAt: string;
	mode: 'practice' | 'exam';
	total: number;
	/** 0–100 per family used in the run; absent when the attempt could not be re-scored. */
	families?: Partial<Record<FamilyId, number>>;
}

export interface PaperPoint {
	id: string;
	finishedAt: string;
	total: number;
	max: number;
	passLine: number;
}

/** Oldest first, by when each was finished (stored lists are in the order they were saved, not always the same). */
export function byTime<T extends { finishedAt: string }>(rows: readonly T[]): T[] {
	return [...rows].sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt));
}

/** Distinct hues for up to eight cases, readable on light and dark backgrounds. */
export const CASE_COLOURS = ['#3a6fb0', '#b0643a', '#2f8f6f', '#8a5cc2', '#c2417a', '#a8871f', '#1f8fa8', '#6b6b6b'];

interface LineOptions {
	/** The label of each point on the x axis (a short date). */
	label: (iso: string) => string;
	reducedMotion: boolean;
}

/** Every chart here is of scores out of 100. */
function lineOptions(o: LineOptions): Record<string, unknown> {
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: o.reducedMotion ? false : { duration: 300 },
		scales: { x: { offset: true }, y: { min: 0, max: 100, ticks: { stepSize: 20 } } },
		plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
	};
}

function line(label: string, data: (number | null)[], colour: string) {
	// Visible dots: a case finished once has no line to draw.
	return { label, data, borderColor: colour, backgroundColor: colour, spanGaps: true, tension: 0.2, pointRadius: 4 };
}

/** Case totals over time: one line per case, each finished case a point on the shared time axis. */
export function caseTotalsConfig(points: readonly CasePoint[], title: (scenarioId: string) => string, o: LineOptions): LineChartConfig {
	const rows = byTime(points);
	const cases = [...new Set(rows.map((p) => p.scenarioId))];
	return {
		type: 'line',
		data: {
			labels: rows.map((p) => o.label(p.finishedAt)),
			datasets: cases.map((id, i) =>
				line(
					title(id),
					rows.map((p) => (p.scenarioId === id ? p.total : null)),
					CASE_COLOURS[i % CASE_COLOURS.length]
				)
			)
		},
		options: lineOptions(o)
	};
}

/** Technique family scores over time: one line per family; a case that used no technique of a family leaves a gap. */
export function familyScoresConfig(points: readonly CasePoint[], name: (f: FamilyId) => string, o: LineOptions): LineChartConfig {
	const rows = byTime(points).filter((p) => p.families);
	return {
		type: 'line',
		data: {
			labels: rows.map((p) => o.label(p.finishedAt)),
			datasets: FAMILIES.map((f) =>
				line(
					name(f),
					rows.map((p) => p.families![f] ?? null),
					FAMILY_COLOURS[f]
				)
			)
		},
		options: lineOptions(o)
	};
}

/** A paper's score out of 100, whatever its maximum (a shortened paper is scaled), rounded to a whole point. */
export function paperPercent(p: PaperPoint): number {
	return p.max > 0 ? Math.round((100 * p.total) / p.max) : 0;
}

/** The mock paper trend: the score of each paper, and the pass mark as a dashed line. */
export function paperTrendConfig(
	points: readonly PaperPoint[],
	labels: { score: string; passLine: string },
	o: LineOptions
): LineChartConfig {
	const rows = byTime(points);
	const pass = line(
		labels.passLine,
		rows.map((p) => (p.max > 0 ? Math.round((100 * p.passLine) / p.max) : 0)),
		'#c2417a'
	);
	return {
		type: 'line',
		data: {
			labels: rows.map((p) => o.label(p.finishedAt)),
			datasets: [line(labels.score, rows.map(paperPercent), '#3a6fb0'), { ...pass, pointRadius: 0, borderDash: [6, 4] }]
		},
		options: lineOptions(o)
	};
}
