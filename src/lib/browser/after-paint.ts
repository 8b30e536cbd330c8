/**
 * Runs `task` just after the next frame has been drawn: to show one thing
 * at once and the heavier thing that goes with it a frame later. Returns a
 * function that cancels it.
 */
export function afterNextPaint(task: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/**
 * Runs `task` when the browser is idle, or `timeout` ms later at the latest;
 * where there are no idle callbacks, after the next frame. Returns a function
 * that cancels it.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
	if (typeof requestIdleCallback !== 'function') return afterNextPaint(task);
	const id = requestIdleCallback(() => task(), { timeout });
	return () => cancelIdleCallback(id);
}

/**
 * Runs `task` once the page has painted and the browser is idle (at most
 * 300 ms later): for work that must not compete with showing the page, such
 * as fetching the ink runtime or opening storage.
 */
export function afterFirstPaint(task: () => void): void {
	whenIdle(task, 300);
}
