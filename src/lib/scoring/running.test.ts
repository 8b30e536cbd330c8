import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { runningTotal, scoreRun } from './index.ts';

const json = MINI.zh();

describe('the running figure', () => {
	it('after one sound opening choice reads full marks, where the total still expects all seven phases', () => {
		const r = scoreRun(json, [0]);
		expect(r.phasesCovered).toEqual(['intake']);
		expect(r.total).toBe(74);
		expect(runningTotal(r)).toBe(100);
	});

	it('counts the decisions and phases reached so far: a good second choice costs what it costs', () => {
		const r = scoreRun(json, [0, 0]);
		expect(r.phasesCovered).toEqual(['intake', 'assessment']);
		// quality (1 + 0.7) / 2 = 85; process 2 of 2 phases reached = 100
		expect(runningTotal(r)).toBe(Math.round(0.7 * 85 + 0.3 * 100));
	});

	it('is the total once the run has ended', () => {
		const r = scoreRun(json, [0, 0, 0, 0, 0]);
		expect(r.ended).toBe(true);
		expect(runningTotal(r)).toBe(r.total);
	});
});
