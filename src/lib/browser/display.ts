/**
 * Puts the display settings on <html> (data-theme, data-text-size,
 * data-motion; app.css reads them) and keeps the localStorage copy that
 * src/app.html reads before first paint.
 */
import { DISPLAY_MIRROR_KEY, resolveDisplay, type DisplaySettings } from '../settings/display.ts';

const DARK = '(prefers-color-scheme: dark)';
const REDUCED = '(prefers-reduced-motion: reduce)';

export function applyDisplay(d: DisplaySettings): void {
	const root = document.documentElement;
	const r = resolveDisplay(d, { prefersDark: matchMedia(DARK).matches, prefersReducedMotion: matchMedia(REDUCED).matches });
	root.dataset.theme = r.theme;
	root.dataset.textSize = r.textSize;
	root.dataset.motion = r.motion;
	try {
		localStorage.setItem(DISPLAY_MIRROR_KEY, JSON.stringify(d));
	} catch {
		// No localStorage (private mode): the page still gets the settings from IndexedDB, a moment later.
	}
}

/** Re-applies when the device switches between light and dark or changes its motion preference. */
export function followDevice(current: () => DisplaySettings): () => void {
	const queries = [matchMedia(DARK), matchMedia(REDUCED)];
	const onchange = () => applyDisplay(current());
	for (const q of queries) q.addEventListener('change', onchange);
	return () => queries.forEach((q) => q.removeEventListener('change', onchange));
}

/** For code that animates (charts): the learner's choice and the device's together. */
export function prefersReducedMotion(): boolean {
	const set = document.documentElement.dataset.motion;
	return set ? set === 'reduce' : matchMedia(REDUCED).matches;
}
