import { describe, expect, it } from 'vitest';
import { compileInk } from '../engine/compile.ts';
import { checkInkSource, storyHash, toCustomStory } from './custom-story.ts';

const head = '# title: 门\n# summary: s\n# minutes: 1\n# lang: zh-CN\n';

describe('checkInkSource on stories the audit cannot walk as usual', () => {
	it('refuses a looping story with its place, and does not offer it for play', { timeout: 30_000 }, () => {
		const c = checkInkSource(head + '-> loop\n=== loop ===\n-> loop\n', compileInk);
		expect(c).toMatchObject({ accepted: false, playable: false });
		expect(c.issues).toEqual([expect.objectContaining({ level: 'error', code: 'loop', where: 'loop', line: 6, source: '=== loop ===' })]);
	});

	it('accepts a story with too many states to walk, with sampled figures instead of none', () => {
		const src =
			head +
			'VAR n = 0\n-> round\n=== round ===\n~ n = n + 1\nRound {n}\n+ [Go on #phase:intake #quality:good]\n  ok #feedback\n  -> round\n+ [Stop #phase:intake #quality:best]\n  ok #feedback\n  End #ending:done\n  -> END\n';
		const c = checkInkSource(src, compileInk, { maxStates: 40 });
		expect(c.accepted).toBe(true);
		expect(c.issues.find((i) => i.code === 'too-many-states')?.level).toBe('warning');
		expect(c.stats).toMatchObject({ stopped: 'states', sampled: expect.any(Number) });
		expect(c.stats!.endings.map((e) => e.kind)).toEqual(['done']);
		expect(c.stats!.decisions.max).toBeGreaterThan(0);
	});

	it('passes the time limit and progress through, and says the walk stopped', () => {
		const src =
			head +
			'VAR n = 0\n-> round\n=== round ===\n~ n = n + 1\nRound {n}\n+ [Go on #phase:intake #quality:good]\n  ok #feedback\n  -> round\n+ [Again #phase:intake #quality:good]\n  ok #feedback\n  -> round\n+ [Stop #phase:intake #quality:best]\n  ok #feedback\n  End #ending:done\n  -> END\n';
		let clock = 0;
		const seen: number[] = [];
		const c = checkInkSource(src, compileInk, { timeLimitMs: 2000, now: () => (clock += 40), onProgress: (p) => seen.push(p.states) });
		expect(c.stats).toMatchObject({ stopped: 'time', seconds: 2 });
		expect(c.accepted).toBe(true);
		expect(seen.length).toBeGreaterThan(1);
	});

	it('saves a story without our tags as an unscored story', async () => {
		const c = checkInkSource(head + 'A door.\n* [Open it]\n  A room.\n  -> END\n* [Leave]\n  -> END\n', compileInk);
		expect(c).toMatchObject({ accepted: true, playable: true, unscored: true });
		expect(c.issues).toEqual([expect.objectContaining({ level: 'info', code: 'unscored' })]);
		const story = toCustomStory(c.json!, await storyHash(c.json!));
		expect(story.title).toBe('门');
	});

	it('reports an INCLUDE line with its number instead of compiling', () => {
		const c = checkInkSource(head + 'INCLUDE chapter2.ink\nHi\n-> END\n', compileInk);
		expect(c.accepted).toBe(false);
		expect(c.errors).toEqual([expect.objectContaining({ code: 'include', line: 5 })]);
	});
});
