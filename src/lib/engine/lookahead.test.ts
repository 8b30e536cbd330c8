import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { SCENARIOS, storyJson } from '../../../tests/helpers/stories.ts';
import { lookahead } from './lookahead.ts';
import { StoryEngine } from './story-engine.ts';

/** Plays a path through `json`, looking ahead at every option of every decision on the way. */
function walkLookingAhead(json: string, pick: (k: number, n: number) => number) {
	const looking = new StoryEngine(json);
	const plain = new StoryEngine(json);
	const fresh = new StoryEngine(json);
	fresh.continue();
	let passage = looking.continue();
	expect(plain.continue()).toEqual(passage);
	for (let k = 0; !passage.ended; k++) {
		const before = looking.snapshot();
		for (const c of passage.choices) {
			fresh.restore(plain.snapshot());
			expect(lookahead(looking, c.index), `decision ${k + 1}, option ${c.index}`).toEqual(fresh.choose(c.index));
		}
		// Looking ahead changed nothing: the state and the real choice are what they are without it.
		expect(looking.snapshot()).toBe(before);
		const index = passage.choices[pick(k, passage.choices.length)].index;
		passage = looking.choose(index);
		expect(plain.choose(index)).toEqual(passage);
	}
	return passage;
}

describe('lookahead', () => {
	it('shows what each option leads to and leaves the story where it was', () => {
		const e = new StoryEngine(MINI.zh());
		const opening = e.continue();
		const state = e.snapshot();
		const next = lookahead(e, 1);
		expect(next.lines.some((l) => l.feedback)).toBe(true);
		expect(e.snapshot()).toBe(state);
		expect(e.choices()).toEqual(opening.choices);
	});

	it('puts the story back when the choice throws', () => {
		const e = new StoryEngine(MINI.zh());
		e.continue();
		const state = e.snapshot();
		expect(() => lookahead(e, 99)).toThrow(/not offered/);
		expect(e.snapshot()).toBe(state);
	});

	it.each(SCENARIOS.flatMap((id) => (['zh-CN', 'en'] as const).map((locale) => [id, locale] as const)))(
		'%s (%s): looking ahead at every option changes no path',
		(id, locale) => {
			const json = storyJson(id, locale);
			expect(walkLookingAhead(json, () => 0).ended).toBe(true);
			expect(walkLookingAhead(json, (k, n) => (k * 7 + 3) % n).ended).toBe(true);
		}
	);
});
