/**
 * The progress page's case figures: each finished case with its family
 * scores. Attempts store only their total, so the families come from
 * re-scoring the stored choices by the rules the attempt was scored under,
 * as the debrief does; the stories and the ink runtime load only for this.
 */
import type { CasePoint } from '$lib/charts/progress-charts';
import { loadStory } from '$lib/content/catalogue';
import type { FamilyId } from '$lib/domain/casework';
import type { AttemptRecord } from '$lib/progress/records';

export async function casePoints(attempts: readonly AttemptRecord[]): Promise<CasePoint[]> {
	const { scoreRun, rulesOf } = await import('$lib/scoring');
	const stories = new Map<string, Promise<string | undefined>>();
	const story = (a: AttemptRecord) => {
		const key = `${a.scenarioId}/${a.locale}`;
		// A case that is not built in (an instructor's own) keeps its total; it just has no family scores.
		if (!stories.has(key))
			stories.set(
				key,
				loadStory(a.scenarioId, a.locale).catch(() => undefined)
			);
		return stories.get(key)!;
	};
	return Promise.all(
		attempts.map(async (a): Promise<CasePoint> => {
			const point: CasePoint = { id: a.id, scenarioId: a.scenarioId, finishedAt: a.finishedAt, mode: a.mode, total: a.total };
			const json = await story(a);
			if (!json) return point;
			try {
				const { families } = scoreRun(json, a.choices, a.undone, rulesOf(a));
				const scores = Object.entries(families).map(([f, tally]) => [f as FamilyId, tally!.score] as const);
				return { ...point, families: Object.fromEntries(scores) };
			} catch {
				// The story changed since: the debrief says so; here the case simply has no family scores.
				return point;
			}
		})
	);
}
