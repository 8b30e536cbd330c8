/**
 * Bad input, story class (issue #14): generated broken and hostile .ink
 * sources go through the whole check (compile, all-paths audit). None may
 * hang, crash the checker or be refused without a message.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileInk } from '../engine/compile.ts';
import { checkInkSource } from './custom-story.ts';

const TIME_LIMIT_MS = 1500;
/** The limit, the sampling after it, one looping passage still running when it passed, and the compiler, on a loaded machine. */
const BOUND_MS = 20_000;

const n = fc.integer({ min: 0, max: 3 });
const fragment = fc.oneof(
	n.map((i) => `=== k${i} ===`),
	n.map((i) => `= s${i}`),
	n.map((i) => `-> k${i}`),
	fc.tuple(n, n).map(([i, j]) => `-> k${i}.s${j}`),
	n.map((i) => `<- k${i}`),
	n.map((i) => `-> k${i} ->`),
	fc.constant('->->'),
	n.map((i) => `+ [Go ${i} #phase:intake #quality:best] -> k${i}`),
	n.map((i) => `* [Maybe ${i}]`),
	fc.constant('- gathered'),
	fc.constant('INCLUDE other.ink'),
	n.map((i) => `VAR v${i} = ${i}`),
	n.map((i) => `~ v${i} = v${i} + 1`),
	n.map((i) => `{v${i} > 2: -> k${i}}`),
	n.map((i) => `=== function f${i} ===`),
	n.map((i) => `~ f${i}()`),
	fc.constant('~ return f0()'),
	fc.constant('# cast: a=A'),
	n.map((i) => `A line #speaker:x${i} #reaction:zzz`),
	n.map((i) => `Bye #ending:e${i}`),
	fc.constantFrom('-> END', '-> DONE', '{', '}', '[', ']', '#', '<>', '~', '==='),
	fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '#phase:nowhere #quality', '\u202e\u0000\u200b'),
	fc.string({ maxLength: 30 })
);
/** Knots k0… of random lines, from a start that diverts to k0: enough of them compile to reach the audit. */
const story = fc
	.tuple(fc.boolean(), fc.array(fc.array(fragment, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), fc.boolean())
	.map(
		([globals, knots, end]) =>
			(globals ? '# title: T\n# lang: en\n' : '') +
			'-> k0\n' +
			knots.map((lines, i) => `=== k${i} ===\n${lines.join('\n')}\n${end ? '-> END' : ''}`).join('\n')
	);

describe('checkInkSource on generated broken and hostile stories', () => {
	it('finishes each within a bounded time, never throws, and gives every refusal a message', { timeout: 600_000 }, () => {
		let compiled = 0;
		fc.assert(
			fc.property(story, (source) => {
				const t0 = performance.now();
				const c = checkInkSource(source, compileInk, { timeLimitMs: TIME_LIMIT_MS });
				if (c.json) compiled++;
				expect(performance.now() - t0).toBeLessThan(BOUND_MS);
				for (const m of [...c.errors, ...c.issues]) expect(m.message.trim()).not.toBe('');
				if (!c.accepted) {
					const why = c.problem ? 1 : c.errors.length + c.issues.filter((i) => i.level === 'error').length;
					expect(why).toBeGreaterThan(0);
				}
				// A story that was refused at its start is never offered for play.
				if (c.issues.some((i) => i.code === 'loop' && /^Before the first choice/.test(i.message))) expect(c.playable).toBe(false);
			}),
			{ numRuns: 40, seed: 14 }
		);
		// The generator is only worth its runs if a good share of its stories reach the audit.
		expect(compiled).toBeGreaterThanOrEqual(5);
	});

	it('says where a loop is, quickly, whether it diverts, threads or tunnels into itself', { timeout: 120_000 }, () => {
		fc.assert(
			fc.property(fc.constantFrom('-> k0', '<- k0', '-> k0 ->', '~ f()'), fc.integer({ min: 0, max: 5 }), (back, pad) => {
				const src = `# title: T\n# lang: en\n-> k0\n=== k0 ===\n${'Text\n'.repeat(pad)}${back}\n-> DONE\n=== function f ===\n~ return f()\n`;
				const t0 = performance.now();
				const c = checkInkSource(src, compileInk, { timeLimitMs: TIME_LIMIT_MS });
				// Threads and tunnels grow the call stack each round; without the nesting limit this took minutes.
				expect(performance.now() - t0).toBeLessThan(BOUND_MS);
				const loop = c.issues.find((i) => i.code === 'loop');
				expect(loop).toMatchObject({ level: 'error', line: back === '~ f()' ? 7 + pad : 4 });
			}),
			{ numRuns: 10, seed: 14 }
		);
	});
});
