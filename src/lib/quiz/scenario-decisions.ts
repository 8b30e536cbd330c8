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

/**
 * One decision per turn where a choice was taken. The client's line is the
 * last thing someone other than the worker said before the choice; failing
 * that (a choice after narration only), the last line shown. Supervisor
 * notes at the top of a turn belong to the previous choice and are skipped.
 */
export function scenarioDecisions(turns: readonly Turn[], scenarioId: string, locale: Locale): ScenarioDecision[] {
	const out: ScenarioDecision[] = [];
	for (const turn of turns) {
		if (turn.chosen === undefined) continue;
		const position = turn.choices.findIndex((c) => c.index === turn.chosen);
		if (position < 0) continue;
		const lines = turn.lines.filter((l) => !l.feedback && l.text.trim() !== '');
		const said = lines.filter((l) => l.speaker && l.speaker !== WORKER).at(-1) ?? lines.at(-1);
		out.push({
			scenarioId,
			sourcePath: turn.choices[position].sourcePath,
			clientLine: said?.text ?? '',
			options: turn.choices.map((c) => (c.tags.quality ? { text: c.text, quality: c.tags.quality } : { text: c.text })),
			chosen: position,
			locale
		});
	}
	return out;
}
