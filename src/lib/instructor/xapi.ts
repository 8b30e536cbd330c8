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
	/** A UUID derived from the attempt: exporting the same attempt again gives the same ids, so an LRS keeps one copy. */
	id: string;
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

/** Any fixed UUID: the namespace of this app's statement ids (RFC 4122 version 5). */
const NAMESPACE = '9b1d6a3e-5c0f-4e57-9a47-3f2d1c8b7e60';

/** RFC 4122 version 5 UUID (SHA-1 of namespace and name). */
export async function uuidV5(name: string, namespace = NAMESPACE): Promise<string> {
	const ns = namespace
		.replace(/-/g, '')
		.match(/../g)!
		.map((h) => parseInt(h, 16));
	const bytes = new Uint8Array([...ns, ...new TextEncoder().encode(name)]);
	const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes)).slice(0, 16);
	hash[6] = (hash[6] & 0x0f) | 0x50;
	hash[8] = (hash[8] & 0x3f) | 0x80;
	const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What names one attempt, its learner and the statement within it, for the statement's id. */
function statementName(pkg: ResultPackage, which: string): string {
	return JSON.stringify([pkg.learner, pkg.assignmentId ?? '', pkg.scenarioId, pkg.storyHash, pkg.startedAt, pkg.choices, which]);
}

/**
 * @param base the site's origin, used for activity and extension IRIs
 * @param title the scenario's title, for the activity name
 * @param passMark the assignment's pass mark: `result.success` is the total against it
 */
export async function statementsFor(
	pkg: ResultPackage,
	result: RunResult,
	base: string,
	title: string,
	passMark?: number
): Promise<XapiStatement[]> {
	// The story's own language: an instructor's zh-CN story may have been played from the English interface.
	const lang = pkg.locale;
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
	const duration = Date.parse(pkg.finishedAt) - Date.parse(pkg.startedAt);
	const completed: XapiStatement = {
		id: await uuidV5(statementName(pkg, 'completed')),
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
			...(Number.isFinite(duration) ? { duration: isoDuration(duration) } : {}),
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
	const ids = await Promise.all(result.decisions.map((d) => uuidV5(statementName(pkg, `decision ${d.n}`))));
	const answered = result.decisions.map((d, i): XapiStatement => ({
		id: ids[i],
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
	const total = Number.isFinite(ms) ? Math.max(0, Math.round(ms / 1000)) : 0;
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
