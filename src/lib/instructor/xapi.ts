/**
 * xAPI 1.0.3 statements for an LMS or LRS, one `completed` statement per
 * attempt (with the score) and one `answered` statement per decision (with the
 * technique, phase and quality in result extensions). Shape documented in
 * README.md ("xAPI export").
 */
import type { RunResult } from '../scoring/score.ts';
import type { ResultPackage } from './result.ts';

export const VERBS = {
	completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', 'zh-CN': '完成' } },
	answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered', 'zh-CN': '回答' } }
} as const;

export interface XapiStatement {
	actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
	verb: { id: string; display: Record<string, string> };
	object: { objectType: 'Activity'; id: string; definition: { name: Record<string, string>; type: string } };
	result: Record<string, unknown>;
	context: {
		platform: string;
		language: string;
		contextActivities?: { parent: { id: string; objectType: 'Activity' }[] };
		extensions?: Record<string, unknown>;
	};
	timestamp: string;
}

/**
 * @param base the site's origin, used for activity and extension IRIs
 * @param title the scenario's title, for the activity name
 */
export function statementsFor(pkg: ResultPackage, result: RunResult, base: string, title: string, passMark?: number): XapiStatement[] {
	const lang = pkg.locale === 'en' ? 'en-US' : 'zh-CN';
	const scenarioIri = `${base}/xapi/scenario/${pkg.scenarioId}`;
	const ext = (name: string) => `${base}/xapi/extension/${name}`;
	const actor: XapiStatement['actor'] = { objectType: 'Agent', name: pkg.learner, account: { homePage: base, name: pkg.learner } };
	const context = {
		platform: 'Casework Trainer',
		language: lang,
		extensions: {
			[ext('story-version')]: pkg.storyHash,
			[ext('mode')]: pkg.mode,
			...(pkg.assignmentId ? { [ext('assignment')]: pkg.assignmentId } : {})
		}
	};
	const completed: XapiStatement = {
		actor,
		verb: VERBS.completed,
		object: {
			objectType: 'Activity',
			id: scenarioIri,
			definition: { name: { [lang]: title }, type: 'http://adlnet.gov/expapi/activities/simulation' }
		},
		result: {
			score: { scaled: result.total / 100, raw: result.total, min: 0, max: 100 },
			completion: true,
			...(passMark === undefined ? {} : { success: result.total >= passMark }),
			duration: isoDuration(Date.parse(pkg.finishedAt) - Date.parse(pkg.startedAt)),
			extensions: {
				[ext('quality-score')]: result.quality,
				[ext('process-score')]: result.process,
				[ext('family-scores')]: Object.fromEntries(Object.entries(result.families).map(([k, t]) => [k, t!.score])),
				[ext('ordering-errors')]: result.orderingErrors.map((e) =>
					e.kind === 'skipped-phase' ? `${e.decision}:skipped:${e.skipped.join('+')}` : `${e.decision}:missing-follow-up`
				),
				[ext('ending')]: result.ending ?? null
			}
		},
		context,
		timestamp: pkg.finishedAt
	};
	const answered = result.decisions.map((d): XapiStatement => ({
		actor,
		verb: VERBS.answered,
		object: {
			objectType: 'Activity',
			id: `${scenarioIri}/decision/${encodeURIComponent(d.sourcePath)}`,
			definition: { name: { [lang]: `${title} #${d.n}` }, type: 'http://adlnet.gov/expapi/activities/interaction' }
		},
		result: {
			response: d.text,
			success: d.quality === 'best' || d.quality === 'good',
			score: { scaled: d.points, raw: d.points, min: 0, max: 1 },
			extensions: {
				[ext('technique')]: d.techniques,
				[ext('phase')]: d.phase ?? null,
				[ext('quality')]: d.quality ?? null,
				[ext('decision')]: d.n
			}
		},
		context: { ...context, contextActivities: { parent: [{ id: scenarioIri, objectType: 'Activity' }] } },
		timestamp: pkg.finishedAt
	}));
	return [completed, ...answered];
}

/** ISO 8601 duration (PT…S) from milliseconds. */
export function isoDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
