/**
 * Blind strategies: ways to pick an option without reading it (issue #13,
 * item 3). Each plays a story from the start, sees the options in the order
 * a learner would (shuffled by the run's seed), and picks by a cue alone. If
 * any of them scores like a learner who reads, the score is not measuring
 * judgement. Shared by the strategy test and `npm run bench`.
 */
import { bestOf } from '../../src/lib/engine/audit-best.ts';
import { displayOrder, seedForDecision } from '../../src/lib/engine/option-order.ts';
import { transcriptOf } from '../../src/lib/engine/replay.ts';
import { StoryEngine, type OfferedChoice, type Passage } from '../../src/lib/engine/story-engine.ts';
import { mulberry32 } from '../../src/lib/quiz/random.ts';
import { scoreTranscript } from '../../src/lib/scoring/score.ts';

export type Pick = (shown: OfferedChoice[], random: () => number) => OfferedChoice;

const chars = (c: OfferedChoice) => [...c.text].length;
const anyOf = (list: OfferedChoice[], random: () => number) => list[Math.floor(random() * list.length)];
/** The options that share the highest `score`, one of them at random. */
const top = (shown: OfferedChoice[], score: (c: OfferedChoice) => number, random: () => number) => {
	const best = Math.max(...shown.map(score));
	return anyOf(
		shown.filter((c) => score(c) === best),
		random
	);
};

export const STRATEGIES = {
	'first on screen': (shown) => shown[0],
	longest: (shown, random) => top(shown, chars, random),
	shortest: (shown, random) => top(shown, (c) => -chars(c), random),
	'most technique tags': (shown, random) => top(shown, (c) => c.tags.techniques.length, random),
	'empathy when offered': (shown, random) => {
		const empathic = shown.filter((c) => c.tags.techniques.includes('empathy'));
		return anyOf(empathic.length ? empathic : shown, random);
	},
	random: (shown, random) => anyOf(shown, random)
} satisfies Record<string, Pick>;
export type StrategyName = keyof typeof STRATEGIES;

/** The model worker: a best option wherever there is one. */
export const bestOption: Pick = (shown) => bestOf(shown);

/** Plays one run with `pick`; the run's option order and the strategy's tie-breaks both come from `seed`. */
export function playRun(engine: StoryEngine, pick: Pick, seed: number): number {
	engine.reset();
	const random = mulberry32(seed ^ 0x9e3779b9);
	const passages: Passage[] = [engine.continue()];
	const choices: number[] = [];
	while (!passages.at(-1)!.ended) {
		const k = choices.length;
		const shown = displayOrder(passages[k].choices, seedForDecision(seed, k));
		const chosen = pick(shown, random).index;
		choices.push(chosen);
		passages.push(engine.choose(chosen));
		if (k > 500) throw new Error('no ending within 500 decisions');
	}
	return scoreTranscript(transcriptOf(passages, choices)).total;
}

export interface StrategyFigures {
	mean: number;
	min: number;
	max: number;
}

/** Mean, lowest and highest total of `runs` seeded runs. */
export function playMany(json: string, pick: Pick, runs = 200): StrategyFigures {
	const engine = new StoryEngine(json);
	const totals = Array.from({ length: runs }, (_, i) => playRun(engine, pick, i + 1));
	const mean = totals.reduce((a, b) => a + b, 0) / runs;
	return { mean: Math.round(mean * 10) / 10, min: Math.min(...totals), max: Math.max(...totals) };
}

/** Issue #13's bounds: no blind strategy passes, position and length do no better than chance, the model worker scores full marks or near. */
export const BOUNDS = { blindMean: 60, overRandom: 10, best: 95 } as const;
/** The strategies that read only where an option sits or how long it is. */
export const CUE_STRATEGIES: StrategyName[] = ['first on screen', 'longest', 'shortest'];

export interface StrategyRow {
	best: number;
	means: Record<StrategyName, number>;
}

/** The best path's total and every strategy's mean over `runs` seeded runs of one compiled story. */
export function strategyRow(json: string, runs = 200): StrategyRow {
	const means = {} as Record<StrategyName, number>;
	for (const name of Object.keys(STRATEGIES) as StrategyName[]) means[name] = playMany(json, STRATEGIES[name], runs).mean;
	return { best: playMany(json, bestOption, 1).mean, means };
}

/** What in `row` breaks the bounds, in words; empty when all hold. */
export function outOfBounds(row: StrategyRow): string[] {
	const out: string[] = [];
	if (row.best < BOUNDS.best) out.push(`best path ${row.best} < ${BOUNDS.best}`);
	for (const [name, mean] of Object.entries(row.means) as [StrategyName, number][]) {
		if (mean > BOUNDS.blindMean) out.push(`${name} ${mean} > ${BOUNDS.blindMean}`);
		const chance = row.means.random + BOUNDS.overRandom;
		if (CUE_STRATEGIES.includes(name) && mean > chance) out.push(`${name} ${mean} > random + ${BOUNDS.overRandom} (${chance})`);
	}
	return out;
}
