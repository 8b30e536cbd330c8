/**
 * Stored record shapes, validated on every load. Each record carries `v`,
 * the schema version it was written with; older versions are migrated,
 * newer or invalid ones are set aside (kept, never deleted) and reported.
 */
import { calendarDateSchema } from '../instructor/time.ts';
import { KEY, PREFIX } from './keys.ts';
import * as v from 'valibot';
import { AnswerEventSchema, HISTORY_CAP } from '../quiz/history.ts';
import { MistakeBookSchema } from '../quiz/mistakes.ts';
import { NotesSchema } from '../quiz/notes.ts';
import { TOPIC_IDS } from '../quiz/topics.ts';
import { TECHNIQUES } from '../domain/casework.ts';
import { DEFAULT_DISPLAY, MOTIONS, TEXT_SIZES, TEXT_SPEEDS, THEMES } from '../settings/display.ts';

/**
 * v1: runs, attempts, settings.
 * v2: adds the quiz records (review deck, mistake book, answer history, mock
 *     papers) and `settings.quiz`.
 */
export const SCHEMA_VERSION = 2;

const isoDate = v.pipe(v.string(), v.isoTimestamp());
const choiceList = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))), v.maxLength(2000));
const scenarioId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));
const locale = v.picklist(['zh-CN', 'en']);
const mode = v.picklist(['practice', 'exam']);

/**
 * Choices taken back with "undo" in practice mode: the decision number
 * (0-based) and the option that was withdrawn. Kept so the transcript can
 * show them; the score counts only the choices that stood.
 */
const undoneList = v.optional(
	v.pipe(
		v.array(
			v.object({
				at: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1999)),
				choice: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))
			})
		),
		v.maxLength(2000)
	)
);

/**
 * The scoring rules a run is scored by (scoring/ordering.ts). Absent on
 * records made before rules 2: those are rules 1, so their score never changes.
 */
const scoring = v.optional(v.picklist([1, 2]));
/** Seeds the order options are shown in (engine/option-order.ts); absent on runs made before shuffling. */
const orderSeed = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)));

/**
 * What the learner typed at a decision with "reply in my own words first"
 * on, and the coach's reading of it (coach/model.ts): kept with the run and
 * the attempt, so the transcript and the debrief show it. Added within v2,
 * optional: earlier records load unchanged.
 */
export const OwnReplySchema = v.object({
	/** The decision (0-based) it was typed at. */
	at: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1999)),
	text: v.pipe(v.string(), v.maxLength(4000)),
	/** The coach's techniques, most likely first (at most three); empty when it could not read the reply. */
	techniques: v.pipe(v.array(v.picklist(TECHNIQUES)), v.maxLength(3)),
	use: v.picklist(['well', 'misuse']),
	unsure: v.boolean(),
	evidence: v.pipe(v.array(v.pipe(v.string(), v.maxLength(4000))), v.maxLength(3)),
	/** The story's index of the scripted option closest to it (coach/closest.ts). */
	closest: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)))
});
export type OwnReply = v.InferOutput<typeof OwnReplySchema>;
const ownReplies = v.optional(v.pipe(v.array(OwnReplySchema), v.maxLength(2000)));

/** A case in progress: enough to replay it to the exact same point. */
export const RunSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	scenarioId,
	locale,
	mode,
	/** Version hash of the story the choices were made in. */
	storyHash: v.pipe(v.string(), v.maxLength(64)),
	choices: choiceList,
	undone: undoneList,
	seed: orderSeed,
	scoring,
	replies: ownReplies,
	startedAt: isoDate,
	updatedAt: isoDate
});
export type RunRecord = v.InferOutput<typeof RunSchema>;

/** A finished attempt; the summary fields save replaying for lists. */
export const AttemptSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	scenarioId,
	locale,
	mode,
	storyHash: v.pipe(v.string(), v.maxLength(64)),
	choices: choiceList,
	undone: undoneList,
	seed: orderSeed,
	scoring,
	replies: ownReplies,
	startedAt: isoDate,
	finishedAt: isoDate,
	total: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
	ending: v.optional(v.pipe(v.string(), v.maxLength(64)))
});
export type AttemptRecord = v.InferOutput<typeof AttemptSchema>;

export const QuizSettingsSchema = v.object({
	/** At most this many never-reviewed cards enter one day's review. */
	dailyNewLimit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))
});
export type QuizSettings = v.InferOutput<typeof QuizSettingsSchema>;
export const DEFAULT_QUIZ_SETTINGS: QuizSettings = { dailyNewLimit: 20 };

