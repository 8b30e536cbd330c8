/**
 * A learner's side of assignments: the assignments they accepted (with the
 * name they chose) and the result packages of the cases they finished.
 */
import * as v from 'valibot';
import { KEY, PREFIX } from './keys.ts';
import type { KeyValueStore } from './kv-store.ts';
import { AssignmentSchema, type Assignment } from '../instructor/assignment.ts';
import { ResultSchema, type ResultPackage } from '../instructor/result.ts';

export const AcceptedSchema = v.object({
	assignment: AssignmentSchema,
	learner: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
	acceptedAt: v.pipe(v.string(), v.isoTimestamp())
});
export type Accepted = v.InferOutput<typeof AcceptedSchema>;

export async function acceptAssignment(store: KeyValueStore, assignment: Assignment, learner: string, now: Date): Promise<Accepted> {
	const record = v.parse(AcceptedSchema, { assignment, learner, acceptedAt: now.toISOString() });
	await store.set(KEY.learnerAssignment(assignment.id), record);
	return record;
}

export async function loadAccepted(store: KeyValueStore): Promise<Accepted[]> {
	const out: Accepted[] = [];
	for (const [, value] of await store.entries(PREFIX.learnerAssignment)) {
		const parsed = v.safeParse(AcceptedSchema, value);
		if (parsed.success) out.push(parsed.output);
	}
	return out.sort((a, b) => b.acceptedAt.localeCompare(a.acceptedAt));
}

export async function saveSubmission(store: KeyValueStore, pkg: ResultPackage): Promise<void> {
	if (!pkg.assignmentId) return;
	await store.set(KEY.learnerSubmission(pkg.assignmentId, pkg.scenarioId), v.parse(ResultSchema, pkg));
}

export async function loadSubmissions(store: KeyValueStore, assignmentId: string): Promise<Map<string, ResultPackage>> {
	const out = new Map<string, ResultPackage>();
	const prefix = `${PREFIX.learnerSubmission}${assignmentId}:`;
	for (const [, value] of await store.entries(prefix)) {
		const parsed = v.safeParse(ResultSchema, value);
		if (parsed.success) out.set(parsed.output.scenarioId, parsed.output);
	}
	return out;
}
