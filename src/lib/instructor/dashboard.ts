/** Pure helpers behind the class dashboard: rows, sorting, class averages, CSV. */
import { FAMILIES, TECHNIQUES, type TechniqueId } from '../domain/casework.ts';
import type { Tally } from '../scoring/score.ts';
import { toCsv } from './csv.ts';
import type { ResultPackage } from './result.ts';
import type { Verification } from './verify.ts';

export interface ClassRow {
	key: string;
	pkg: ResultPackage;
	check: Verification;
	minutes: number;
}

export type SortKey = 'learner' | 'scenario' | 'score' | 'orderingErrors' | 'verdict' | 'minutes' | 'finishedAt';

export function toRow(key: string, pkg: ResultPackage, check: Verification): ClassRow {
	return { key, pkg, check, minutes: Math.max(0, Math.round((Date.parse(pkg.finishedAt) - Date.parse(pkg.startedAt)) / 60000)) };
}

const VERDICT_ORDER = { mismatch: 0, 'unknown-story': 1, verified: 2 } as const;

export function sortRows(rows: readonly ClassRow[], key: SortKey, ascending: boolean, locale: string): ClassRow[] {
	const value = (r: ClassRow): string | number => {
		switch (key) {
			case 'learner':
				return r.pkg.learner;
			case 'scenario':
				return r.pkg.scenarioId;
			case 'score':
				return r.pkg.scores.total;
			case 'orderingErrors':
				return r.pkg.scores.orderingErrors;
			case 'verdict':
				return VERDICT_ORDER[r.check.verdict];
			case 'minutes':
				return r.minutes;
			case 'finishedAt':
				return r.pkg.finishedAt;
		}
	};
	const dir = ascending ? 1 : -1;
	return [...rows].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), locale);
		return c * dir || a.key.localeCompare(b.key);
	});
}

/**
 * Average score per technique over verified results only: a claimed score
 * that the replay did not reproduce must not move the class figures.
 */
export function classAverages(rows: readonly ClassRow[]): Partial<Record<TechniqueId, Tally>> {
	const sums = new Map<TechniqueId, { total: number; count: number }>();
	for (const r of rows) {
		if (r.check.verdict !== 'verified' || !r.check.result) continue;
		for (const [tech, tally] of Object.entries(r.check.result.techniques) as [TechniqueId, Tally][]) {
			const s = sums.get(tech) ?? { total: 0, count: 0 };
			s.total += tally.score;
			s.count += 1;
			sums.set(tech, s);
		}
	}
	const out: Partial<Record<TechniqueId, Tally>> = {};
	for (const tech of TECHNIQUES) {
		const s = sums.get(tech);
		if (s) out[tech] = { score: Math.round((s.total / s.count) * 10) / 10, count: s.count };
	}
	return out;
}

export function rowsToCsv(rows: readonly ClassRow[]): string {
	return toCsv(
		[
			'learner',
			'assignment',
			'scenario',
			'locale',
			'mode',
			'total',
			'quality',
			'process',
			...FAMILIES,
			'ordering_errors',
			'ending',
			'verdict',
			'minutes',
			'started_at',
			'finished_at',
			'story_version'
		],
		rows.map((r) => [
			r.pkg.learner,
			r.pkg.assignmentId,
			r.pkg.scenarioId,
			r.pkg.locale,
			r.pkg.mode,
			r.pkg.scores.total,
			r.pkg.scores.quality,
			r.pkg.scores.process,
			...FAMILIES.map((f) => r.pkg.scores.families[f]),
			r.pkg.scores.orderingErrors,
			r.pkg.scores.ending,
			r.check.verdict,
			r.minutes,
			r.pkg.startedAt,
			r.pkg.finishedAt,
			r.pkg.storyHash
		])
	);
}
