/**
 * The learner's progress reaches components through Svelte's context, set
 * once by the root layout (or the home island), so a component test renders
 * with a store of its own instead of sharing a module-level one.
 */
import { createContext } from 'svelte';
import { progress as shared, type ProgressState } from './progress.svelte.ts';

const [getProgress, setProgress, hasProgress] = createContext<ProgressState>();

export { setProgress };

/** The progress of the component tree being initialised; call it during component set-up. */
export function useProgress(): ProgressState {
	// Until every tree sets the context, fall back to the page's one instance.
	return hasProgress() ? getProgress() : shared;
}
