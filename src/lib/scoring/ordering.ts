/**
 * Ordering errors: where a run acted out of the casework order
 * (docs/domain.md, "The casework process"). Two rule sets exist because
 * scores are kept: a run or result package scored under the first rules is
 * re-scored under them, so its score never changes silently.
 *
 * Rules 2 (current), each with its test in ordering.test.ts:
 * 1. Done soundly. A phase is done soundly once a best or good choice of
 *    that phase has been taken in order.
 * 2. Acting ahead. A choice of phase p is in order when p is at or before the
 *    stage the story has brought the case to (its `#phase` line tags: staying
 *    or going back is never an error), or when the phase before p has been
 *    done soundly. Any other choice is an ordering error, every time, not
 *    only the first: planning before the assessment is sound, intervening
 *    before the plan is agreed, following up before closing.
 * 3. Early closing. A reason to close outside the plan (the relationship,
 *    new needs, the unforeseen, a referral) makes closing legitimate from any
 *    phase, but what was reached must still be evaluated first: closing with
 *    no evaluation choice before it is an error ("missing-evaluation"),
 *    unless the client has gone (close reason `unforeseen`).
 * 4. Follow-up. A run that closed and ended without a follow-up choice after
 *    the closing has a "missing-follow-up" error.
 * 5. Coverage. The phases expected are all seven; after an early closing,
 *    those covered plus evaluation and closing (only closing once the client
 *    has gone).
 *
 * Rules 1 (runs and packages made before 2026-12-03): only a jump of two or
 * more phases beyond the furthest reached counted, an early closing excused
 * every later phase, and closing needed no evaluation.
 */
import { PHASES, type CloseReason, type PhaseId, type Quality } from '../domain/casework.ts';

export const SCORING_RULES = [1, 2] as const;
export type ScoringRules = (typeof SCORING_RULES)[number];
/** The rules new runs are scored by. */
export const CURRENT_RULES: ScoringRules = 2;

/** The rules a stored run, attempt or package was scored by: one made before rules had a number has none, and is rules 1. */
export function rulesOf(record: { scoring?: ScoringRules }): ScoringRules {
	return record.scoring ?? 1;
}

export type OrderingError =
	| { kind: 'skipped-phase'; decision: number; phase: PhaseId; from: PhaseId | null; skipped: PhaseId[] }
	| { kind: 'missing-evaluation'; decision: number }
	| { kind: 'missing-follow-up'; decision: number };

/** What ordering needs to know of one decision taken. */
export interface Step {
	/** 1-based decision number. */
	n: number;
	phase?: PhaseId;
	quality?: Quality;
	/** The stage the story had reached when the choice was offered (its last `#phase` line tag). */
	stage?: PhaseId;
	referral: boolean;
	closeReason?: CloseReason;
}

export interface Ordering {
	errors: OrderingError[];
	/** The phases a complete run of this kind covers. */
	expected: PhaseId[];
}

const EARLY_CLOSE_REASONS = new Set<CloseReason>(['relationship', 'new-needs', 'unforeseen']);
const at = (p: PhaseId | undefined) => (p ? PHASES.indexOf(p) : -1);

export function orderingOf(steps: readonly Step[], ended: boolean, rules: ScoringRules): Ordering {
	return rules === 1 ? orderingV1(steps, ended) : orderingV2(steps, ended);
}

function orderingV2(steps: readonly Step[], ended: boolean): Ordering {
	const errors: OrderingError[] = [];
	const sound = new Set<number>();
	const covered = new Set<PhaseId>();
	let closedEarly = false;
	let clientGone = false;
	let closingAt = 0;
	let followedUp = false;
	let evaluationSkipped = false;

	for (const s of steps) {
		if (s.referral || (s.closeReason && EARLY_CLOSE_REASONS.has(s.closeReason))) closedEarly = true;
		if (s.closeReason === 'unforeseen') clientGone = true;
		if (!s.phase) continue;
		const p = at(s.phase);
		const stage = at(s.stage);
		const inOrder = p === 0 || p <= stage || sound.has(p - 1) || (closedEarly && s.phase === 'closing');
		if (inOrder) {
			if (s.quality === 'best' || s.quality === 'good') sound.add(p);
		} else {
			const skipped = PHASES.slice(Math.max(stage, 0), p).filter((_, i) => !sound.has(Math.max(stage, 0) + i));
			if (skipped.includes('evaluation')) evaluationSkipped = true;
			errors.push({ kind: 'skipped-phase', decision: s.n, phase: s.phase, from: s.stage ?? null, skipped });
		}
		if (s.phase === 'closing' && !closingAt) {
			closingAt = s.n;
			if (!covered.has('evaluation') && !clientGone && !evaluationSkipped) errors.push({ kind: 'missing-evaluation', decision: s.n });
		}
		if (s.phase === 'follow-up' && closingAt) followedUp = true;
		covered.add(s.phase);
	}
	if (closingAt && !followedUp && ended) errors.push({ kind: 'missing-follow-up', decision: closingAt });

	const late: PhaseId[] = clientGone ? ['closing'] : ['evaluation', 'closing'];
	const expected = closedEarly ? PHASES.filter((p) => covered.has(p) || late.includes(p)) : [...PHASES];
	// Keep the ordering errors in decision order whatever rule found them.
	errors.sort((a, b) => a.decision - b.decision);
	return { errors, expected };
}

function orderingV1(steps: readonly Step[], ended: boolean): Ordering {
	const errors: OrderingError[] = [];
	const covered = new Set<PhaseId>();
	let furthest = -1;
	let closedEarly = false;
	let closingAt = 0;
	let followedUp = false;
	for (const s of steps) {
		if (s.referral || (s.closeReason && EARLY_CLOSE_REASONS.has(s.closeReason))) closedEarly = true;
		if (!s.phase) continue;
		const p = at(s.phase);
		const lateStage = s.phase === 'closing' || s.phase === 'follow-up';
		if (p > furthest + 1 && !(closedEarly && lateStage)) {
			errors.push({
				kind: 'skipped-phase',
				decision: s.n,
				phase: s.phase,
				from: furthest >= 0 ? PHASES[furthest] : null,
				skipped: PHASES.slice(furthest + 1, p) as PhaseId[]
			});
		}
		furthest = Math.max(furthest, p);
		covered.add(s.phase);
		if (s.phase === 'closing' && !closingAt) closingAt = s.n;
		if (s.phase === 'follow-up' && closingAt) followedUp = true;
	}
	if (closingAt && !followedUp && ended) errors.push({ kind: 'missing-follow-up', decision: closingAt });
	return { errors, expected: closedEarly ? PHASES.filter((p) => covered.has(p)) : [...PHASES] };
}
