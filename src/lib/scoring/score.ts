/**
 * Scores a run from the tags of the choices taken and the order of their
 * phases — never from ink variables, so any run can be re-scored by
 * replaying its choice indices through the same story.
 *
 * The formula (also in README.md):
 * - Each decision earns quality points: best 1 · good 0.7 · weak 0.3 · harmful 0.
 * - quality = 100 × mean points over all decisions.
 * - A technique's score = 100 × mean points of the decisions that used it;
 *   a family's score = the same over decisions that used any of its techniques.
 * - Ordering errors:
 *   · skipped-phase: a choice whose phase is two or more steps beyond the
 *     furthest phase reached so far (a plan before any assessment). One step
 *     ahead is progress; going back (re-assessing) is allowed. A referral, or
 *     a closing reason outside the plan (relationship, new needs,
 *     unforeseen), makes closing and follow-up legitimate from any phase.
 *   · missing-follow-up: a closing action was taken and no follow-up after it.
 * - process = 100 × phases covered / phases expected − 20 per ordering error,
 *   clamped to 0–100. Expected is all seven, or only those covered when the
 *   case legitimately closed early; so dropping out early scores low.
 * - total = round(0.7 × quality + 0.3 × process), always 0–100.
 * - Choices withdrawn with "undo" (practice mode) are listed with the decision
 *   they were withdrawn from and count for nothing: only choices that stood
 *   are scored, so a replay of the final choices gives the same total.
 */
import {
	FAMILIES,
	FAMILY_OF,
	PHASES,
	TECHNIQUES,
	type FamilyId,
	type PhaseId,
	type Quality,
	type TechniqueId
} from '../domain/casework.ts';
import type { Transcript } from '../engine/replay.ts';

export const QUALITY_POINTS: Record<Quality, number> = { best: 1, good: 0.7, weak: 0.3, harmful: 0 };
export const QUALITY_WEIGHT = 0.7;
export const PROCESS_WEIGHT = 0.3;
export const ORDERING_PENALTY = 20;

const EARLY_CLOSE_REASONS = new Set(['relationship', 'new-needs', 'unforeseen']);

export type OrderingError =
	| { kind: 'skipped-phase'; decision: number; phase: PhaseId; from: PhaseId | null; skipped: PhaseId[] }
	| { kind: 'missing-follow-up'; decision: number };

export interface ScoredDecision {
	/** 1-based number of the decision in the run. */
	n: number;
	text: string;
	/** Where the choice sits in the story (equal across locales). */
	sourcePath: string;
	phase?: PhaseId;
	quality?: Quality;
	points: number;
	techniques: TechniqueId[];
	/** The `#feedback` lines that followed the choice. */
	feedback: string[];
	/** Texts of the best options offered at this point (when this one was not best). */
	betterOptions: string[];
	orderingError?: OrderingError;
	/** Options chosen here first and then taken back with "undo", in the order they were withdrawn. */
	withdrawn: WithdrawnChoice[];
}

export interface WithdrawnChoice {
	text: string;
	quality?: Quality;
	techniques: TechniqueId[];
}

/** A choice taken back: decision number (0-based) and the option index. */
export interface UndoneChoice {
	at: number;
	choice: number;
}

export interface Tally {
	score: number;
	count: number;
}

