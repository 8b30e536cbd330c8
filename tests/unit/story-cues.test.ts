/**
 * No blind cue in the stories themselves (issue #13, item 2): across the
 * decisions of each story and locale, the best option is listed first in at
 * most 35% and is uniquely the longest (characters as displayed) in at most 30%.
 */
import { describe, expect, it } from 'vitest';
import { StoryEngine, type OfferedChoice } from '../../src/lib/engine/story-engine.ts';
import { SCENARIOS, storyJson } from '../helpers/stories.ts';

interface Cues {
	decisions: number;
	bestFirst: number;
	bestLongest: number;
}

/** Every distinct decision (set of options offered) reachable in the story, keyed by the options' source paths. */
function decisions(json: string): OfferedChoice[][] {
	const engine = new StoryEngine(json);
	const found = new Map<string, OfferedChoice[]>();
	const seen = new Set<string>();
	const pending: { state: string; choices: OfferedChoice[] }[] = [];
	const visit = (choices: OfferedChoice[]) => {
		const state = engine.snapshot();
		const decision = choices.map((c) => c.sourcePath).join('|');
		const key = JSON.stringify([decision, JSON.parse(state).variablesState]);
		if (seen.has(key)) return;
		seen.add(key);
		if (!found.has(decision)) found.set(decision, choices);
		pending.push({ state, choices });
	};
	const first = engine.continue();
	if (!first.ended) visit(first.choices);
	while (pending.length) {
		const node = pending.pop()!;
		for (const c of node.choices) {
			engine.restore(node.state);
			const next = engine.choose(c.index);
			if (!next.ended) visit(next.choices);
		}
		if (seen.size > 20000) throw new Error('too many states to walk');
	}
	return [...found.values()];
}

function cues(json: string): Cues {
	const out: Cues = { decisions: 0, bestFirst: 0, bestLongest: 0 };
	for (const options of decisions(json)) {
		const best = options.findIndex((c) => c.tags.quality === 'best');
		if (best < 0) continue;
		out.decisions++;
		if (best === 0) out.bestFirst++;
		const lengths = options.map((c) => [...c.text].length);
		if (lengths.every((l, i) => i === best || l < lengths[best])) out.bestLongest++;
	}
	return out;
}

describe.each(SCENARIOS)('%s', (id) => {
	it.each(['zh-CN', 'en'] as const)(
		'%s: the best option is not given away by its place or its length',
		(locale) => {
			const c = cues(storyJson(id, locale));
			const pct = (n: number) => Math.round((100 * n) / c.decisions);
			console.info(
				`${id}/${locale}: ${c.decisions} decisions, best first ${pct(c.bestFirst)}%, best uniquely longest ${pct(c.bestLongest)}%`
			);
			expect(c.decisions).toBeGreaterThanOrEqual(20);
			expect(c.bestFirst / c.decisions).toBeLessThanOrEqual(0.35);
			expect(c.bestLongest / c.decisions).toBeLessThanOrEqual(0.3);
		},
		120_000
	);
});
