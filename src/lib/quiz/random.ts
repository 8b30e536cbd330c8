/**
 * Seeded randomness for the quiz: every draw takes an `rng` parameter, so a
 * paper can be rebuilt from its seed and tests are reproducible. Nothing here
 * reads Math.random.
 */

/** A source of numbers in [0, 1), like Math.random. */
export type Rng = () => number;

/**
 * mulberry32: a tiny 32-bit PRNG. Good enough for shuffling quiz items (it is
 * not for anything security-related) and identical on every JS engine, which
 * is what makes a seed reproduce the same paper everywhere.
 */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** An integer in [0, n). Throws on an rng that leaves [0, 1), which would bias or break draws silently. */
export function randomInt(rng: Rng, n: number): number {
	const r = rng();
	if (!(r >= 0 && r < 1)) throw new RangeError(`rng returned ${r}; expected a number in [0, 1)`);
	return Math.floor(r * n);
}

/** A shuffled copy (Fisher–Yates); the input is left alone. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** `k` distinct elements drawn without replacement, in draw order (a partial Fisher–Yates). */
export function sample<T>(items: readonly T[], k: number, rng: Rng): T[] {
	if (k > items.length) throw new RangeError(`cannot draw ${k} from ${items.length}`);
	const pool = items.slice();
	for (let i = 0; i < k; i++) {
		const j = i + randomInt(rng, pool.length - i);
		[pool[i], pool[j]] = [pool[j], pool[i]];
	}
	return pool.slice(0, k);
}
