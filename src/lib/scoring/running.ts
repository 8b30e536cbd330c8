/**
 * The figure shown during play. The total counts all seven phases as
 * expected, so after one sound opening choice it reads as a penalty; while a
 * run is under way the same formula is applied to what has been reached so
 * far: the decisions taken and the phases up to the furthest one entered.
 * Once the run has ended it is the total itself.
 */
import { PHASES } from '../domain/casework.ts';
import { ORDERING_PENALTY, combine, type RunResult } from './score.ts';

const clamp = (n: number) => Math.min(100, Math.max(0, n));

export function runningTotal(r: RunResult): number {
	if (r.ended || r.decisions.length === 0) return r.total;
	const quality = (100 * r.decisions.reduce((sum, d) => sum + d.points, 0)) / r.decisions.length;
	const reached = Math.max(0, ...r.phasesCovered.map((p) => PHASES.indexOf(p) + 1));
	const process = reached ? clamp((100 * r.phasesCovered.length) / reached - ORDERING_PENALTY * r.orderingErrors.length) : 0;
	return combine(quality, process, r.criticalErrors.length > 0);
}
