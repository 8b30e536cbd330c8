/**
 * Runs `task` once the page has painted and the browser is idle (at most
 * 300 ms later): for work that must not compete with showing the page, such
 * as fetching the ink runtime or opening storage.
 */
export function afterFirstPaint(task: () => void): void {
	if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 300 });
	else requestAnimationFrame(() => setTimeout(task, 0));
}
