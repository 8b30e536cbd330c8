/**
 * Spaced repetition over quiz items and over weak or harmful choices made in
 * scenarios, scheduled by FSRS (ts-fsrs). Cards are plain JSON (dates as ISO
 * strings) so they can be stored as they are; the clock is always a
 * parameter, so schedules are reproducible in tests and never depend on when
 * the code happens to run.
 *
 * Grading is binary, as a quiz answer is: wrong → Again, right → Good. Hard
 * and Easy are not offered because a learner cannot judge them reliably for
 * an exam item, and Good after a right answer is the FSRS default.
 */
import { Rating, State, createEmptyCard, fsrs, type Card } from 'ts-fsrs';
import * as v from 'valibot';
import { QUALITIES, type Quality } from '../domain/casework.ts';

/** Fuzz off: the same history always gives the same due date. */
const scheduler = fsrs({ enable_fuzz: false });

export const REVIEW_SCHEMA_VERSION = 1;

const isoDate = v.pipe(v.string(), v.isoTimestamp());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());
const scenarioIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));
/** An ink source path: stable across locales, dotted, no spaces. */
const sourcePathSchema = v.pipe(v.string(), v.regex(/^\S+$/), v.maxLength(200));
const QUIZ_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SCENARIO_ID = /^scenario:([a-z0-9]+(?:-[a-z0-9]+)*):(\S+)$/;

/** The ts-fsrs Card, with dates as ISO strings. */
export const FsrsCardSchema = v.object({
	due: isoDate,
	stability: finite,
	difficulty: finite,
	elapsed_days: count,
	scheduled_days: count,
	learning_steps: count,
	reps: count,
	lapses: count,
	state: v.picklist([State.New, State.Learning, State.Review, State.Relearning]),
	last_review: v.optional(isoDate)
});
export type FsrsCardJson = v.InferOutput<typeof FsrsCardSchema>;

/** What a review UI needs to replay a scenario decision as a question. */
export const ScenarioCardContentSchema = v.object({
	id: v.pipe(v.string(), v.regex(SCENARIO_ID)),
	scenarioId: scenarioIdSchema,
	sourcePath: sourcePathSchema,
	/** Language the text was captured in (the run's locale), when known. */
	locale: v.optional(v.picklist(['zh-CN', 'en'])),
	/** The line that prompted the decision (a client's, a supervisor's, or narration). */
	clientLine: v.string(),
	/**
	 * Who said it, by the story's cast name in the card's language. Absent for
	 * narration, and on cards made before speakers were kept: such a line is
	 * shown without a name rather than under a guessed one.
	 */
	speaker: v.optional(v.pipe(v.string(), v.maxLength(200))),
	options: v.pipe(
		v.array(
			v.object({
				text: v.string(),
				quality: v.optional(v.picklist(QUALITIES)),
				/** The story's `#feedback` on this option; absent on cards made before it was kept. */
				feedback: v.optional(v.pipe(v.string(), v.maxLength(4000)))
			})
		),
		v.minLength(2)
	),
	/** Indices of the best options: the answer. */
	answer: v.pipe(v.array(count), v.minLength(1)),
	/** The option the learner took in the scenario. */
	chosen: count
});
export type ScenarioCardContent = v.InferOutput<typeof ScenarioCardContentSchema>;

export const ReviewCardSchema = v.pipe(
	v.object({
		/** A quiz item id, or `scenario:<scenarioId>:<sourcePath>`. */
		id: v.pipe(v.string(), v.maxLength(300)),
		kind: v.picklist(['quiz', 'scenario']),
		fsrs: FsrsCardSchema,
		addedAt: isoDate,
		lastResult: v.nullable(v.picklist(['right', 'wrong'])),
		/** Scenario cards carry their question, since the story may change after the run. */
		scenario: v.optional(ScenarioCardContentSchema)
	}),
	v.check(
		(c) => (c.kind === 'quiz' ? QUIZ_ID.test(c.id) : SCENARIO_ID.test(c.id)),
		'id does not fit the kind (quiz: item id; scenario: scenario:<scenarioId>:<sourcePath>)'
	),
	v.check((c) => !c.scenario || (c.kind === 'scenario' && c.scenario.id === c.id), 'scenario content belongs to another card')
);
export type ReviewCard = v.InferOutput<typeof ReviewCardSchema>;
export type ReviewKind = ReviewCard['kind'];

export function scenarioCardId(scenarioId: string, sourcePath: string): string {
	return `scenario:${scenarioId}:${sourcePath}`;
}

/** A card that is due at once (FSRS state New). */
export function newCard(id: string, kind: ReviewKind, now: Date): ReviewCard {
	return { id, kind, fsrs: toJson(createEmptyCard(now)), addedAt: now.toISOString(), lastResult: null };
}

/** A card for a weak or harmful scenario choice, carrying its question. */
export function newScenarioCard(content: ScenarioCardContent, now: Date): ReviewCard {
	return { ...newCard(content.id, 'scenario', now), lastResult: 'wrong', scenario: content };
}

/** Schedules the next review: wrong → Again, right → Good. Returns a new card. */
export function reviewCard(card: ReviewCard, correct: boolean, now: Date): ReviewCard {
	const { card: next } = scheduler.next(toFsrs(card.fsrs), now, correct ? Rating.Good : Rating.Again);
	return { ...card, fsrs: toJson(next), lastResult: correct ? 'right' : 'wrong' };
}

