/**
 * Trains the coach's model at build time from the corpus's train split:
 * multinomial logistic regression (24 classes: technique × use) with L2,
 * by AdaGrad over a seeded order, so one corpus always gives the same
 * bytes. A linear model over n-grams is what the corpus can support (about
 * a hundred replies per technique and language); it is small enough to
 * ship, fast enough to run on a phone, and its weights say which words
 * earned a reading. Not bundled: the site imports only the trained model.
 */
import { TECHNIQUES } from '../domain/casework.ts';
import { mulberry32 } from '../quiz/random.ts';
import { featuresOf } from './features.ts';
import { CLASSES, load, rank, type CoachModel } from './model.ts';
import type { CoachLang, CorpusLine } from './corpus.ts';

export interface TrainOptions {
	epochs: number;
	rate: number;
	l2: number;
	/** Keep the features that occur at least this often in the train split. */
	minCount: number;
	/** Then keep this many, those with the largest weights. */
	maxFeatures: number;
	/** int8 weights of at most this size are stored as 0. */
	prune: number;
	/** Share of held-out replies the coach may call "not sure" (sets unsureBelow by cross-validation). */
	unsureShare: number;
}

export const DEFAULTS: TrainOptions = { epochs: 40, rate: 0.5, l2: 1e-4, minCount: 2, maxFeatures: 5000, prune: 6, unsureShare: 0.08 };

const K = CLASSES.length;
const classOf = (l: CorpusLine) => TECHNIQUES.indexOf(l.technique) * 2 + (l.use === 'well' ? 0 : 1);

interface Dense {
	vocab: string[];
	w: Float64Array;
	bias: Float64Array;
}

function fit(lines: readonly CorpusLine[], lang: CoachLang, o: TrainOptions, only?: readonly string[]): Dense {
	const counts = new Map<string, number>();
	const rows = lines.map((l) => featuresOf(lang, l.text, l.client).map((f) => f.key));
	for (const keys of rows) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
	const vocab = only
		? [...only]
		: [...counts]
				.filter(([, n]) => n >= o.minCount)
				.map(([k]) => k)
				.sort();
	const index = new Map(vocab.map((k, i) => [k, i]));
	const X = rows.map((keys) => keys.flatMap((k) => (index.has(k) ? [index.get(k)!] : [])));
	const y = lines.map(classOf);
	const w = new Float64Array(vocab.length * K);
	const g2 = new Float64Array(vocab.length * K).fill(1e-8);
	const bias = new Float64Array(K);
	const b2 = new Float64Array(K).fill(1e-8);
	const rng = mulberry32(0x5eed);
	const order = X.map((_, i) => i);
	const z = new Float64Array(K);
	for (let epoch = 0; epoch < o.epochs; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(rng() * (i + 1));
			[order[i], order[j]] = [order[j], order[i]];
		}
		for (const n of order) {
			const x = X[n];
			// Each feature counts once, scaled so long and short replies weigh alike.
			const v = 1 / Math.sqrt(Math.max(1, x.length));
			for (let k = 0; k < K; k++) {
				let s = bias[k];
				for (const f of x) s += w[f * K + k] * v;
				z[k] = s;
			}
			let max = -Infinity;
			for (let k = 0; k < K; k++) max = Math.max(max, z[k]);
			let sum = 0;
			for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k] - max);
			for (let k = 0; k < K; k++) {
				const grad = z[k] / sum - (k === y[n] ? 1 : 0);
				for (const f of x) {
					const at = f * K + k;
					const g = grad * v + o.l2 * w[at];
					g2[at] += g * g;
					w[at] -= (o.rate * g) / Math.sqrt(g2[at]);
				}
				b2[k] += grad * grad;
				bias[k] -= (o.rate * grad) / Math.sqrt(b2[k]);
			}
		}
	}
	return { vocab, w, bias };
}

/** The strongest features of a first fit: the second fit, the one shipped, uses only these, so it reads replies as it was trained. */
function strongest(d: Dense, n: number): string[] {
	const strength = d.vocab.map((_, i) => {
		let m = 0;
		for (let k = 0; k < K; k++) m = Math.max(m, Math.abs(d.w[i * K + k]));
		return m;
	});
	return d.vocab
		.map((_, i) => i)
		.sort((a, b) => strength[b] - strength[a] || (d.vocab[a] < d.vocab[b] ? -1 : 1))
		.slice(0, n)
		.map((i) => d.vocab[i])
		.sort();
}

/** Stored as int8 with one scale: a quarter of float32's bytes, and the weights lose nothing that changes a reading. */
function pack(d: Dense, lang: CoachLang, prune: number, unsureBelow: number): CoachModel {
	let max = 1e-9;
	for (const x of d.w) max = Math.max(max, Math.abs(x));
	const scale = max / 127;
	let bytes = '';
	for (const x of d.w) {
		const q = Math.round(x / scale);
		// The weakest weights change no reading; as zeros they cost next to nothing gzipped.
		bytes += String.fromCharCode((Math.abs(q) <= prune ? 0 : q) & 0xff);
	}
	return { lang, vocab: d.vocab, weights: btoa(bytes), scale, bias: [...d.bias], unsureBelow };
}

function fitAndPack(lines: readonly CorpusLine[], lang: CoachLang, o: TrainOptions, unsureBelow: number): CoachModel {
	const first = fit(lines, lang, o);
	return pack(
		first.vocab.length > o.maxFeatures ? fit(lines, lang, o, strongest(first, o.maxFeatures)) : first,
		lang,
		o.prune,
		unsureBelow
	);
}

/** Probability of the top technique for each held-out reply, by k-fold cross-validation on the train split. */
function heldOutConfidence(lines: readonly CorpusLine[], lang: CoachLang, o: TrainOptions, folds = 4): number[] {
	const out: number[] = [];
	for (let f = 0; f < folds; f++) {
		const train = lines.filter((_, i) => i % folds !== f);
		const model = load(fitAndPack(train, lang, o, 0));
		for (const l of lines.filter((_, i) => i % folds === f)) out.push(rank(model, l.text, l.client)[0].p);
	}
	return out.sort((a, b) => a - b);
}

export function train(corpus: readonly CorpusLine[], lang: CoachLang, options: Partial<TrainOptions> = {}): CoachModel {
	const o = { ...DEFAULTS, ...options };
	const lines = corpus.filter((l) => l.lang === lang && l.split === 'train');
	const confidence = heldOutConfidence(lines, lang, o);
	const unsureBelow = confidence[Math.floor(confidence.length * o.unsureShare)] ?? 0;
	return fitAndPack(lines, lang, o, unsureBelow);
}
