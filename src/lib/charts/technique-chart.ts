/**
 * Pure builder of the debrief's chart.js config: techniques on one axis,
 * 0–100 on the other, coloured by family. No chart.js import here, so the
 * config can be tested without a canvas.
 */
import { FAMILY_OF, TECHNIQUES, type FamilyId, type TechniqueId } from '../domain/casework.ts';
import type { Tally } from '../scoring/score.ts';

export const FAMILY_COLOURS: Record<FamilyId, string> = {
	supportive: '#2f8f6f',
	leading: '#3a6fb0',
	influencing: '#b0643a'
};

export interface BarChartConfig {
	type: 'bar';
	data: { labels: string[]; datasets: { label: string; data: number[]; backgroundColor: string[] }[] };
	options: Record<string, unknown>;
}

export function techniqueChartConfig(
	scores: Partial<Record<TechniqueId, Tally>>,
	names: Record<TechniqueId, string>,
	label: string,
	reducedMotion: boolean
): BarChartConfig {
	const used = TECHNIQUES.filter((t) => scores[t]);
	return {
		type: 'bar',
		data: {
			labels: used.map((t) => names[t]),
			datasets: [
				{
					label,
					data: used.map((t) => scores[t]!.score),
					backgroundColor: used.map((t) => FAMILY_COLOURS[FAMILY_OF[t]])
				}
			]
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: reducedMotion ? false : { duration: 300 },
			scales: { x: { min: 0, max: 100 } },
			plugins: { legend: { display: false } }
		}
	};
}
