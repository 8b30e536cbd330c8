/**
 * An instructor's own case, carried inside an accepted assignment: found by
 * assignment and version hash, checked against that hash, and opened.
 */
import type { StoryMeta } from '../content/story-meta.ts';
import { StoryEngine, type Passage } from '../engine/story-engine.ts';
import { storyHash } from '../instructor/custom-story.ts';
import { openBrowserStore, type OpenedStore } from '../progress/browser-store.ts';
import { loadAccepted } from '../progress/learner-assignments.ts';

export interface ReadyCase {
	meta: StoryMeta;
	opening: Passage;
	json: string;
}

/** `missing`: no such assignment or story; otherwise why the story cannot be played. */
export type CaseProblem = { kind: 'missing' } | { kind: 'broken'; reason: string };

export class AssignedCase {
	#open: () => Promise<OpenedStore>;
	ready = $state.raw<ReadyCase | null>(null);
	problem = $state.raw<CaseProblem | null>(null);

	constructor(open: () => Promise<OpenedStore> = openBrowserStore) {
		this.#open = open;
	}

	async load(assignmentId: string | null, hash: string | null): Promise<void> {
		const { store } = await this.#open();
		const story = (await loadAccepted(store)).find((a) => a.assignment.id === assignmentId)?.assignment.custom.find((s) => s.hash === hash);
		if (!story) {
			this.problem = { kind: 'missing' };
			return;
		}
		try {
			if ((await storyHash(story.json)) !== story.hash) throw new Error('the story does not match its version hash');
			const engine = new StoryEngine(story.json);
			const opening = engine.continue();
			const meta: StoryMeta = {
				id: story.id,
				locale: story.locale,
				title: story.title,
				summary: engine.globals.summary,
				minutes: engine.globals.minutes,
				difficulty: engine.globals.difficulty,
				hash: story.hash,
				skills: engine.globals.skills,
				uses: engine.globals.skills,
				endings: [],
				decisions: [0, 0],
				cast: engine.globals.cast
			};
			this.ready = { meta, opening, json: story.json };
		} catch (e) {
			this.problem = { kind: 'broken', reason: e instanceof Error ? e.message : String(e) };
		}
	}
}
