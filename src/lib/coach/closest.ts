/**
 * Which scripted option is closest to what the learner typed: the same
 * technique counts most (the coach's reading of each), the same words
 * next (shared character pairs). Used to mark that option once the options
 * show, so the learner sees which written reply theirs resembles.
 */
import { normalise } from './features.ts';
import { rank, type LoadedModel } from './model.ts';

function pairs(text: string): Set<string> {
	const t = normalise(text).replace(/[\s"“”'‘’.,，。!！?？:：;；()（）]/g, '');
	const out = new Set<string>();
	for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2));
	return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
	if (!a.size || !b.size) return 0;
	let both = 0;
	for (const x of a) if (b.has(x)) both++;
	return both / (a.size + b.size - both);
}

/** The index (into `options`) of the option closest to `reply`; -1 when there are none. */
export function closestOption(model: LoadedModel, reply: string, options: readonly string[], client = ''): number {
	if (!options.length) return -1;
	const p = new Map(rank(model, reply, client).map((t) => [t.id, t.p]));
	const myPairs = pairs(reply);
	let best = 0;
	let bestScore = -Infinity;
	options.forEach((text, i) => {
		// Probability both name the same technique, from their two distributions.
		const same = rank(model, text, client).reduce((s, t) => s + t.p * (p.get(t.id) ?? 0), 0);
		const score = same + 0.5 * jaccard(myPairs, pairs(text));
		if (score > bestScore) [best, bestScore] = [i, score];
	});
	return best;
}