export interface RunResult {
	total: number;
	quality: number;
	process: number;
	families: Partial<Record<FamilyId, Tally>>;
	techniques: Partial<Record<TechniqueId, Tally>>;
	phasesCovered: PhaseId[];
	orderingErrors: OrderingError[];
	decisions: ScoredDecision[];
	ending?: string;
	ended: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const clamp = (n: number) => Math.min(100, Math.max(0, n));

function tally(points: number[]): Tally {
	return { score: round1((100 * points.reduce((a, b) => a + b, 0)) / points.length), count: points.length };
}

export function scoreTranscript(t: Transcript, undone: readonly UndoneChoice[] = []): RunResult {
	const decisions: ScoredDecision[] = [];
	const orderingErrors: OrderingError[] = [];
	const covered = new Set<PhaseId>();
	const byTechnique = new Map<TechniqueId, number[]>();
	const byFamily = new Map<FamilyId, number[]>();
	let furthest = -1;
	let closedEarly = false;
	let closingAt = 0;
	let followUpAfterClosing = false;

	t.turns.forEach((turn, k) => {
		if (turn.chosen === undefined) return;
		const choice = turn.choices.find((c) => c.index === turn.chosen)!;
		const tags = choice.tags;
		const points = tags.quality ? QUALITY_POINTS[tags.quality] : 0;
		const n = decisions.length + 1;
		const feedback = (t.turns[k + 1]?.lines ?? []).filter((l) => l.feedback).map((l) => l.text);
		const betterOptions = tags.quality === 'best' ? [] : turn.choices.filter((c) => c.tags.quality === 'best').map((c) => c.text);
		const decision: ScoredDecision = {
			n,
			text: choice.text,
			sourcePath: choice.sourcePath,
			phase: tags.phase,
			quality: tags.quality,
			points,
			techniques: tags.techniques,
			feedback,
			betterOptions,
			// The options at decision n are the same whatever came after, so a withdrawn index still names its option here.
			withdrawn: undone.flatMap((u) => {
				const c = u.at === n - 1 ? turn.choices.find((x) => x.index === u.choice) : undefined;
				return c ? [{ text: c.text, quality: c.tags.quality, techniques: c.tags.techniques }] : [];
			})
		};

		if (tags.referral || (tags.closeReason && EARLY_CLOSE_REASONS.has(tags.closeReason))) closedEarly = true;
		if (tags.phase) {
			const p = PHASES.indexOf(tags.phase);
			const lateStage = tags.phase === 'closing' || tags.phase === 'follow-up';
			if (p > furthest + 1 && !(closedEarly && lateStage)) {
				const error: OrderingError = {
					kind: 'skipped-phase',
					decision: n,
					phase: tags.phase,
					from: furthest >= 0 ? PHASES[furthest] : null,
					skipped: PHASES.slice(furthest + 1, p) as PhaseId[]
				};
				orderingErrors.push(error);
				decision.orderingError = error;
			}
			furthest = Math.max(furthest, p);
			covered.add(tags.phase);
			if (tags.phase === 'closing' && !closingAt) closingAt = n;
			if (tags.phase === 'follow-up' && closingAt) followUpAfterClosing = true;
		}
		for (const tech of tags.techniques) {
			byTechnique.set(tech, [...(byTechnique.get(tech) ?? []), points]);
		}
		for (const fam of new Set(tags.techniques.map((x) => FAMILY_OF[x]))) {
			byFamily.set(fam, [...(byFamily.get(fam) ?? []), points]);
		}
		decisions.push(decision);
	});

	if (closingAt && !followUpAfterClosing && t.ended) {
		orderingErrors.push({ kind: 'missing-follow-up', decision: closingAt });
	}

	const allPoints = decisions.map((d) => d.points);
	const quality = allPoints.length ? (100 * allPoints.reduce((a, b) => a + b, 0)) / allPoints.length : 0;
	const expected = closedEarly ? Math.max(covered.size, 1) : PHASES.length;
	const process = decisions.length ? clamp((100 * covered.size) / expected - ORDERING_PENALTY * orderingErrors.length) : 0;
	const total = Math.round(clamp(QUALITY_WEIGHT * quality + PROCESS_WEIGHT * process));

	const techniques: RunResult['techniques'] = {};
	for (const tech of TECHNIQUES) {
		const p = byTechnique.get(tech);
		if (p) techniques[tech] = tally(p);
	}
	const families: RunResult['families'] = {};
	for (const fam of FAMILIES) {
		const p = byFamily.get(fam);
		if (p) families[fam] = tally(p);
	}
	return {
		total,
		quality: round1(quality),
		process: round1(process),
		families,
		techniques,
		phasesCovered: PHASES.filter((p) => covered.has(p)),
		orderingErrors,
		decisions,
		ending: t.ending,
		ended: t.ended
	};
}
