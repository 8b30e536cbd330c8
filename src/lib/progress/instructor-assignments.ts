/** The assignments an instructor composed, kept in their own browser. */
import type { Assignment } from '../instructor/assignment.ts';
import { KEY } from './keys.ts';
import type { KeyValueStore } from './kv-store.ts';

export async function saveAssignment(store: KeyValueStore, assignment: Assignment): Promise<void> {
	await store.set(KEY.instructorAssignment(assignment.id), assignment);
}
