import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { replay } from '../engine/replay.ts';
import { scoreTranscript } from '../scoring/score.ts';
import {
	choiceLetter,
	cmiTime,
	decidedTurns,
	decisionObjectives,
	finalWrites,
	interactionId,
	interactionWrites,
	lessonStatus,
	progressWrites,
	sessionTime
} from './scorm-cmi.ts';

const json = MINI.zh();
const run = (choices: number[]) => {
	const t = replay(json, choices);
	return { turns: t.turns, result: scoreTranscript(t) };
};

describe('SCORM 1.2 cmi mapping', () => {
	it('writes session time as HHHH:MM:SS.SS', () => {
		expect(sessionTime(0)).toBe('0000:00:00.00');
		expect(sessionTime(((1 * 60 + 2) * 60 + 3) * 1000 + 450)).toBe('0001:02:03.45');
		expect(sessionTime(59_999)).toBe('0000:01:00.00');
		expect(sessionTime(-5)).toBe('0000:00:00.00');
		expect(sessionTime(1e13)).toBe('9999:59:59.99');
		for (const ms of [1, 999, 61_000, 3_599_999, 86_400_000]) expect(sessionTime(ms)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
		expect(cmiTime(new Date(2026, 0, 1, 9, 5, 7))).toBe('09:05:07');
	});

	it('reports passed or failed against the pass mark, completed without one', () => {
		expect(lessonStatus(70, 70)).toBe('passed');
		expect(lessonStatus(69, 70)).toBe('failed');
		expect(lessonStatus(10, undefined)).toBe('completed');
		expect(lessonStatus(0, 0)).toBe('passed');
	});

	it('writes one choice interaction per decision with its technique, phase and quality', () => {
		const { turns, result } = run([2, 0]);
		const decided = decidedTurns(turns);
		expect(decided).toHaveLength(2);
		const at = new Date(2026, 0, 1, 10, 0, 0);
		const first = new Map(interactionWrites(4, result.decisions[0], decided[0], at));
		expect(first.get('cmi.interactions.4.id')).toBe(interactionId(result.decisions[0]));
		expect(first.get('cmi.interactions.4.id')).toMatch(/^d1-[A-Za-z0-9_.:-]+$/);
		expect(first.get('cmi.interactions.4.type')).toBe('choice');
		expect(first.get('cmi.interactions.4.student_response')).toBe('2');
		expect(first.get('cmi.interactions.4.correct_responses.0.pattern')).toBe('0');
		expect(first.get('cmi.interactions.4.result')).toBe('wrong');
		expect(first.get('cmi.interactions.4.time')).toBe('10:00:00');
		// Tagged "#technique:empathy #technique:clarification #phase:intake #quality:weak".
		expect([0, 1, 2, 3].map((i) => first.get(`cmi.interactions.4.objectives.${i}.id`))).toEqual([
			'phase-intake',
			'quality-weak',
			'technique-empathy',
			'technique-clarification'
		]);
		const second = new Map(interactionWrites(5, result.decisions[1], decided[1], at));
		expect(second.get('cmi.interactions.5.result')).toBe('correct');
		expect(second.get('cmi.interactions.5.objectives.1.id')).toBe('quality-good');
		// The id is written before anything under the interaction, as LMSs require.
		expect(interactionWrites(0, result.decisions[0], decided[0], at)[0][0]).toBe('cmi.interactions.0.id');
	});

	it('keeps ids and objectives to CMIIdentifier characters', () => {
		expect(interactionId({ n: 3, sourcePath: 'knot.0.c-1 with space/é' })).toBe('d3-knot.0.c-1_with_space__');
		expect(decisionObjectives({ phase: undefined, quality: undefined, techniques: [] })).toEqual([]);
		expect(choiceLetter(11)).toBe('b');
	});

	it('writes the score 0–100, the status and the session time at the end, and clears what was kept to resume', () => {
		const { result } = run([0, 0, 0, 0, 0]);
		expect(result.ended).toBe(true);
		const end = new Map(finalWrites(result, 60, 125_500));
		expect(end.get('cmi.core.score.raw')).toBe(String(result.total));
		expect(end.get('cmi.core.score.min')).toBe('0');
		expect(end.get('cmi.core.score.max')).toBe('100');
		expect(end.get('cmi.core.lesson_status')).toBe(result.total >= 60 ? 'passed' : 'failed');
		expect(end.get('cmi.core.session_time')).toBe('0000:02:05.50');
		expect(end.get('cmi.suspend_data')).toBe('');
		expect(new Map(finalWrites({ total: 40 }, 60, 0)).get('cmi.core.lesson_status')).toBe('failed');
		expect(new Map(finalWrites({ total: 40 }, undefined, 0)).get('cmi.core.lesson_status')).toBe('completed');
	});

	it('marks a run in progress incomplete and suspended', () => {
		expect(new Map(progressWrites('CWS1.e.1.ab.0.'))).toEqual(
			new Map([
				['cmi.core.lesson_status', 'incomplete'],
				['cmi.suspend_data', 'CWS1.e.1.ab.0.'],
				['cmi.core.exit', 'suspend']
			])
		);
		expect(progressWrites(null).map(([e]) => e)).not.toContain('cmi.suspend_data');
	});
});
