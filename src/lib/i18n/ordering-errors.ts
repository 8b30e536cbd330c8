import type { Messages } from './messages.ts';
import { fill } from './messages.ts';
import type { OrderingError } from '../scoring/score.ts';

/** Names an ordering error in the learner's language ("you proposed a plan before any assessment"). */
export function describeOrderingError(e: OrderingError, t: Messages): string {
	if (e.kind === 'missing-follow-up') return t.errMissingFollowUp;
	if (e.kind === 'missing-evaluation') return fill(t.scoring.missingEvaluation, { n: e.decision });
	const specific: Partial<Record<string, string>> = {
		planning: e.skipped.includes('assessment') ? t.errSkipped.planning : undefined,
		intervention: e.skipped.includes('planning') ? t.errSkipped.intervention : undefined,
		closing: e.skipped.includes('evaluation') ? t.errSkipped.closing : undefined,
		'follow-up': e.skipped.includes('closing') ? t.errSkipped['follow-up'] : undefined
	};
	const template = specific[e.phase] ?? t.errSkipped.other;
	return fill(template, {
		n: e.decision,
		phase: t.phases[e.phase],
		from: e.from ? t.phases[e.from] : '—',
		skipped: e.skipped.map((p) => t.phases[p]).join(t.listSeparator)
	});
}
