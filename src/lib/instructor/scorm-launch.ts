/**
 * The parameters a SCORM launch page hands the play page in its query:
 * `?scorm=1&mode=exam&pass=60&ref=<assignment id>`. The play page reads them
 * back with readScoLaunch; anything out of range reads as absent, and a
 * mode that is not `practice` reads as exam, so a damaged address can never
 * open an exam package in practice mode.
 */
export type ScoMode = 'practice' | 'exam';

export interface ScoLaunch {
	mode: ScoMode;
	/** The assignment's pass mark, 0–100; without one the LMS is told `completed`, not passed or failed. */
	passMark?: number;
	/** The assignment the package was made from. */
	assignmentId?: string;
}

const ASSIGNMENT_ID = /^[A-Za-z0-9_-]{6,32}$/;

export function launchQuery(launch: ScoLaunch): string {
	const q = new URLSearchParams({ scorm: '1', mode: launch.mode });
	if (launch.passMark !== undefined) q.set('pass', String(launch.passMark));
	if (launch.assignmentId) q.set('ref', launch.assignmentId);
	return q.toString();
}

/** The launch in a play page's query, or null when the page was not opened as a SCO. */
export function readScoLaunch(query: URLSearchParams): ScoLaunch | null {
	if (query.get('scorm') !== '1') return null;
	const launch: ScoLaunch = { mode: query.get('mode') === 'practice' ? 'practice' : 'exam' };
	const pass = query.get('pass');
	if (pass !== null && /^\d{1,3}$/.test(pass) && Number(pass) <= 100) launch.passMark = Number(pass);
	const ref = query.get('ref');
	if (ref !== null && ASSIGNMENT_ID.test(ref)) launch.assignmentId = ref;
	return launch;
}
