import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { replay } from '../engine/replay.ts';
import { CRITICAL_CAP, scoreRun, scoreTranscript, QUALITY_POINTS } from './index.ts';

const json = MINI.zh();

describe('quality points', () => {
	it('weights best > good > weak > harmful', () => {
		expect(QUALITY_POINTS).toEqual({ best: 1, good: 0.7, weak: 0.3, harmful: 0 });
	});

	it('scores each decision by its quality tag', () => {
		// intake best, assessment good, planning best, closing best, follow-up best
		const r = scoreRun(json, [0, 0, 0, 0, 0]);
		expect(r.decisions.map((d) => [d.quality, d.points])).toEqual([
			['best', 1],
			['good', 0.7],
			['best', 1],
			['best', 1],
			['best', 1]
		]);
		expect(r.quality).toBe(94);
	});

	it('gives the harmful and weak levels their points', () => {
		const r = scoreRun(json, [2, 0, 1]);
		expect(r.decisions.map((d) => d.points)).toEqual([0.3, 0.7, 0]);
	});
});

describe('families and techniques', () => {
	it('averages per technique and per family', () => {
		const r = scoreRun(json, [2, 0, 1]);
		// decision 1 used empathy (supportive) + clarification (leading), weak
		expect(r.techniques.empathy).toEqual({ score: 30, count: 1 });
		expect(r.techniques.clarification).toEqual({ score: 50, count: 2 });
		expect(r.techniques.advice).toEqual({ score: 0, count: 1 });
		expect(r.families.supportive).toEqual({ score: 30, count: 1 });
		expect(r.families.leading).toEqual({ score: 50, count: 2 });
		expect(r.families.influencing).toEqual({ score: 0, count: 1 });
	});
	it('leaves unused techniques out', () => {
		const r = scoreRun(json, [0, 0, 0, 0, 0]);
		expect(Object.keys(r.techniques).sort()).toEqual(['clarification', 'listening', 'suggestion', 'summarising']);
	});
});

describe('ordering errors', () => {
	it('names a plan made before any assessment', () => {
		const r = scoreRun(json, [1]);
		expect(r.orderingErrors).toEqual([
			{ kind: 'skipped-phase', decision: 1, phase: 'planning', from: 'intake', skipped: ['intake', 'assessment'] }
		]);
		expect(r.decisions[0].orderingError).toBe(r.orderingErrors[0]);
	});
	it('counts closing straight after intake as skipping every phase between', () => {
		const r = scoreRun(json, [0, 1]);
		expect(r.orderingErrors[0]).toEqual({
			kind: 'skipped-phase',
			decision: 2,
			phase: 'closing',
			from: 'assessment',
			skipped: ['assessment', 'planning', 'intervention', 'evaluation']
		});
	});
	it('allows closing from any phase after a referral, but still expects an evaluation and follow-up', () => {
		const r = scoreRun(json, [0, 2, 0]);
		expect(r.ending).toBe('referred');
		expect(r.orderingErrors).toEqual([
			{ kind: 'missing-evaluation', decision: 3 },
			{ kind: 'missing-follow-up', decision: 3 }
		]);
		expect(r.decisions[2].orderingError).toEqual({ kind: 'missing-evaluation', decision: 3 });
		// Expected: the phases covered plus evaluation and closing.
		expect(r.phasesCovered).toEqual(['intake', 'closing']);
		expect(r.process).toBeCloseTo((100 * 2) / 3 - 40, 1);
	});
	it('reports a closing with no evaluation before it and no follow-up after it once the run has ended', () => {
		const r = scoreRun(json, [0, 0, 0, 1]);
		expect(r.orderingErrors).toEqual([
			{ kind: 'missing-evaluation', decision: 4 },
			{ kind: 'missing-follow-up', decision: 4 }
		]);
	});
	it('does not report missing follow-up while the run is still going', () => {
		const r = scoreRun(json, [0, 0, 0, 0]);
		expect(r.ended).toBe(false);
		expect(r.orderingErrors.some((e) => e.kind === 'missing-follow-up')).toBe(false);
	});
	it('does not count going back to an earlier phase', () => {
		const t = replay(json, [0, 0]);
		// Re-tag the second decision as intake: a step back is allowed.
		t.turns[1].choices[0].tags.phase = 'intake';
		expect(scoreTranscript(t).orderingErrors).toEqual([]);
	});
	it('scores a run by the rules it was made under: rules 1 excused what rules 2 counts', () => {
		const old = scoreRun(json, [0, 2, 0], [], 1);
		expect(old.rules).toBe(1);
		expect(old.orderingErrors).toEqual([{ kind: 'missing-follow-up', decision: 3 }]);
		expect(old.process).toBe(80);
		expect(scoreRun(json, [1], [], 1).orderingErrors[0]).toMatchObject({ from: null, skipped: ['intake', 'assessment'] });
	});
});

