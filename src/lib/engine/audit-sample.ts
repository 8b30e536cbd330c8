/**
 * Figures for a story too large to walk every path of: random playthroughs
 * from a fixed seed (so a check is repeatable), within a time budget. The
 * report says they are sampled; "Decisions 0–0, Endings none" said nothing.
 */
import type { AuditReport } from './audit-report.ts';
import { findEnding } from './replay.ts';
import type { Passage, StoryEngine } from './story-engine.ts';
import { mulberry32 } from '../quiz/random.ts';

const MAX_RUNS = 300;
/** A playthrough longer than this is abandoned (a story that can go round for ever). */
const MAX_DECISIONS = 1000;

/**
 * Plays up to 300 random runs from `start` until `deadline` and writes the
 * decision counts and endings they reached into `out`, with `out.sampled`.
 */
export function sampleRuns(
	engine: StoryEngine,
	start: string,
	opening: Passage,
	out: AuditReport,
	deadline: number,
	now: () => number,
	seed: number
): void {
	const random = mulberry32(seed);
	const endings: AuditReport['endings'] = {};
	let runs = 0;
	while (runs < MAX_RUNS && (runs === 0 || now() < deadline)) {
		runs++;
		engine.restore(start);
		let passage = opening;
		let n = 0;
		try {
			while (!passage.ended && n < MAX_DECISIONS) {
				const c = passage.choices[Math.floor(random() * passage.choices.length)];
				passage = engine.choose(c.index);
				n++;
			}
		} catch {
			continue;
		}
		const ending = passage.ended ? findEnding(passage.lines) : undefined;
		if (!ending) continue;
		const e = endings[ending];
		endings[ending] = e
			? { minDecisions: Math.min(e.minDecisions, n), maxDecisions: Math.max(e.maxDecisions, n) }
			: { minDecisions: n, maxDecisions: n };
	}
	const all = Object.values(endings);
	out.endings = endings;
	out.minDecisions = all.length ? Math.min(...all.map((e) => e.minDecisions)) : 0;
	out.maxDecisions = all.length ? Math.max(...all.map((e) => e.maxDecisions)) : 0;
	out.sampled = runs;
}
