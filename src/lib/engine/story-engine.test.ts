import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { compileInk } from './compile.ts';
import { StoryEngine, StoryLoadError, StoryLoopError, StoryRuntimeError } from './story-engine.ts';
import { replay, ReplayError } from './replay.ts';

describe('StoryEngine', () => {
	const json = MINI.zh();

	it('reads global tags and keeps them out of the first line', () => {
		const e = new StoryEngine(json);
		expect(e.globals).toMatchObject({ title: '测试小案例', lang: 'zh-CN', cast: { client: '服务对象' } });
		const p = e.continue();
		expect(p.lines[0]).toMatchObject({ text: '你走进服务对象的家。', phase: 'intake' });
		expect(p.lines[0].tags.problems).toEqual([]);
		expect(p.lines[1]).toMatchObject({ text: '“你是谁？”', speaker: 'client' });
	});

	it('offers the choices with parsed tags', () => {
		const p = new StoryEngine(json).continue();
		expect(p.ended).toBe(false);
		expect(p.choices.map((c) => [c.index, c.tags.phase, c.tags.quality])).toEqual([
			[0, 'intake', 'best'],
			[1, 'planning', 'harmful'],
			[2, 'intake', 'weak']
		]);
		expect(p.choices[2].tags.techniques).toEqual(['empathy', 'clarification']);
	});

	it('choose returns the feedback and the next passage, shaped by story variables', () => {
		const e = new StoryEngine(json);
		e.continue();
		const p = e.choose(0);
		expect(p.lines[0]).toMatchObject({ feedback: true });
		expect(p.lines.find((l) => l.speaker === 'client')?.text).toBe('“好吧，我说说。”');
		const other = new StoryEngine(json);
		other.continue();
		expect(other.choose(2).lines.find((l) => l.speaker === 'client')?.text).toBe('“没什么好说的。”');
	});

	it('rejects a choice that is not offered', () => {
		const e = new StoryEngine(json);
		e.continue();
		expect(() => e.choose(7)).toThrow(StoryRuntimeError);
		expect(() => e.choose(-1)).toThrow(StoryRuntimeError);
	});

	it('snapshot and restore return to the same decision', () => {
		const e = new StoryEngine(json);
		e.continue();
		e.choose(0);
		const saved = e.snapshot();
		const a = e.choose(0);
		e.restore(saved);
		expect(e.choices().map((c) => c.text)).toEqual(['“我们一起看看您身边有哪些支持。”', '“我来结案吧。”', '转介到医院的长期照护服务。']);
		expect(e.choose(0)).toEqual(a);
	});

	it('jumps to a knot', () => {
		const p = new StoryEngine(json).jumpTo('closing');
		expect(p.lines[0]).toMatchObject({ phase: 'closing' });
		expect(p.choices).toHaveLength(2);
	});

	it('reports a story that is not compiled ink as a load error', () => {
		expect(() => new StoryEngine('{"garbage": true')).toThrow(StoryLoadError);
		expect(() => new StoryEngine('{"inkVersion": 1}')).toThrow(StoryLoadError);
	});

	it('ends with the ending tag and no choices', () => {
		const t = replay(json, [0, 0, 0, 0, 0]);
		expect(t.ended).toBe(true);
		expect(t.ending).toBe('well-closed');
		expect(t.turns).toHaveLength(6);
		expect(t.turns.slice(0, 5).every((x) => x.chosen === 0)).toBe(true);
	});
});

describe('replay', () => {
	const json = MINI.zh();
	it('is deterministic', () => {
		expect(replay(json, [2, 0, 1, 0, 1])).toEqual(replay(json, [2, 0, 1, 0, 1]));
	});
	it('names the first decision that does not fit', () => {
		try {
			replay(json, [0, 0, 5]);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ReplayError);
			expect((e as ReplayError).validPrefix).toBe(2);
		}
	});
	it('stops at the ending and refuses choices after it', () => {
		expect(() => replay(json, [0, 1, 0])).toThrow(ReplayError);
		expect(replay(json, [0, 1]).ending).toBe('premature-close');
	});
});

describe('the step limit', () => {
	const compile = (source: string) => {
		const r = compileInk(source);
		if (!r.json) throw new Error(r.errors.map((e) => e.message).join('\n'));
		return r.json;
	};

	it('stops a story that diverts in a circle, naming where, and leaves the engine usable', () => {
		const json = compile('Hello.\n* [Go] -> loop\n* [Stay] Fine. -> END\n=== loop ===\n-> loop\n');
		const e = new StoryEngine(json);
		e.continue();
		let error: unknown;
		try {
			e.choose(0);
		} catch (err) {
			error = err;
		}
		expect(error).toBeInstanceOf(StoryLoopError);
		expect(error).toBeInstanceOf(StoryRuntimeError);
		expect((error as StoryLoopError).at).toMatch(/^loop/);
		e.reset();
		expect(e.continue().choices.map((c) => c.text)).toEqual(['Go', 'Stay']);
		expect(e.choose(1).lines[0].text).toBe('Fine.');
	});

	it('stops a loop that prints forever before any choice', () => {
		const json = compile('-> loop\n=== loop ===\nAgain.\n-> loop\n');
		expect(() => new StoryEngine(json).continue()).toThrow(StoryLoopError);
	});

	it('a replay through the loop fails as a replay error at that decision', () => {
		const json = compile('Hello.\n* [Go] -> loop\n* [Stay] -> END\n=== loop ===\n-> loop\n');
		expect(() => replay(json, [0])).toThrow(/circle/);
		expect(replay(json, [1]).ended).toBe(true);
	});

	it('stops a story that tunnels into itself by its nesting, quickly, and says which limit stopped it', () => {
		const json = compile('-> deeper ->\n=== deeper ===\nDown.\n-> deeper ->\n->->\n');
		const started = performance.now();
		let error: unknown;
		try {
			new StoryEngine(json).continue();
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(StoryLoopError);
		expect((error as StoryLoopError).limit).toBe('nesting');
		expect((error as Error).message).toMatch(/nested more than 1,000 deep at deeper/);
		expect(performance.now() - started).toBeLessThan(10_000);
	});

	it('lets long but finite passages through', () => {
		const json = compile('~ temp n = 0\n- (top)\n~ n = n + 1\n{n < 2000: -> top}\nDone {n}.\n-> END\n');
		expect(new StoryEngine(json).continue().lines.map((l) => l.text)).toEqual(['Done 2000.']);
	});
});
