/**
 * The quiz pages' keyboard: which keys pick an option, which move between
 * questions, and where keys must be left alone (text fields, dialogs).
 */
import { LETTERS } from '$lib/i18n/quiz-messages';

/** Fields where a key is text; radios and checkboxes are not among them, since the quiz keys drive them. */
const TEXT_FIELDS = 'input:not([type="radio"]):not([type="checkbox"]), textarea, select';

/** A key pressed with Alt, Ctrl or ⌘ belongs to the browser. */
export function modified(e: KeyboardEvent): boolean {
	return e.altKey || e.ctrlKey || e.metaKey;
}

/** Whether the key was pressed in a text field, or inside anything matching `also` (e.g. a dialog). */
export function inField(e: KeyboardEvent, also = ''): boolean {
	const target = e.target as Element | null;
	return !!target?.closest?.(also ? `${TEXT_FIELDS}, ${also}` : TEXT_FIELDS);
}

/** ← as -1 and → as 1 (moving between questions); 0 for any other key, a modified one, or one typed in a field. */
export function arrowStep(e: KeyboardEvent, also = ''): -1 | 0 | 1 {
	if (modified(e) || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') || inField(e, also)) return 0;
	return e.key === 'ArrowRight' ? 1 : -1;
}

/** A–G (either case) or 1–9 as an option index below `count`; -1 for any other key. */
export function optionIndex(key: string, count: number): number {
	const k = /^[1-9]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key.toUpperCase() as (typeof LETTERS)[number]);
	return k >= 0 && k < count ? k : -1;
}