/** Added within v2 with defaults, so v2 records written before them still load unchanged. */
export const DisplaySettingsSchema = v.object({
	textSize: v.optional(v.picklist(TEXT_SIZES), DEFAULT_DISPLAY.textSize),
	theme: v.optional(v.picklist(THEMES), DEFAULT_DISPLAY.theme),
	motion: v.optional(v.picklist(MOTIONS), DEFAULT_DISPLAY.motion),
	textSpeed: v.optional(v.picklist(TEXT_SPEEDS), DEFAULT_DISPLAY.textSpeed)
});

export const PracticeSettingsSchema = v.object({
	/** Offer "undo last choice" in practice mode (never in exam mode). */
	undo: v.optional(v.boolean(), true),
	/** In practice mode, type a reply of one's own at each decision before the options show (the free-text coach). */
	ownWords: v.optional(v.boolean(), false)
});
export const DEFAULT_PRACTICE_SETTINGS: v.InferOutput<typeof PracticeSettingsSchema> = { undo: true, ownWords: false };

/** The learner's own plan (quiz/daily-plan.ts): an exam date to count down to and a daily goal. Added within v2 with defaults. */
export const PlanSettingsSchema = v.object({
	/** YYYY-MM-DD. */
	examDate: v.optional(calendarDateSchema),
	dailyItems: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500)), 0),
	dailyCase: v.optional(v.boolean(), false)
});
export type PlanSettings = v.InferOutput<typeof PlanSettingsSchema>;
export const DEFAULT_PLAN_SETTINGS: PlanSettings = { dailyItems: 0, dailyCase: false };

export const SettingsSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	locale: v.optional(locale),
	quiz: QuizSettingsSchema,
	display: v.optional(DisplaySettingsSchema, () => ({ ...DEFAULT_DISPLAY })),
	practice: v.optional(PracticeSettingsSchema, () => ({ ...DEFAULT_PRACTICE_SETTINGS })),
	plan: v.optional(PlanSettingsSchema, () => ({ ...DEFAULT_PLAN_SETTINGS }))
});
export type SettingsRecord = v.InferOutput<typeof SettingsSchema>;

const itemId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));
const recordId = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), v.minLength(1), v.maxLength(64));
const seed = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff));
const ms = v.pipe(v.number(), v.finite(), v.minValue(0));
const points = v.pipe(v.number(), v.finite(), v.minValue(0));
/** Item id → option indices chosen (order items: the order given). */
const answers = v.record(itemId, v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9))), v.maxLength(10)));
const itemIds = v.pipe(v.array(itemId), v.minLength(1), v.maxLength(200));
const paperMode = v.picklist(['practice', 'exam']);

/**
 * The review deck. `deck` is review.ts `serialise(cards)`: the deck keeps
 * its own version inside, and its cards are validated one by one on load
 * (progress.ts), so one bad card never costs the others.
 */
export const DeckSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	deck: v.string()
});
export type DeckRecord = v.InferOutput<typeof DeckSchema>;

/** The mistake book (错题本) and flags, as mistakes.ts keeps them. */
export const MistakesSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	book: MistakeBookSchema
});
export type MistakesRecord = v.InferOutput<typeof MistakesSchema>;

/** Every answer given, newest last; longer lists are cut to the newest HISTORY_CAP on load. */
export const HistorySchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	events: v.pipe(
		v.array(AnswerEventSchema),
		v.transform((xs) => xs.slice(-HISTORY_CAP))
	)
});
export type HistoryRecord = v.InferOutput<typeof HistorySchema>;

/** The learner's own notes on items and case decisions (quiz/notes.ts); added within v2, so absent on older stores. */
export const NotesRecordSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	notes: NotesSchema
});
export type NotesRecord = v.InferOutput<typeof NotesRecordSchema>;

const TopicTallySchema = v.object({
	points,
	max: points,
	correct: v.pipe(v.number(), v.integer(), v.minValue(0)),
	count: v.pipe(v.number(), v.integer(), v.minValue(0))
});

/**
 * A finished mock paper. The item ids are stored beside the seed: the seed
 * rebuilds the paper only while the bank is unchanged, and the review of an
 * old paper should still show the questions that were asked.
 */
