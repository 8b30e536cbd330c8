/**
 * Reads the decisions of a finished case out of its transcript, in the shape
 * quiz/review.ts turns into review cards. Plain TypeScript with type-only
 * imports, so the player page can use it without loading the scheduler.
 */
import type { Turn } from '../engine/replay.ts';
import type { Locale } from '../i18n/messages.ts';
import type { ScenarioDecision } from './review.ts';

/** Speaker id of the learner's own lines (stories/AUTHORING.md cast convention). */
const WORKER = 'worker';

export interface StoryFacts {
	/** The story's `# cast` (speaker id → name in the run's language). */
	cast?: Readonly<Record<string, string>>;
	/**
	 * The `#feedback` that taking option `index` at decision `turn` (0-based)
	 * would show; asked only for the decisions that become cards.
	 */
	feedbackOf?: (turn: number, index: number) => string | undefined;
}

/**
 * One decision per turn where a choice was taken. The prompting line is the
 * last thing someone other than the worker said before the choice; failing
 * that (a choice after narration only), the last line shown. Supervisor
 * notes at the top of a turn belong to the previous choice and are skipped.
 * The speaker is named from the cast (its id when the cast lacks it), and
 * narration has none, so a card never puts words in the client's mouth.
 */
export function scenarioDecisions(turns: readonly Turn[], scenarioId: string, locale: Locale, facts: StoryFacts = {}): ScenarioDecision[] {
	const out: ScenarioDecision[] = [];
	turns.forEach((turn, t) => {
		if (turn.chosen === undefined) return;
		const position = turn.choices.findIndex((c) => c.index === turn.chosen);
		if (position < 0) return;
		const lines = turn.lines.filter((l) => !l.feedback && l.text.trim() !== '');
		const said = lines.filter((l) => l.speaker && l.speaker !== WORKER).at(-1) ?? lines.at(-1);
		const quality = turn.choices[position].tags.quality;
		// Feedback costs a run of the story per option: only weak and harmful choices become cards.
		const wanted = quality === 'weak' || quality === 'harmful';
		const decision: ScenarioDecision = {
			scenarioId,
			sourcePath: turn.choices[position].sourcePath,
			clientLine: said?.text ?? '',
			options: turn.choices.map((c) => {
				const feedback = wanted ? facts.feedbackOf?.(t, c.index) : undefined;
				return { text: c.text, ...(c.tags.quality ? { quality: c.tags.quality } : {}), ...(feedback ? { feedback } : {}) };
			}),
			chosen: position,
			locale
		};
		if (said?.speaker) decision.speaker = facts.cast?.[said.speaker] ?? said.speaker;
		out.push(decision);
	});
	return out;
}
