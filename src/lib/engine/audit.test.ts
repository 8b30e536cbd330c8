import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { auditStory, compareSkeletons } from './audit.ts';
import { compileInk } from './compile.ts';

const compile = (src: string) => {
	const r = compileInk(src, 't.ink');
	if (!r.json) throw new Error(JSON.stringify(r.errors));
	return r.json;
};
const head = '# title: T\n# summary: s\n# minutes: 1\n# lang: zh-CN\n';

describe('auditStory', () => {
	it('passes a story that follows the contract and walks every path', () => {
		const r = auditStory(MINI.zh(), { source: MINI.source() });
		// The one finding: under rules 2 this old fixture's best path closes with no evaluation before it.
		expect(r.issues.map((i) => [i.level, i.code, i.line])).toEqual([['warning', 'best-path-order', 49]]);
		expect(Object.keys(r.endings).sort()).toEqual(['abrupt', 'no-follow-up', 'premature-close', 'referred', 'well-closed']);
		expect(r.endings['well-closed']).toEqual({ minDecisions: 5, maxDecisions: 5 });
		expect(r.minDecisions).toBe(2);
		expect(r.techniquesMisused).toContain('advice');
	});

	it('finds a choice without #phase or #quality and points at its line', () => {
		const src = head + 'Hi\n+ [Ask #technique:listening]\n  ok #feedback\n  Bye #ending:x\n  -> END\n';
		const r = auditStory(compile(src), { source: src });
		const codes = r.issues.map((i) => i.code).sort();
		expect(codes).toEqual(['missing-phase', 'missing-quality']);
		expect(r.issues[0].line).toBe(6);
	});

	it('finds an unknown technique and a path without an ending', () => {
		const src = head + 'Hi\n+ [A #technique:hugging #phase:intake #quality:best]\n  ok #feedback\n  -> END\n';
		const r = auditStory(compile(src));
		expect(r.issues.map((i) => i.code).sort()).toEqual(['no-ending', 'unknown-value']);
	});

	it('warns about a choice with no feedback and a speaker missing from the cast', () => {
		const src = head + '# cast: a=A\nHi #speaker:b\n+ [A #phase:intake #quality:good]\n  Bye #ending:x\n  -> END\n';
		const r = auditStory(compile(src));
		expect(r.issues.map((i) => [i.level, i.code]).sort()).toEqual([
			['warning', 'no-feedback'],
			['warning', 'unknown-speaker']
		]);
	});

	it('reports a runtime error instead of crashing', () => {
		const src =
			head + 'VAR x = 0\nHi\n+ [A #phase:intake #quality:good]\n  ok #feedback\n  ~ x = RANDOM(5, 1)\n  Bye #ending:x\n  -> END\n';
		const r = auditStory(compile(src));
		expect(r.issues.some((i) => i.code === 'runtime')).toBe(true);
	});

	it('stops at the state bound with a warning, and samples decisions and endings instead of reporting none', () => {
		const src =
			head +
			'VAR n = 0\n-> loop\n=== loop ===\n~ n = n + 1\nStep\n+ [Go #phase:intake #quality:good]\n  ok #feedback\n  -> loop\n+ [Stop #phase:intake #quality:good]\n  ok #feedback\n  End #ending:x\n  -> END\n';
		const r = auditStory(compile(src), { maxStates: 50 });
		expect(r.truncated).toBe(true);
		expect(r.stopped).toBe('states');
		expect(r.issues.find((i) => i.code === 'too-many-states')?.level).toBe('warning');
		expect(r.sampled).toBeGreaterThan(0);
		expect(r.endings.x.minDecisions).toBeGreaterThanOrEqual(1);
		expect(r.maxDecisions).toBeGreaterThan(r.minDecisions);
		// The same seed samples the same playthroughs.
		expect(auditStory(compile(src), { maxStates: 50 }).endings).toEqual(r.endings);
	});

	it('rejects JSON that is not a story', () => {
		expect(auditStory('{"nope":1}').issues[0].code).toBe('load');
	});
});

describe('compareSkeletons', () => {
	it('accepts the two locales of one story', () => {
		expect(compareSkeletons(auditStory(MINI.zh()), auditStory(MINI.en()), ['zh-CN', 'en'])).toEqual([]);
	});
	it('finds a choice tagged differently in the other locale', () => {
		const other = MINI.source().replace('#quality:weak]', '#quality:good]').replace('lang: zh-CN', 'lang: en');
		const issues = compareSkeletons(auditStory(MINI.zh()), auditStory(compile(other)), ['zh-CN', 'en']);
		expect(issues).toHaveLength(1);
		expect(issues[0].message).toMatch(/quality:weak.*quality:good/);
	});
	it('finds a choice missing from the other locale', () => {
		const other = MINI.source().replace(/\+ \[“您是不是很孤单？”[^\n]*\n[^\n]*\n[^\n]*\n/, '');
		const issues = compareSkeletons(auditStory(MINI.zh()), auditStory(compile(other)), ['zh-CN', 'en']);
		expect(issues.some((i) => /lacks/.test(i.message))).toBe(true);
	});
});

describe('compileInk', () => {
	it('names the line of a compile error and quotes it', () => {
		const r = compileInk('Hello\n-> nowhere\n', 'bad.ink');
		expect(r.json).toBeUndefined();
		expect(r.errors[0]).toMatchObject({ level: 'error', line: 2, source: '-> nowhere' });
		expect(r.errors[0].message).toMatch(/nowhere/);
	});
	it('refuses INCLUDE of files it cannot see', () => {
		const r = compileInk('INCLUDE other.ink\nHi\n-> END\n', 'a.ink');
		expect(r.json).toBeUndefined();
		expect(r.errors.length).toBeGreaterThan(0);
	});
});
