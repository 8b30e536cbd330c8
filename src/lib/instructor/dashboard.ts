/** Pure helpers behind the class dashboard: rows, sorting, class averages, CSV. */
import { FAMILIES, TECHNIQUES, type TechniqueId } from '../domain/casework.ts';
import type { Tally } from '../scoring/score.ts';
import { toCsv } from './csv.ts';
import type { FailedCheck } from './record-checks.ts';
import type { ResultPackage } from './result.ts';
import type { Verification } from './verify.ts';

/**
 * `verified`: the replay reproduces every claimed figure and every record
 * check passes; `checks-failed`: the replay agrees but a record check does
 * not (record-checks.ts); `mismatch`: the replay disagrees or cannot be made;
 * `unknown-story`: the story version is not known here, so nothing is checked.
 */
export type Status = 'verified' | 'checks-failed' | 'mismatch' | 'unknown-story';

export interface ClassRow {
	key: string;
	pkg: ResultPackage;
	check: Verification;
	/** The record checks it fails, conflicts with other copies included. */
	failed: FailedCheck[];
	status: Status;
	minutes: number;
}

export type SortKey = 'learner' | 'scenario' | 'mode' | 'score' | 'orderingErrors' | 'verdict' | 'minutes' | 'finishedAt';

export function statusOf(check: Verification, failed: readonly FailedCheck[]): Status {
	if (check.verdict !== 'verified') return check.verdict;
	return failed.length ? 'checks-failed' : 'verified';
}

export function toRow(key: string, pkg: ResultPackage, check: Verification, failed: FailedCheck[] = []): ClassRow {
	const ms = Date.parse(pkg.finishedAt) - Date.parse(pkg.startedAt);
	return {
		key,
		pkg,
		check,
		failed,
		status: statusOf(check, failed),
		minutes: Number.isFinite(ms) ? Math.max(0, Math.round(ms / 60000)) : 0
	};
}

/** One attempt, however many copies of it arrive: the same case, story version, start and choices. */
export function attemptOf(pkg: ResultPackage): string {
	return `${pkg.scenarioId}|${pkg.storyHash}|${pkg.startedAt}|${pkg.choices.join('.')}`;
}

/**
 * Marks copies of one attempt that disagree (another learner's name, other
 * claimed scores, another mode): none of them is trusted over the others.
 * Rows are keyed by content, so identical copies are one row already.
 */
export function withConflicts(rows: readonly ClassRow[]): ClassRow[] {
	const attempts = rows.map((r) => attemptOf(r.pkg));
	const copies = new Map<string, number>();
	for (const a of attempts) copies.set(a, (copies.get(a) ?? 0) + 1);
	return rows.map((r, i) => {
		const others = copies.get(attempts[i])! - 1;
		const failed: FailedCheck[] = r.failed.filter((f) => f.check !== 'conflict');
		if (others > 0) failed.push({ check: 'conflict', copies: others });
		return failed.length === r.failed.length && failed.every((f, k) => f === r.failed[k])
			? r
			: { ...r, failed, status: statusOf(r.check, failed) };
	});
}

/** The score the table shows: the replay's, never the package's own claim. */
export function replayedTotal(r: ClassRow): number | undefined {
	return r.check.result?.total;
}

const VERDICT_ORDER: Record<Status, number> = { mismatch: 0, 'checks-failed': 1, 'unknown-story': 2, verified: 3 };

export function sortRows(rows: readonly ClassRow[], key: SortKey, ascending: boolean, locale: string): ClassRow[] {
	const value = (r: ClassRow): string | number => {
		switch (key) {
			case 'learner':
				return r.pkg.learner;
			case 'scenario':
				return r.pkg.scenarioId;
			case 'mode':
				return r.pkg.mode;
			// A row with no replay sorts below every replayed one.
			case 'score':
				return replayedTotal(r) ?? -1;
			case 'orderingErrors':
				return r.check.result?.orderingErrors.length ?? -1;
			case 'verdict':
				return VERDICT_ORDER[r.status];
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
 * that the replay did not reproduce, or a result that fails a record check,
 * must not move the class figures.
 */
export function classAverages(rows: readonly ClassRow[]): Partial<Record<TechniqueId, Tally>> {
	const sums = new Map<TechniqueId, { total: number; count: number }>();
	for (const r of rows) {
		if (r.status !== 'verified' || !r.check.result) continue;
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

/**
 * The figures are the replay's (empty when there is none); the package's own
 * claim is kept beside them, and `checks_failed` names every failed check.
 */
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
			'status',
			'checks_failed',
			'claimed_total',
			'minutes',
			'started_at',
			'finished_at',
			'story_version'
		],
		rows.map((r) => {
			const res = r.check.result;
			return [
				r.pkg.learner,
				r.pkg.assignmentId,
				r.pkg.scenarioId,
				r.pkg.locale,
				r.pkg.mode,
				res?.total,
				res?.quality,
				res?.process,
				...FAMILIES.map((f) => res?.families[f]?.score),
				res?.orderingErrors.length,
				res?.ending,
				r.status,
				[...(r.check.verdict === 'mismatch' ? ['replay'] : []), ...r.failed.map((f) => f.check)].join(' '),
				r.pkg.scores.total,
				r.minutes,
				r.pkg.startedAt,
				r.pkg.finishedAt,
				r.pkg.storyHash
			];
		})
	);
}
