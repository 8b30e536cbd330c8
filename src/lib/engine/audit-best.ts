/**
 * The path an author means as the model answer: the best option at every
 * decision, scored by the real rules. When that path itself breaks the
 * casework order (the last best choice is a follow-up straight after an
 * evaluation, skipping closing), no learner can reach full marks, and the
 * author should hear so before a class does.
 */
import type { Quality } from '../domain/casework.ts';
import { scoreTranscript } from '../scoring/score.ts';
import type { OrderingError } from '../scoring/ordering.ts';
import { findEnding, type Transcript, type Turn } from './replay.ts';
import type { OfferedChoice, Passage, StoryEngine } from './story-engine.ts';

/** Decisions followed at most: a best path that comes round in a circle is cut here. */
const MAX_DECISIONS = 500;
const RANK: Record<Quality, number> = { best: 0, good: 1, weak: 2, harmful: 3 };

export interface BestPathFinding {
	error: OrderingError;
	/** The choice the error is charged to. */
	choice: OfferedChoice;
	/** Decision number on the best path, 1-based. */
	n: number;
}

export interface BestPath {
	total: number;
	findings: BestPathFinding[];
}

/** The model worker's pick: the first best option in the order given, else the first good one, and so on. */
export const bestOf = <T extends Pick<OfferedChoice, 'tags'>>(choices: readonly T[]): T =>
	[...choices].sort((a, b) => RANK[a.tags.quality ?? 'harmful'] - RANK[b.tags.quality ?? 'harmful'])[0];

/**
 * Follows the best option from `opening` (the engine's state at the start)
 * to an ending. undefined when the path fails (the audit reports that itself).
 */
export function bestPath(engine: StoryEngine, start: string, opening: Passage): BestPath | undefined {
	engine.restore(start);
	const turns: Turn[] = [];
	let passage = opening;
	try {
		while (!passage.ended && turns.length < MAX_DECISIONS) {
			const choice = bestOf(passage.choices);
			turns.push({ lines: passage.lines, choices: passage.choices, chosen: choice.index });
			passage = engine.choose(choice.index);
		}
	} catch {
		return undefined;
	}
	turns.push({ lines: passage.lines, choices: passage.choices });
	const transcript: Transcript = { turns, ended: passage.ended, ending: findEnding(passage.lines) };
	const run = scoreTranscript(transcript);
	const chosen = turns.slice(0, -1).map((t) => t.choices.find((c) => c.index === t.chosen)!);
	return {
		total: run.total,
		findings: run.orderingErrors.map((error) => ({ error, choice: chosen[error.decision - 1], n: error.decision }))
	};
}

/** The finding in the author's terms: which decision, which choice, what rule. */
export function describeFinding(f: BestPathFinding): string {
	const what = `Decision ${f.n} on the best path, "${f.choice.text}" (#phase:${f.choice.tags.phase ?? '?'})`;
	const e = f.error;
	switch (e.kind) {
		case 'skipped-phase':
			return `${what}, comes out of order: the case had reached ${e.from ?? 'no phase yet'}, and ${e.skipped.join(', ') || 'the phase before it'} was not done first. Every learner who plays the best options loses points here.`;
		case 'missing-evaluation':
			return `${what}, closes the case with no evaluation choice before it. Every learner who plays the best options loses points here.`;
		case 'missing-follow-up':
			return `${what}, closes the case, and the best path ends without a follow-up choice after it. Every learner who plays the best options loses points here.`;
	}
}