/** Cards due at `now`, most overdue first (ties by id, so the order is stable). */
export function dueCards(cards: readonly ReviewCard[], now: Date): ReviewCard[] {
	const t = now.getTime();
	return cards
		.filter((c) => Date.parse(c.fsrs.due) <= t)
		.sort((a, b) => Date.parse(a.fsrs.due) - Date.parse(b.fsrs.due) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function toFsrs(c: FsrsCardJson): Card {
	return { ...c, due: new Date(c.due), last_review: c.last_review ? new Date(c.last_review) : undefined };
}

/** Copies only the fields we store, so whatever else ts-fsrs attaches never leaks into records. */
function toJson(c: Card): FsrsCardJson {
	const out: FsrsCardJson = {
		due: c.due.toISOString(),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsed_days: c.elapsed_days,
		scheduled_days: c.scheduled_days,
		learning_steps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state
	};
	if (c.last_review) out.last_review = c.last_review.toISOString();
	return out;
}

/** The stored deck: a versioned envelope around the cards. */
export function serialise(cards: readonly ReviewCard[]): string {
	return JSON.stringify({ v: REVIEW_SCHEMA_VERSION, cards });
}

export type DeckLoad =
	| { ok: true; cards: ReviewCard[]; invalid: { index: number; detail: string; raw: unknown }[] }
	| { ok: false; reason: 'unreadable' | 'newer-version' | 'invalid'; detail: string };

const DeckSchema = v.object({ v: v.literal(REVIEW_SCHEMA_VERSION), cards: v.array(v.unknown()) });

/**
 * Reads a deck written by `serialise` (string or already-parsed value). One
 * bad card does not cost the others: it is returned in `invalid` with the
 * reason, as is a second card with the same id. A deck from a newer version
 * is refused whole, so an older app never overwrites what it cannot read.
 */
export function deserialise(stored: unknown): DeckLoad {
	let value = stored;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return { ok: false, reason: 'unreadable', detail: 'not valid JSON' };
		}
	}
	const version = (value as { v?: unknown } | null)?.v;
	if (typeof version === 'number' && version > REVIEW_SCHEMA_VERSION)
		return { ok: false, reason: 'newer-version', detail: `written by a newer version (v${version})` };
	const deck = v.safeParse(DeckSchema, value);
	if (!deck.success) return { ok: false, reason: 'invalid', detail: describe(deck.issues[0]) };
	const cards: ReviewCard[] = [];
	const invalid: { index: number; detail: string; raw: unknown }[] = [];
	const seen = new Set<string>();
	deck.output.cards.forEach((raw, index) => {
		const r = v.safeParse(ReviewCardSchema, raw);
		if (!r.success) invalid.push({ index, detail: describe(r.issues[0]), raw });
		else if (seen.has(r.output.id)) invalid.push({ index, detail: `duplicate card ${r.output.id}`, raw });
		else {
			seen.add(r.output.id);
			cards.push(r.output);
		}
	});
	return { ok: true, cards, invalid };
}

function describe(issue: v.BaseIssue<unknown>): string {
	const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
	return `${path ? path + ': ' : ''}${issue.message}`;
}

export interface ScenarioDecision {
	scenarioId: string;
	/** sourcePath of the chosen option: the decision point's stable id. */
	sourcePath: string;
	clientLine: string;
	/** Cast name of who said `clientLine`; undefined for narration. */
	speaker?: string;
	options: readonly { text: string; quality?: Quality; feedback?: string }[];
	/** Index into `options` of the option taken. */
	chosen: number;
	locale?: 'zh-CN' | 'en';
}

const RANK: Record<Quality, number> = { best: 3, good: 2, weak: 1, harmful: 0 };

/**
 * Turns a weak or harmful scenario choice into review content: the client's
 * line, the options, and the best option(s) as the answer. Returns null when
 * the choice was best or good (nothing to review), or when no option was
 * better than the one taken. When no option is tagged best, the
 * highest-quality options present are the answer.
 * @throws RangeError when `chosen` is not one of the options; ValiError when
 *   the scenario id or source path cannot form a card id.
 */
export function scenarioCardFromDecision(d: ScenarioDecision): ScenarioCardContent | null {
	if (!Number.isInteger(d.chosen) || d.chosen < 0 || d.chosen >= d.options.length)
		throw new RangeError(`chosen option ${d.chosen} is not one of ${d.options.length} options`);
	const quality = d.options[d.chosen].quality;
	if (quality !== 'weak' && quality !== 'harmful') return null;
	const top = Math.max(...d.options.map((o) => (o.quality ? RANK[o.quality] : -1)));
	if (top <= RANK[quality]) return null;
	const content: ScenarioCardContent = {
		id: scenarioCardId(d.scenarioId, d.sourcePath),
		scenarioId: d.scenarioId,
		sourcePath: d.sourcePath,
		clientLine: d.clientLine,
		options: d.options.map(({ text, quality, feedback }) => ({
			text,
			...(quality ? { quality } : {}),
			...(feedback ? { feedback } : {})
		})),
		answer: d.options.flatMap((o, k) => (o.quality && RANK[o.quality] === top ? [k] : [])),
		chosen: d.chosen
	};
	if (d.locale) content.locale = d.locale;
	if (d.speaker) content.speaker = d.speaker;
	// Fail here, where the caller can see why, rather than when the deck is next loaded.
	return v.parse(ScenarioCardContentSchema, content);
}

/**
 * The cards a finished case's decisions make. A decision whose ids cannot
 * form a card is skipped: the attempt itself is already saved, and one odd
 * decision must not cost the others their cards.
 */
export function scenarioCardContents(decisions: readonly ScenarioDecision[]): ScenarioCardContent[] {
	return decisions.flatMap((d) => {
		try {
			return [scenarioCardFromDecision(d)].filter((c) => c !== null);
		} catch {
			return [];
		}
	});
}

/** Whether `chosen` is one of the best options of a scenario card. */
export function gradeScenarioCard(content: ScenarioCardContent, chosen: number): boolean {
	return content.answer.includes(chosen);
}