describe('critical errors', () => {
	const critical = () => {
		const t = replay(json, [0, 0, 0, 0, 0]);
		t.turns[1].choices[0].tags.critical = 'confidentiality';
		return t;
	};
	it('cap the total below the pass mark and are listed with their principle', () => {
		const clean = scoreTranscript(replay(json, [0, 0, 0, 0, 0]));
		expect(clean.total).toBeGreaterThan(CRITICAL_CAP);
		const r = scoreTranscript(critical());
		expect(r.criticalErrors).toEqual([{ decision: 2, principle: 'confidentiality' }]);
		expect(r.decisions[1].critical).toBe('confidentiality');
		expect(r.total).toBe(CRITICAL_CAP);
		expect(r.quality).toBe(clean.quality);
	});
	it('leave a lower total as it is', () => {
		const t = replay(json, [1, 1]);
		t.turns[0].choices[1].tags.critical = 'self-determination';
		const r = scoreTranscript(t);
		expect(r.total).toBe(scoreTranscript(replay(json, [1, 1])).total);
		expect(r.total).toBeLessThan(CRITICAL_CAP);
	});
	it('did not exist under rules 1', () => {
		const r = scoreTranscript(critical(), [], 1);
		expect(r.criticalErrors).toEqual([]);
		expect(r.total).toBeGreaterThan(CRITICAL_CAP);
	});
	it('count nothing once withdrawn with undo', () => {
		const t = replay(json, [0, 0, 0, 0, 0]);
		t.turns[0].choices[1].tags.critical = 'self-determination';
		expect(scoreTranscript(t, [{ at: 0, choice: 1 }]).criticalErrors).toEqual([]);
	});
});

describe('total', () => {
	it('follows the documented formula', () => {
		const r = scoreRun(json, [0, 0, 0, 0, 0]);
		// The story moves from planning to closing: no evaluation before the closing.
		expect(r.orderingErrors).toEqual([{ kind: 'missing-evaluation', decision: 4 }]);
		const covered = r.phasesCovered.length;
		expect(covered).toBe(5);
		expect(r.process).toBeCloseTo((100 * 5) / 7 - 20, 1);
		expect(r.total).toBe(Math.round(0.7 * r.quality + 0.3 * r.process));
	});
	it('stays within 0–100 at both extremes', () => {
		const worst = scoreRun(json, [1, 1]);
		expect(worst.total).toBeGreaterThanOrEqual(0);
		expect(worst.process).toBe(0);
		const none = scoreRun(json, []);
		expect(none.total).toBe(0);
		for (const choices of [
			[0, 0, 0, 0, 0],
			[0, 2, 0],
			[2, 0, 1, 0, 1],
			[0, 0, 1, 1]
		]) {
			const r = scoreRun(json, choices);
			expect(r.total).toBeGreaterThanOrEqual(0);
			expect(r.total).toBeLessThanOrEqual(100);
		}
	});
	it('is deterministic: replaying the same choices gives the same result', () => {
		expect(scoreRun(json, [2, 0, 1, 0, 1])).toEqual(scoreRun(json, [2, 0, 1, 0, 1]));
	});
	it('is the same in both locales (scores come from tags, not text)', () => {
		const zh = scoreRun(json, [2, 0, 1, 0, 0]);
		const en = scoreRun(MINI.en(), [2, 0, 1, 0, 0]);
		expect(en.total).toBe(zh.total);
		expect(en.techniques).toEqual(zh.techniques);
	});
	it('lists the best option for a weak or harmful choice', () => {
		const r = scoreRun(json, [2]);
		expect(r.decisions[0].betterOptions).toEqual(['“您愿意说说最近的情况吗？”']);
		expect(r.decisions[0].feedback).toEqual(['封闭式提问。']);
	});
});
