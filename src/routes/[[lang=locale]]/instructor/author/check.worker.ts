/**
 * Compiles and audits ink off the main thread. This worker is the only code
 * that imports the ink compiler in the browser, so the compiler lands in the
 * worker's own chunk, fetched only when the authoring page first checks a
 * story. A realistic case takes seconds to audit; here that never freezes
 * the page, and a check can be cancelled by terminating the worker. The
 * walk reports how far it has got, and stops at the time limit with what it
 * found, so a story too large to walk still gets an answer.
 */
import { compileInk } from '$lib/engine/compile';
import { checkInkSource, storyHash, toCustomStory } from '$lib/instructor/custom-story';
import { CHECK_TIME_LIMIT_MS, type CheckProgress, type CheckReply, type CheckRequest } from './checker';

self.onmessage = async ({ data }: MessageEvent<CheckRequest>) => {
	let reply: CheckReply;
	try {
		const check = checkInkSource(data.source, compileInk, {
			filename: data.filename,
			timeLimitMs: data.timeLimitMs ?? CHECK_TIME_LIMIT_MS,
			onProgress: (p) => self.postMessage({ id: data.id, progress: p } satisfies CheckProgress)
		});
		const hash = check.json ? await storyHash(check.json) : undefined;
		// Only an accepted story becomes a record; the rest can still be played by hash.
		const story = check.accepted && check.json && hash ? toCustomStory(check.json, hash) : undefined;
		reply = { id: data.id, check, hash, story };
	} catch (e) {
		reply = { id: data.id, failure: e instanceof Error ? e.message : String(e) };
	}
	self.postMessage(reply);
};
