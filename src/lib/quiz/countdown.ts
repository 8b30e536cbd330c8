/**
 * The mock paper's clock as plain data: what is left when it was last
 * started or stopped, and when (in the caller's clock, e.g.
 * performance.now()). Pure, so pausing, resuming and the auto-submit at zero
 * can be tested without waiting.
 */
export interface Countdown {
	/** Milliseconds left at `since`. */
	leftMs: number;
	/** When the clock last started running, or null while paused. */
	since: number | null;
}

export function startCountdown(durationMs: number, now: number, paused = false): Countdown {
	return { leftMs: Math.max(0, durationMs), since: paused ? null : now };
}

/** Milliseconds left at `now`, never below zero. */
export function remaining(c: Countdown, now: number): number {
	return c.since === null ? c.leftMs : Math.max(0, c.leftMs - (now - c.since));
}

export function pause(c: Countdown, now: number): Countdown {
	return c.since === null ? c : { leftMs: remaining(c, now), since: null };
}

export function resume(c: Countdown, now: number): Countdown {
	return c.since === null ? { leftMs: c.leftMs, since: now } : c;
}

export function expired(c: Countdown, now: number): boolean {
	return remaining(c, now) <= 0;
}

/** `1:59:58` or `09:58`: hours only when there are any; seconds rounded up, so 0:00 means really over. */
export function formatClock(ms: number): string {
	const total = Math.ceil(Math.max(0, ms) / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const mm = String(m).padStart(2, '0');
	const ss = String(s).padStart(2, '0');
	return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
