/**
 * Code that runs inside the page, installed before any of the site's scripts
 * (page.addInitScript). Written as a string so tsx's transpiler cannot add
 * helpers (e.g. __name) that do not exist in the browser.
 *
 * window.__bench.marks  — ms since navigation start:
 *   interactive: [data-interactive="true"] first present (hydrated: the
 *            choices take input; a click before the story arrives waits)
 *   live:    [data-live="true"] first present (ink runtime and story loaded)
 *   painted: the first choice's text presented on screen (Element Timing
 *            renderTime), which comes from the prerendered HTML
 * window.__bench.arm(timeoutMs) then an input, then `await window.__bench.pending`:
 *   { total, update } ms from the input (the keydown/pointerdown event's timeStamp) to
 *   the frame after a new div.turn appears (total) and to the new turn being in
 *   the DOM with style and layout done, ready to paint (update).
 */
export const PROBE = String.raw`(() => {
	const marks = { interactive: null, live: null, painted: null };
	// Element Timing reports when an element's text is actually presented; a
	// requestAnimationFrame here fired 100–200 ms before that during the load.
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (e.identifier === 'bench-first-choice' && (marks.painted === null || e.renderTime < marks.painted)) marks.painted = e.renderTime;
		}
	}).observe({ type: 'element', buffered: true });
	const watch = () => {
		if (marks.interactive === null && document.querySelector('[data-interactive="true"]')) marks.interactive = performance.now();
		if (marks.live === null && document.querySelector('[data-live="true"]')) marks.live = performance.now();
		// Tag the first choice and everything in it as the parser inserts them, before the first frame.
		const first = document.querySelector('button.choice');
		if (first && marks.painted === null) {
			for (const el of [first, ...first.querySelectorAll('*')]) el.setAttribute('elementtiming', 'bench-first-choice');
		}
		if (marks.live !== null && marks.painted !== null) loadWatch.disconnect();
	};
	const loadWatch = new MutationObserver(watch);
	loadWatch.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live', 'data-interactive'] });

	const bench = { marks, pending: null };
	bench.arm = (timeoutMs) => {
		const log = document.querySelector('[data-testid="story-log"]');
		if (!log) return Promise.reject(new Error('no story log on the page'));
		const before = log.querySelectorAll('div.turn').length;
		let t0 = null;
		let tDom = null;
		let timer = 0;
		// The event's own timestamp is when the input happened, so work that delays handling it (a long task
		// already running) is counted, as in the Event Timing API.
		const onInput = (e) => { if (t0 === null) t0 = e.timeStamp; };
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
				// Force style and layout: the new passage is then ready to paint.
				void document.body.offsetHeight;
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
	interactive: number | null;
	live: number | null;
	painted: number | null;
}

export interface TurnTiming {
	total: number;
	update: number;
}
