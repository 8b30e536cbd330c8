import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT, type SuspendState } from './scorm-suspend.ts';

const state: SuspendState = { mode: 'exam', seed: 0xdeadbeef, storyHash: '0123456789abcdef', choices: [0, 2, 1, 11, 61], reported: 4 };

describe('cmi.suspend_data', () => {
	it('round-trips the choices, seed, mode, story version and reported count', () => {
		const text = encodeSuspend(state)!;
		expect(text).toBe('CWS1.e.1ps9wxb.0123456789abcdef.4.021bZ');
		expect(decodeSuspend(text)).toEqual(state);
	});

	it('round-trips any run that fits, and never writes more than 4,096 characters', () => {
		fc.assert(
			fc.property(
				fc.record({
					mode: fc.constantFrom('exam' as const, 'practice' as const),
					seed: fc.nat({ max: 0xffffffff }),
					storyHash: fc.stringMatching(/^[0-9a-f]{16}$/),
					choices: fc.array(fc.nat({ max: 61 }), { maxLength: 5000 })
				}),
				fc.nat(),
				(s, r) => {
					const full = { ...s, reported: s.choices.length ? r % (s.choices.length + 1) : 0 };
					const text = encodeSuspend(full);
					if (text === null) return expect(s.choices.length).toBeGreaterThan(SUSPEND_LIMIT - 40);
					expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
					expect(decodeSuspend(text)).toEqual(full);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('holds a 4,000-decision run, and refuses what it cannot write instead of cutting it short', () => {
		expect(encodeSuspend({ ...state, choices: Array(4000).fill(3), reported: 0 })!.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		expect(encodeSuspend({ ...state, choices: Array(SUSPEND_LIMIT).fill(3), reported: 0 })).toBeNull();
		expect(encodeSuspend({ ...state, choices: [62] })).toBeNull();
		expect(encodeSuspend({ ...state, storyHash: 'not hex' })).toBeNull();
	});

	it('reads anything else as nothing to resume', () => {
		for (const bad of ['', 'hello', 'CWS1.x.1.ab.0.', 'CWS1.e.1.abcd.5.01', 'CWS2.e.1.abcd.0.01']) expect(decodeSuspend(bad)).toBeNull();
	});
});
