/**
 * Scores a run from the tags of the choices taken and the order of their
 * phases — never from ink variables, so any run can be re-scored by
 * replaying its choice indices through the same story.
 *
 * The formula (also in README.md and on the "how you are scored" page):
 * - Each decision earns quality points: best 1 · good 0.7 · weak 0.3 · harmful 0.
 * - quality = 100 × mean points over all decisions.
 * - A technique's score = 100 × mean points of the decisions that used it;
 *   a family's score = the same over decisions that used any of its techniques.
 * - Ordering errors: see ordering.ts (every one counts).
 * - process = 100 × phases covered / phases expected − 20 per ordering error,
 *   clamped to 0–100.
 * - total = round(0.7 × quality + 0.3 × process), always 0–100.
 * - Critical errors (rules 2): a choice tagged `#critical:<principle>`
 *   breaks an ethical or safety principle; the run cannot pass, so its total
 *   is capped at 59 (the pass mark is 60).
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
import type { Principle } from '../engine/tags.ts';
import { CURRENT_RULES, orderingOf, type OrderingError, type ScoringRules, type Step } from './ordering.ts';

export { CURRENT_RULES, SCORING_RULES, rulesOf, type OrderingError, type ScoringRules } from './ordering.ts';

export const QUALITY_POINTS: Record<Quality, number> = { best: 1, good: 0.7, weak: 0.3, harmful: 0 };
export const QUALITY_WEIGHT = 0.7;
export const PROCESS_WEIGHT = 0.3;
export const ORDERING_PENALTY = 20;
/** The highest total a run with a critical error can have: below the pass mark of 60. */
export const CRITICAL_CAP = 59;

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
	/** The principle this choice breaks, when it is a critical error. */
	critical?: Principle;
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
	/** Choices that broke an ethical or safety principle, in decision order (rules 2). */
	criticalErrors: { decision: number; principle: Principle }[];
	decisions: ScoredDecision[];
	ending?: string;
	ended: boolean;
	/** Which rules scored the run (ordering.ts). */
	rules: ScoringRules;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const clamp = (n: number) => Math.min(100, Math.max(0, n));

function tally(points: number[]): Tally {
	return { score: round1((100 * points.reduce((a, b) => a + b, 0)) / points.length), count: points.length };
}

/** The total from its parts: capped below the pass mark when a critical error stands. */
export function combine(quality: number, process: number, critical: boolean): number {
	const total = Math.round(clamp(QUALITY_WEIGHT * quality + PROCESS_WEIGHT * process));
	return critical ? Math.min(total, CRITICAL_CAP) : total;
}

/** The last `#phase` line tag shown up to and including turn `k`. */
function stagesOf(t: Transcript): (PhaseId | undefined)[] {
	let stage: PhaseId | undefined;
	return t.turns.map((turn) => {
		for (const line of turn.lines) if (line.phase) stage = line.phase;
		return stage;
	});
}

export function scoreTranscript(t: Transcript, undone: readonly UndoneChoice[] = [], rules: ScoringRules = CURRENT_RULES): RunResult {
	const decisions: ScoredDecision[] = [];
	const steps: Step[] = [];
	const covered = new Set<PhaseId>();
	const byTechnique = new Map<TechniqueId, number[]>();
	const byFamily = new Map<FamilyId, number[]>();
	const stages = stagesOf(t);

	t.turns.forEach((turn, k) => {
		if (turn.chosen === undefined) return;
		const choice = turn.choices.find((c) => c.index === turn.chosen)!;
		const tags = choice.tags;
		const points = tags.quality ? QUALITY_POINTS[tags.quality] : 0;
		const n = decisions.length + 1;
		const feedback = (t.turns[k + 1]?.lines ?? []).filter((l) => l.feedback).map((l) => l.text);
		const betterOptions = tags.quality === 'best' ? [] : turn.choices.filter((c) => c.tags.quality === 'best').map((c) => c.text);
		decisions.push({
			n,
			text: choice.text,
			sourcePath: choice.sourcePath,
			phase: tags.phase,
			quality: tags.quality,
			points,
			techniques: tags.techniques,
			feedback,
			betterOptions,
			...(rules > 1 && tags.critical ? { critical: tags.critical } : {}),
			// The options at decision n are the same whatever came after, so a withdrawn index still names its option here.
			withdrawn: undone.flatMap((u) => {
				const c = u.at === n - 1 ? turn.choices.find((x) => x.index === u.choice) : undefined;
				return c ? [{ text: c.text, quality: c.tags.quality, techniques: c.tags.techniques }] : [];
			})
		});
		steps.push({ n, phase: tags.phase, quality: tags.quality, stage: stages[k], referral: tags.referral, closeReason: tags.closeReason });
		if (tags.phase) covered.add(tags.phase);
		for (const tech of tags.techniques) {
			byTechnique.set(tech, [...(byTechnique.get(tech) ?? []), points]);
		}
		for (const fam of new Set(tags.techniques.map((x) => FAMILY_OF[x]))) {
			byFamily.set(fam, [...(byFamily.get(fam) ?? []), points]);
		}
	});

	const { errors: orderingErrors, expected } = orderingOf(steps, t.ended, rules);
	for (const e of orderingErrors) {
		const d = decisions[e.decision - 1];
		if (e.kind !== 'missing-follow-up' && !d.orderingError) d.orderingError = e;
	}
	const criticalErrors = decisions.flatMap((d) => (d.critical ? [{ decision: d.n, principle: d.critical }] : []));

	const allPoints = decisions.map((d) => d.points);
	const quality = allPoints.length ? (100 * allPoints.reduce((a, b) => a + b, 0)) / allPoints.length : 0;
	const process = decisions.length
		? clamp((100 * covered.size) / Math.max(expected.length, 1) - ORDERING_PENALTY * orderingErrors.length)
		: 0;
	const total = combine(quality, process, criticalErrors.length > 0);

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
		criticalErrors,
		decisions,
		ending: t.ending,
		ended: t.ended,
		rules
	};
}
