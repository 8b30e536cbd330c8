/**
 * Targeted scenario tests: jump to a knot, check what is offered, and what
 * taking an option does to the score and to the client's memory.
 */
import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../src/lib/scoring/score.ts';
import { playFrom, storyJson } from '../helpers/stories.ts';
import { StoryEngine, type OfferedChoice } from '../../src/lib/engine/story-engine.ts';

const pick = (t: ReturnType<typeof playFrom>, k: number) => t.turns[k].choices[t.turns[k].chosen!];
/** The place of an option at `path` (options are listed in no telling order, so tests find them by what they say). */
const optionAt = (json: string, path: string, test: (c: OfferedChoice) => boolean, vars: Record<string, number | boolean> = {}) => {
	const i = playFrom(json, path, [], vars).turns[0].choices.findIndex(test);
	if (i < 0) throw new Error(`no such option at ${path}`);
	return i;
};

describe('Ms Wang', () => {
	const json = storyJson('elderly-wang', 'zh-CN');

	it('opens intake with four options, one of them a plan at the door', () => {
		const p = new StoryEngine(json).continue();
		expect(p.choices).toHaveLength(4);
		expect(p.choices.map((c) => c.tags.phase)).toContain('planning');
		expect(p.lines[0].phase).toBe('intake');
	});

	it('scores a plan offered at the door as "a plan before any assessment"', () => {
		const p = new StoryEngine(json).continue();
		const trap = p.choices.findIndex((c) => c.tags.phase === 'planning');
		const r = scoreTranscript(playFrom(json, 'intake.d01', [trap]));
		expect(r.orderingErrors[0]).toMatchObject({ kind: 'skipped-phase', phase: 'planning', skipped: ['intake', 'assessment'] });
	});

	it('planning offers goals set with her (best) and goals set for her (harmful)', () => {
		const t = playFrom(json, 'planning.d12', []);
		const options = t.turns[0].choices;
		expect(options).toHaveLength(4);
		expect(options.filter((c) => c.tags.quality === 'best')).toHaveLength(1);
		expect(options.some((c) => c.tags.quality === 'harmful' && c.tags.techniques.includes('suggestion'))).toBe(true);
		expect(options.some((c) => c.tags.phase === 'intervention')).toBe(true);
	});

	it('remembers trust: a close relationship meets closing with dependence, a cool one with complaint', () => {
		const warm = playFrom(json, 'closing.d24', [], { trust: 3 });
		expect(warm.turns[0].lines.some((l) => l.reaction === 'dependence')).toBe(true);
		const cool = playFrom(json, 'closing.d24', [], { trust: 0 });
		expect(cool.turns[0].lines.some((l) => l.reaction === 'complaint')).toBe(true);
	});

	it('an abrupt "last visit today" ends in a premature close', () => {
		const abrupt = optionAt(json, 'closing.d23', (c) => c.text.includes('今天是我最后一回来了'));
		const t = playFrom(json, 'closing.d23', [abrupt]);
		expect(pick(t, 0).tags.quality).toBe('harmful');
		expect(t.ending).toBe('premature-close');
	});
});

describe('Xiao Li', () => {
	const json = storyJson('truant-li', 'zh-CN');

	it('explaining the limits of confidentiality is best; promising total secrecy is harmful', () => {
		const t = playFrom(json, 'intake.confid', []);
		const best = t.turns[0].choices[optionAt(json, 'intake.confid', (c) => c.text.includes('有一种情况我不能保密'))];
		const promise = t.turns[0].choices[optionAt(json, 'intake.confid', (c) => c.text.includes('我保证'))];
		expect(best.tags).toMatchObject({ quality: 'best', techniques: ['information'] });
		expect(promise.tags.quality).toBe('harmful');
	});

	it('a promise of total secrecy backfires when a safety issue appears', () => {
		const tell = optionAt(json, 'intervention.safety', (c) => c.text.includes('带刀去打群架'), { trust: 2 });
		const kept = playFrom(json, 'intervention.safety', [tell], { trust: 2, secret_promise: false });
		const broken = playFrom(json, 'intervention.safety', [tell], { trust: 2, secret_promise: true });
		const liSays = (t: typeof kept) =>
			t.turns[1].lines
				.filter((l) => l.speaker === 'li')
				.map((l) => l.text)
				.join(' ');
		expect(liSays(broken)).toMatch(/骗我/);
		expect(liSays(kept)).not.toMatch(/骗我/);
	});
});

describe('The noise dispute', () => {
	const json = storyJson('noise-dispute', 'zh-CN');

	it('a joint meeting before both households are calm blows up', () => {
		const calm = playFrom(json, 'joint', [], { zhang_calm: true, li_calm: true });
		const hot = playFrom(json, 'joint', [], { zhang_calm: true, li_calm: false });
		expect(calm.turns[0].choices.some((c) => c.tags.techniques.includes('summarising'))).toBe(true);
		expect(hot.turns[0].lines.map((l) => l.text).join('')).not.toBe(calm.turns[0].lines.map((l) => l.text).join(''));
	});

	it('the joint meeting shows three or more speakers', () => {
		const engine = new StoryEngine(json);
		engine.continue();
		engine.story.variablesState['zhang_calm'] = true;
		engine.story.variablesState['li_calm'] = true;
		const speakers = new Set<string>();
		let p = engine.jumpTo('joint');
		for (let k = 0; k < 6 && !p.ended; k++) {
			p.lines.forEach((l) => l.speaker && speakers.add(l.speaker));
			p = engine.choose(p.choices.findIndex((c) => c.tags.quality === 'best'));
		}
		expect(speakers.size).toBeGreaterThanOrEqual(3);
	});
});
