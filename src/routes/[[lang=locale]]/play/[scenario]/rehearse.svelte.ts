/**
 * Lays out, while the learner is reading, the turns a click could bring. The
 * first time a kind of turn is drawn costs far more than later ones: fonts
 * at new sizes and weights are loaded, words are shaped, templates parsed,
 * code compiled. Measured in Chromium, the first choice's layout fell from
 * about 28 ms to a few once its text had been laid out before.
 *
 * Each rehearsal is mounted out of sight with the turn on screen, updated to
 * the turn that would follow (so the update paths are run, not only the
 * creation ones), laid out and removed within one
 * idle task, so nothing of it is ever painted, read aloud or found by a
 * query; one option per task keeps any input that comes meanwhile from
 * waiting long.
 */
import { flushSync, mount, unmount, type Component } from 'svelte';
import { whenIdle } from '$lib/browser/after-paint';

type Schedule = (task: () => void) => () => void;

const inIdleTime: Schedule = (task) => whenIdle(task, 2000);

/** A component shown with `from`, then updated to `to`: the same path a real turn takes. */
export interface Rehearsal<P> {
	from: P;
	to: P;
}

/** Mounts `component` with `from`, updates it to `to`, lets the browser do style and layout, and removes it again. */
export function renderOnce<P extends Record<string, unknown>>(
	stage: HTMLElement,
	component: Component<P>,
	{ from, to }: Rehearsal<P>
): void {
	const props = $state({ ...from });
	let app: ReturnType<typeof mount> | undefined;
	try {
		app = mount(component, { target: stage, props });
		flushSync();
		Object.assign(props, to);
		flushSync();
		void stage.offsetHeight;
	} finally {
		if (app) void unmount(app);
		// A render that failed halfway may leave nodes behind; none may stay to be found or read.
		stage.replaceChildren();
	}
}

/**
 * Renders each `rehearsals[k]()` (skipping undefined) once, one per idle
 * task, in order. Returns a function that stops the rest.
 */
export function rehearse<P extends Record<string, unknown>>(
	stage: HTMLElement,
	component: Component<P>,
	rehearsals: (() => Rehearsal<P> | undefined)[],
	schedule: Schedule = inIdleTime
): () => void {
	let next = 0;
	let cancel = () => {};
	let stopped = false;
	const step = () => {
		if (stopped) return;
		// A rehearsal is only ever a head start: if it fails, the real choice will say why.
		try {
			const props = rehearsals[next++]();
			if (props) renderOnce(stage, component, props);
		} catch {
			/* reported by the real choice */
		}
		if (next < rehearsals.length) cancel = schedule(step);
	};
	if (rehearsals.length) cancel = schedule(step);
	return () => {
		stopped = true;
		cancel();
	};
}
