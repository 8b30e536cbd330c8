/**
 * An assignment's own stories, checked when the assignment arrives rather
 * than when the learner presses Play: each must match its version hash, load
 * as ink, and reach its first decision (a story that loops from the start is
 * refused here, within the engine's step limit). Loaded only for assignments
 * that carry such stories, since it brings the ink runtime.
 */
import { StoryEngine } from '../engine/story-engine.ts';
import type { Assignment } from './assignment.ts';
import { storyHash } from './custom-story.ts';
import { ImportError } from './import-error.ts';

/** @throws ImportError naming the first story that fails. */
export async function checkAssignmentStories(a: Assignment, hash: (json: string) => Promise<string> = storyHash): Promise<void> {
	// Without Web Crypto (a page not served over https) the version cannot be computed here; Play checks it again.
	const canHash = hash !== storyHash || !!globalThis.crypto?.subtle;
	for (const s of a.custom) {
		if (canHash && (await hash(s.json)) !== s.hash) throw new ImportError({ code: 'story-version', title: s.title });
		try {
			new StoryEngine(s.json).continue();
		} catch (e) {
			throw new ImportError({ code: 'story-broken', title: s.title, detail: e instanceof Error ? e.message : String(e) });
		}
	}
}