export const PaperSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	id: recordId,
	seed,
	mode: paperMode,
	itemIds,
	answers,
	flags: v.array(itemId),
	startedAt: isoDate,
	finishedAt: isoDate,
	/** The time allowed, and how much of it was used. */
	durationMs: ms,
	usedMs: ms,
	/** Submitted by the clock at zero rather than by the learner. */
	timedOut: v.boolean(),
	total: points,
	max: points,
	passLine: points,
	passed: v.boolean(),
	perTopic: v.record(v.picklist(TOPIC_IDS), TopicTallySchema)
});
export type PaperRecord = v.InferOutput<typeof PaperSchema>;

/** The mock paper in progress: saved after every answer, so a reload resumes it with the time that was left. */
export const PaperCurrentSchema = v.object({
	v: v.literal(SCHEMA_VERSION),
	id: recordId,
	seed,
	mode: paperMode,
	itemIds,
	answers,
	flags: v.array(itemId),
	startedAt: isoDate,
	updatedAt: isoDate,
	durationMs: ms,
	remainingMs: ms,
	paused: v.boolean(),
	/** The item on screen, 0-based. */
	current: v.pipe(v.number(), v.integer(), v.minValue(0))
});
export type PaperCurrentRecord = v.InferOutput<typeof PaperCurrentSchema>;

export { KEY } from './keys.ts';

export type RecordKind = 'run' | 'attempt' | 'settings' | 'deck' | 'mistakes' | 'history' | 'notes' | 'paper' | 'paperCurrent';

/**
 * The instructor's and learner's records, validated against the instructor
 * code's own schemas by instructor-records.ts, which the loader imports only
 * when such records exist: the pages that never see them never ship those schemas.
 */
export type InstructorKind = 'instructorResult' | 'instructorStory' | 'instructorAssignment' | 'learnerAssignment' | 'learnerSubmission';

/** A record moved aside on load (see progress.ts loadProgress). */
export interface SetAside {
	key: string;
	kind: RecordKind | InstructorKind;
	reason: 'unreadable' | 'invalid' | 'newer-version';
	detail: string;
}

/** Moves a record aside (see loadProgress). */
export type SetAsideFn = (
	key: string,
	kind: SetAside['kind'],
	reason: SetAside['reason'],
	detail: string,
	raw: unknown,
	then?: () => Promise<void>
) => Promise<void>;

const INSTRUCTOR_KINDS: InstructorKind[] = [
	'instructorResult',
	'instructorStory',
	'instructorAssignment',
	'learnerAssignment',
	'learnerSubmission'
];

export const instructorKindOfKey = (key: string): InstructorKind | null =>
	INSTRUCTOR_KINDS.find((kind) => key.startsWith(PREFIX[kind])) ?? null;

export function kindOfKey(key: string): RecordKind | null {
	if (key.startsWith(PREFIX.run)) return 'run';
	if (key.startsWith(PREFIX.attempt)) return 'attempt';
	if (key === KEY.settings) return 'settings';
	if (key === KEY.deck) return 'deck';
	if (key === KEY.mistakes) return 'mistakes';
	if (key === KEY.history) return 'history';
	if (key === KEY.notes) return 'notes';
	if (key === KEY.paperCurrent) return 'paperCurrent';
	if (key.startsWith(PREFIX.paper)) return 'paper';
	return null;
}

export const SCHEMAS = {
	run: RunSchema,
	attempt: AttemptSchema,
	settings: SettingsSchema,
	deck: DeckSchema,
	mistakes: MistakesSchema,
	history: HistorySchema,
	notes: NotesRecordSchema,
	paper: PaperSchema,
	paperCurrent: PaperCurrentSchema
} as const;

/**
 * Upgrades a record of an older version, one step at a time: `MIGRATIONS[n]`
 * turns a vN record of the given kind into vN+1. Each bump adds a step here
 * and fixtures of the old shapes under tests/fixtures/progress-vN/.
 */
export const MIGRATIONS: Record<number, (record: Record<string, unknown>, kind: RecordKind) => Record<string, unknown>> = {
	// v1 → v2: the quiz arrived. Settings gain the quiz's daily limit on new
	// review cards; runs and attempts keep their fields. The quiz records
	// themselves did not exist in v1, so any other kind at v1 is left to fail
	// validation (and be set aside) rather than be guessed at.
	1: (old, kind) => {
		if (kind === 'settings') return { ...old, v: 2, quiz: { ...DEFAULT_QUIZ_SETTINGS } };
		if (kind === 'run' || kind === 'attempt') return { ...old, v: 2 };
		return old;
	}
};
