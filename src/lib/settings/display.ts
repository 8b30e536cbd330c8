/**
 * Display and comfort settings: what the learner chose, and what that means
 * once the device's own preferences are taken into account. Pure; the page
 * applies the result as data attributes on <html> (state/display.ts), and
 * src/app.html repeats the same resolution before first paint.
 */
export const TEXT_SIZES = ['small', 'medium', 'large', 'xlarge'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export const MOTIONS = ['system', 'reduce'] as const;
export const TEXT_SPEEDS = ['instant', 'paced'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Theme = (typeof THEMES)[number];
export type Motion = (typeof MOTIONS)[number];
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

export interface DisplaySettings {
	textSize: TextSize;
	theme: Theme;
	motion: Motion;
	textSpeed: TextSpeed;
}

export const DEFAULT_DISPLAY: DisplaySettings = { textSize: 'medium', theme: 'system', motion: 'system', textSpeed: 'instant' };

/**
 * localStorage key of a copy of the display settings. IndexedDB is the record
 * of truth but answers too late for the first paint; this copy lets the
 * script in app.html set theme and text size before anything is drawn.
 */
export const DISPLAY_MIRROR_KEY = 'casework-display';

export interface DevicePreferences {
	prefersDark: boolean;
	prefersReducedMotion: boolean;
}

export interface ResolvedDisplay {
	theme: 'light' | 'dark';
	textSize: TextSize;
	motion: 'reduce' | 'full';
}

export function resolveDisplay(d: DisplaySettings, device: DevicePreferences): ResolvedDisplay {
	return {
		theme: d.theme === 'system' ? (device.prefersDark ? 'dark' : 'light') : d.theme,
		textSize: d.textSize,
		motion: d.motion === 'reduce' || device.prefersReducedMotion ? 'reduce' : 'full'
	};
}

/** Han characters take longer to read per character than Latin letters. */
const HAN = /\p{Script=Han}/u;

/**
 * How long a line stays alone before the next one appears in paced mode:
 * long enough to feel like a conversation, short enough not to become a
 * wait. Reading speed is roughly 6 Han characters or 15 Latin letters a second,
 * paced at about a third of full reading time and capped.
 */
export function revealDelayMs(text: string): number {
	let units = 0;
	for (const ch of text) units += HAN.test(ch) ? 2.5 : 1;
	return Math.round(Math.min(1800, 250 + units * 22));
}
