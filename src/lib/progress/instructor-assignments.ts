/** The assignments an instructor composed, kept in their own browser. */
import * as v from 'valibot';
import { AssignmentSchema, type Assignment } from '../instructor/assignment.ts';
import { KEY, PREFIX } from './keys.ts';
import type { KeyValueStore } from './kv-store.ts';

export async function saveAssignment(store: KeyValueStore, assignment: Assignment): Promise<void> {
	await store.set(KEY.instructorAssignment(assignment.id), assignment);
}

/** By id; a damaged record is left out here (the progress loader sets it aside and says so). */
export async function loadAssignments(store: KeyValueStore): Promise<Map<string, Assignment>> {
	const out = new Map<string, Assignment>();
	for (const [, value] of await store.entries(PREFIX.instructorAssignment)) {
		const parsed = v.safeParse(AssignmentSchema, value);
		if (parsed.success) out.set(parsed.output.id, parsed.output);
	}
	return out;
}
