/** One test per ordering rule (ordering.ts), on hand-made decisions. */
import { describe, expect, it } from 'vitest';
import type { PhaseId, Quality } from '../domain/casework.ts';
import { orderingOf, type Step } from './ordering.ts';

type Row = [phase: PhaseId, quality: Quality, stage?: PhaseId, extra?: Partial<Step>];
const steps = (...rows: Row[]): Step[] =>
	rows.map(([phase, quality, stage, extra], i) => ({ n: i + 1, phase, quality, stage, referral: false, ...extra }));
const v2 = (rows: Step[], ended = true) => orderingOf(rows, ended, 2);
const kinds = (rows: Step[], ended = true) => v2(rows, ended).errors.map((e) => `${e.kind}@${e.decision}`);

const FULL: Row[] = [
	['intake', 'best', 'intake'],
	['assessment', 'good', 'assessment'],
	['planning', 'best', 'planning'],
	['intervention', 'best', 'intervention'],
	['evaluation', 'best', 'evaluation'],
	['closing', 'best', 'closing'],
	['follow-up', 'best', 'follow-up']
];

describe('ordering rules 2', () => {
	it('finds nothing wrong in a run that does each phase soundly in turn', () => {
		expect(v2(steps(...FULL))).toEqual({ errors: [], expected: [...FULL.map((r) => r[0])] });
	});

	it('rule 1: only a best or good choice does a phase soundly; a weak one does not open the next phase', () => {
		expect(kinds(steps(['intake', 'good', 'intake'], ['assessment', 'best', 'intake']))).toEqual([]);
		expect(kinds(steps(['intake', 'weak', 'intake'], ['assessment', 'best', 'intake']))).toEqual(['skipped-phase@2']);
	});

	it('rule 1: a sound choice taken out of order does not count as doing its phase', () => {
		// Planning at intake is an error, so planning is not done and intervention is still ahead.
		expect(kinds(steps(['planning', 'good', 'intake'], ['intervention', 'best', 'intake']))).toEqual([
			'skipped-phase@1',
			'skipped-phase@2'
		]);
	});

	it('rule 2: acting ahead is an error at every such choice, not only the first', () => {
		const r = v2(
			steps(
				['intake', 'best', 'intake'],
				['intervention', 'harmful', 'intake'],
				['assessment', 'weak', 'assessment'],
				['planning', 'weak', 'assessment'],
				['intervention', 'weak', 'assessment']
			),
			false
		);
		expect(r.errors.map((e) => e.decision)).toEqual([2, 4, 5]);
		expect(r.errors[0]).toEqual({
			kind: 'skipped-phase',
			decision: 2,
			phase: 'intervention',
			from: 'intake',
			skipped: ['assessment', 'planning']
		});
		expect(r.errors[2]).toMatchObject({ phase: 'intervention', from: 'assessment', skipped: ['assessment', 'planning'] });
	});

	it('rule 2: intervening once planning has begun but before the plan is agreed is an error', () => {
		const run = steps(...FULL.slice(0, 2), ['planning', 'weak', 'planning'], ['intervention', 'best', 'planning']);
		expect(kinds(run, false)).toEqual(['skipped-phase@4']);
		expect(v2(run, false).errors[0]).toMatchObject({ skipped: ['planning'] });
	});

	it('rule 2: a choice at the stage the story has reached, or going back, is never an error', () => {
		// The story moved on after a weak intake: answering where the story is, is in order.
		expect(
			kinds(steps(['intake', 'weak', 'intake'], ['assessment', 'best', 'assessment'], ['intake', 'best', 'assessment']), false)
		).toEqual([]);
	});

	it('rule 3: closing early for a reason outside the plan still needs an evaluation first', () => {
		const early: Step[] = steps(
			['intake', 'best', 'intake'],
			['assessment', 'best', 'assessment'],
			['closing', 'best', 'closing', { closeReason: 'relationship' }]
		);
		expect(kinds(early, false)).toEqual(['missing-evaluation@3']);
		const evaluated = steps(
			['intake', 'best', 'intake'],
			['assessment', 'best', 'assessment'],
			['evaluation', 'best', 'evaluation'],
			['closing', 'best', 'closing', { referral: true }]
		);
		expect(kinds(evaluated, false)).toEqual([]);
		// Closing with evaluation still expected: the phases covered, plus evaluation and closing.
		expect(v2(early, false).expected).toEqual(['intake', 'assessment', 'evaluation', 'closing']);
	});

	it('rule 3: an early closing may come from any phase: the error is the missing evaluation, not every phase between', () => {
		const referred = steps(
			['intake', 'best', 'intake'],
			['intake', 'good', 'intake', { referral: true, closeReason: 'new-needs' }],
			['closing', 'best', 'intake']
		);
		expect(kinds(referred, false)).toEqual(['missing-evaluation@3']);
	});

	it('rule 3: unless the client has gone', () => {
		const gone = steps(
			['intake', 'best', 'intake'],
			['closing', 'best', 'closing', { closeReason: 'unforeseen' }],
			['follow-up', 'best', 'follow-up']
		);
		expect(v2(gone)).toEqual({ errors: [], expected: ['intake', 'closing', 'follow-up'] });
	});

	it('rule 3: a closing that skips evaluation is one error, not two', () => {
		const run = steps(...FULL.slice(0, 4), ['closing', 'weak', 'intervention']);
		expect(kinds(run, false)).toEqual(['skipped-phase@5']);
	});

	it('rule 4: a run that closed and ended with no follow-up after the closing', () => {
		expect(kinds(steps(...FULL.slice(0, 6)))).toEqual(['missing-follow-up@6']);
		expect(kinds(steps(...FULL.slice(0, 6)), false)).toEqual([]);
	});

	it('rule 5: a run that stops early is measured against all seven phases', () => {
		expect(v2(steps(...FULL.slice(0, 3)), false).expected).toHaveLength(7);
	});
});

describe('ordering rules 1 (runs made before rules 2)', () => {
	const v1 = (rows: Step[], ended = true) => orderingOf(rows, ended, 1).errors.map((e) => `${e.kind}@${e.decision}`);
	it('counted one step ahead as progress and only jumps of two or more', () => {
		expect(v1(steps(['intake', 'weak'], ['assessment', 'weak'], ['planning', 'weak']), false)).toEqual([]);
		expect(v1(steps(['intake', 'best'], ['intervention', 'best'], ['intake', 'best'], ['evaluation', 'best']), false)).toEqual([
			'skipped-phase@2'
		]);
	});
	it('excused closing and follow-up after an early closing, with no evaluation', () => {
		expect(v1(steps(['intake', 'best'], ['closing', 'best', undefined, { closeReason: 'relationship' }], ['follow-up', 'best']))).toEqual(
			[]
		);
	});
});
