/**
 * Code that runs inside the page, installed before any of the site's scripts
 * (page.addInitScript). Written as a string so tsx's transpiler cannot add
 * helpers (e.g. __name) that do not exist in the browser.
 *
 * window.__bench.marks  — ms since navigation start:
 *   live:    [data-live="true"] first present (choices accept input)
 *   painted: first animation frame with a visible button.choice (the frame
 *            that paints the prerendered choice; rendering is blocked until
 *            CSS arrives, so this cannot fire before it can be seen)
 * window.__bench.arm(timeoutMs) then an input, then `await window.__bench.pending`:
 *   { total, update } ms from the input (capture-phase keydown/pointerdown) to
 *   the frame after a new div.turn appears (total) and to the DOM change (update).
 */
export const PROBE = String.raw`(() => {
	const marks = { live: null, painted: null };
	let frameAsked = false;
	const paintedFrame = () => {
		const b = document.querySelector('button.choice');
		if (b && b.checkVisibility()) marks.painted = performance.now();
		else requestAnimationFrame(paintedFrame);
	};
	const watch = () => {
		if (marks.live === null && document.querySelector('[data-live="true"]')) marks.live = performance.now();
		if (!frameAsked && document.querySelector('button.choice')) {
			frameAsked = true;
			requestAnimationFrame(paintedFrame);
		}
		if (marks.live !== null && frameAsked) loadWatch.disconnect();
	};
	const loadWatch = new MutationObserver(watch);
	loadWatch.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live'] });

	const bench = { marks, pending: null };
	bench.arm = (timeoutMs) => {
		const log = document.querySelector('[data-testid="story-log"]');
		if (!log) return Promise.reject(new Error('no story log on the page'));
		const before = log.querySelectorAll('div.turn').length;
		let t0 = null;
		let tDom = null;
		let timer = 0;
		const onInput = () => { if (t0 === null) t0 = performance.now(); };
		const opts = { capture: true };
		addEventListener('keydown', onInput, opts);
		addEventListener('pointerdown', onInput, opts);
		let turnWatch;
		const done = () => {
			clearTimeout(timer);
			turnWatch.disconnect();
			removeEventListener('keydown', onInput, opts);
			removeEventListener('pointerdown', onInput, opts);
		};
		bench.pending = new Promise((resolve, reject) => {
			turnWatch = new MutationObserver(() => {
				if (tDom !== null || log.querySelectorAll('div.turn').length <= before) return;
				tDom = performance.now();
				requestAnimationFrame(() => {
					const t1 = performance.now();
					done();
					if (t0 === null) reject(new Error('new turn without a recorded input'));
					else resolve({ total: t1 - t0, update: tDom - t0 });
				});
			});
			turnWatch.observe(log, { childList: true, subtree: true });
			timer = setTimeout(() => { done(); reject(new Error('no new div.turn within ' + timeoutMs + ' ms')); }, timeoutMs);
		});
		// A rejection is read later through bench.pending; do not report it as unhandled meanwhile.
		bench.pending.catch(() => {});
		return true;
	};
	window.__bench = bench;
})();`;

export interface LoadMarks {
	live: number | null;
	painted: number | null;
}

export interface TurnTiming {
	total: number;
	update: number;
}
