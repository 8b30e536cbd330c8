/**
 * No blind strategy earns a pass (issue #13, item 3): over every story and
 * locale, 200 seeded runs of each strategy (options in the shuffled order a
 * learner sees) score a mean total ≤ 60; picking by place or length does no
 * better than random + 10; the best option everywhere scores ≥ 95.
 * `npm run bench` prints the same table.
 */
import { describe, expect, it } from 'vitest';
import { BOUNDS, STRATEGIES, bestOption, outOfBounds, playRun, strategyRow } from '../../scripts/lib/strategies.ts';
import { StoryEngine } from '../../src/lib/engine/story-engine.ts';
import { SCENARIOS, storyJson } from '../helpers/stories.ts';

describe.each(SCENARIOS)('%s', (id) => {
	it.each(['zh-CN', 'en'] as const)(
		'%s: no blind strategy passes, and the model worker scores full marks or near',
		(locale) => {
			const row = strategyRow(storyJson(id, locale));
			expect(outOfBounds(row)).toEqual([]);
			expect(row.best).toBeGreaterThanOrEqual(BOUNDS.best);
		},
		180_000
	);
});

describe('the strategy harness', () => {
	const engine = new StoryEngine(storyJson(SCENARIOS[0], 'zh-CN'));
	it('is repeatable: the same seed plays the same run', () => {
		expect(playRun(engine, STRATEGIES.random, 7)).toBe(playRun(engine, STRATEGIES.random, 7));
	});
	it('sees the options in the shuffled order: "first on screen" is not always the written first', () => {
		const firsts = new Set<number>();
		const seen = (seed: number) =>
			playRun(
				engine,
				(shown) => {
					firsts.add(shown[0].index);
					return STRATEGIES['first on screen'](shown);
				},
				seed
			);
		for (let s = 1; s <= 5; s++) seen(s);
		expect(firsts.size).toBeGreaterThan(1);
	});
	it('would catch a cue: a story read by quality scores far above the bounds', () => {
		expect(playRun(engine, bestOption, 1)).toBeGreaterThan(BOUNDS.blindMean);
		expect(outOfBounds({ best: 100, means: { ...strategyRow(storyJson(SCENARIOS[0], 'zh-CN'), 5).means, longest: 90 } })).toContain(
			`longest 90 > ${BOUNDS.blindMean}`
		);
	});
});
