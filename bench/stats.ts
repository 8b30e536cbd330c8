/** Small statistics helpers for the bench. */

/** Nearest-rank percentile (p in 0..100) of a non-empty sample; NaN when empty. */
export function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The median as the 50th nearest-rank percentile, so it is always a measured value. */
export const median = (values: number[]) => percentile(values, 50);

/** Rounds to one decimal place, for JSON that stays readable. */
export const round1 = (n: number) => Math.round(n * 10) / 10;
