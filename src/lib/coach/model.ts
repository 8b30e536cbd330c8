/**
 * The coach's model and its reading of one reply. The model is a linear
 * classifier over the reply's features (features.ts) with one class per
 * technique and use (24), trained at build time (train.ts) and shipped as
 * a vocabulary with int8 weights. Reading a reply is a sparse dot product:
 * well under a millisecond.
 */
import { TECHNIQUES, type TechniqueId } from '../domain/casework.ts';
import { featuresOf } from './features.ts';
import { USES, type CoachLang, type Use } from './corpus.ts';

/** Class k is technique TECHNIQUES[k >> 1] used USES[k & 1]. */
export const CLASSES = TECHNIQUES.flatMap((t) => USES.map((u) => [t, u] as const));

export interface CoachModel {
	lang: CoachLang;
	/** Feature keys; feature i's weights are weights[i * CLASSES.length ...]. */
	vocab: string[];
	/** int8 weights, row by feature, as a base64 string (compact in the bundle). */
	weights: string;
	/** Multiply an int8 weight by this to get the trained weight. */
	scale: number;
	bias: number[];
	/** Below this probability for the top technique, the coach says it is not sure. */
	unsureBelow: number;
}

export interface Reading {
	/** Techniques with their probability, most likely first. */
	techniques: { id: TechniqueId; p: number }[];
	use: Use;
	/** Probability that the top technique is well used, given it is the one used. */
	pWell: number;
	unsure: boolean;
	/** Substrings of the reply that weigh most for the top technique, in reading order. */
	evidence: string[];
	/** Where each piece of evidence is in the reply: [start, end). */
	spans: [number, number][];
}

export interface LoadedModel {
	model: CoachModel;
	index: Map<string, number>;
	w: Int8Array;
}

export function load(model: CoachModel): LoadedModel {
	const bytes = atob(model.weights);
	const w = new Int8Array(bytes.length);
	for (let i = 0; i < bytes.length; i++) w[i] = (bytes.charCodeAt(i) << 24) >> 24;
	return { model, index: new Map(model.vocab.map((k, i) => [k, i])), w };
}

function softmax(z: number[]): number[] {
	const max = Math.max(...z);
	const e = z.map((x) => Math.exp(x - max));
	const sum = e.reduce((a, b) => a + b, 0);
	return e.map((x) => x / sum);
}

const K = CLASSES.length;

/** The techniques' probabilities for a reply, most likely first: what ranking needs, without the evidence. */
export function rank(m: LoadedModel, text: string, client = ''): { id: TechniqueId; p: number }[] {
	return scores(m, text, client).techniques;
}

function scores(m: LoadedModel, text: string, client: string) {
	const features = featuresOf(m.model.lang, text, client).filter((f) => m.index.has(f.key));
	const z = [...m.model.bias];
	// Each feature once, scaled as in training so long and short replies weigh alike.
	const v = m.model.scale / Math.sqrt(Math.max(1, features.length));
	for (const f of features) {
		const row = m.index.get(f.key)! * K;
		for (let k = 0; k < K; k++) z[k] += m.w[row + k] * v;
	}
	const p = softmax(z);
	const techniques = TECHNIQUES.map((id, t) => ({ id, p: p[2 * t] + p[2 * t + 1] })).sort((a, b) => b.p - a.p);
	return { features, p, techniques };
}

/** Reads a reply (already checked by input.ts). */
export function read(m: LoadedModel, text: string, client = ''): Reading {
	const { features, p, techniques } = scores(m, text, client);
	const top = TECHNIQUES.indexOf(techniques[0].id);
	const pWell = p[2 * top] / (p[2 * top] + p[2 * top + 1]);
	const known = features.filter((f) => f.spans.length).length;
	return {
		techniques,
		use: pWell >= 0.5 ? 'well' : 'misuse',
		pWell,
		unsure: techniques[0].p < m.model.unsureBelow || known < 2,
		...evidenceFor(m, text, features, top)
	};
}

/**
 * The words that earned the top technique: each character is scored by the
 * features covering it (their weight for that technique, over the other
 * techniques' average), and the best-scoring runs become the evidence.
 */
function evidenceFor(
	m: LoadedModel,
	text: string,
	features: ReturnType<typeof featuresOf>,
	top: number
): Pick<Reading, 'evidence' | 'spans'> {
	const score = new Float64Array(text.length);
	for (const f of features) {
		const row = m.index.get(f.key)! * K;
		let own = 0;
		let others = 0;
		for (let k = 0; k < K; k++) {
			if (k >> 1 === top) own = Math.max(own, m.w[row + k]);
			else others += m.w[row + k] / (K - 2);
		}
		const lift = own - others;
		if (lift <= 0) continue;
		for (const [a, b] of f.spans) for (let i = a; i < b; i++) score[i] += lift / (b - a);
	}
	const runs: { a: number; b: number; sum: number }[] = [];
	let i = 0;
	while (i < text.length) {
		if (score[i] <= 0) {
			i++;
			continue;
		}
		let b = i;
		let sum = 0;
		while (b < text.length && score[b] > 0) sum += score[b++];
		runs.push({ a: i, b, sum });
		i = b;
	}
	const best = runs.sort((x, y) => y.sum - x.sum).slice(0, 3);
	const floor = (best[0]?.sum ?? 0) / 4;
	const spans = best
		.filter((r) => r.sum >= floor)
		.sort((x, y) => x.a - y.a)
		.map((r) => trimSpan(text, r.a, r.b))
		.filter(([a, b]) => b - a > 1 || /\p{Script=Han}/u.test(text.slice(a, b)));
	return { spans, evidence: spans.map(([a, b]) => text.slice(a, b)) };
}

function trimSpan(text: string, a: number, b: number): [number, number] {
	while (a < b && /\s/.test(text[a])) a++;
	while (b > a && /\s/.test(text[b - 1])) b--;
	return [a, b];
}
