/**
 * The learner's progress reaches components through Svelte's context, set
 * once by the root layout (or the home island for its tree), so a component
 * test renders with a state of its own instead of sharing a module-level one.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { ProgressState } from './progress.svelte.ts';

const KEY = Symbol('progress');

/** Makes `progress` the state of the component being initialised and its descendants. */
export function setProgress(progress: ProgressState): ProgressState {
	return setContext(KEY, progress);
}

/** The context for `mount` or `render` outside a tree that set one (the home island, component tests). */
export function progressContext(progress: ProgressState): Map<unknown, unknown> {
	return new Map([[KEY, progress]]);
}

/** The progress of the component tree being initialised; call it during component set-up. */
export function useProgress(): ProgressState {
	if (!hasContext(KEY))
		throw new Error('useProgress(): no ProgressState in context; the root layout (or the home island) sets one with setProgress()');
	return getContext<ProgressState>(KEY);
}
