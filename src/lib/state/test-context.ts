/** For component tests: a fresh, private ProgressState, and the context that hands it to the rendered tree. */
import { MemoryStore } from '../progress/kv-store.ts';
import { progressContext } from './context.ts';
import { ProgressState } from './progress.svelte.ts';

export async function privateProgress({ persistent = false, store = new MemoryStore() } = {}) {
	const progress = new ProgressState();
	await progress.open(async () => ({ store, persistent }));
	return { progress, store, context: progressContext(progress) };
}
