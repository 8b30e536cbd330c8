/**
 * Paced reveal of a new passage: its lines appear one after another, each
 * after a pause that depends on the length of the line before, as in a real
 * conversation. Any key or the "show all" button ends the wait at once.
 */
import { revealDelayMs } from '../settings/display.ts';

export class Reveal {
	/** Lines of the newest passage on screen. */
	shown = $state(Infinity);
	total = $state(0);
	readonly done = $derived(this.shown >= this.total);
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Starts revealing `lines`, or shows them all at once when not paced. */
	start(lines: readonly string[], paced: boolean): void {
		this.#clear();
		this.total = lines.length;
		if (!paced || lines.length < 2) {
			this.shown = Infinity;
			return;
		}
		this.shown = 1;
		const next = () => {
			this.shown += 1;
			if (this.shown < lines.length) this.#timer = setTimeout(next, revealDelayMs(lines[this.shown - 1]));
		};
		this.#timer = setTimeout(next, revealDelayMs(lines[0]));
	}

	finish(): void {
		this.#clear();
		this.shown = Infinity;
	}

	#clear() {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
