/**
 * The author's test play of a story just checked: a Player over the compiled
 * JSON, with progress kept in memory so a test play never appears in (or
 * resumes from) the learner's progress. A runtime error the audit could not
 * foresee stops the play and is shown, never thrown.
 */
import type { Passage } from '../engine/story-engine.ts';
import { StoryEngine } from '../engine/story-engine.ts';
import { customStoryId } from '../instructor/custom-story.ts';
import type { Locale } from '../i18n/messages.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { Player } from './player.svelte.ts';
import { ProgressState } from './progress.svelte.ts';

export interface TrialPlayOptions {
	/** The compiled story. */
	json: string;
	hash: string;
	locale: Locale;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class TrialPlay {
	runtimeError = $state<string | undefined>();
	readonly player: Player;
	readonly progress = new ProgressState();

	constructor({ json, hash, locale }: TrialPlayOptions) {
		this.progress.open(async () => ({ store: new MemoryStore(), persistent: true }));
		let opening: Passage;
		try {
			opening = new StoryEngine(json).continue();
		} catch (e) {
			this.runtimeError = message(e);
			opening = { lines: [], choices: [], ended: true };
		}
		this.player = new Player({
			scenarioId: customStoryId(hash),
			locale,
			storyHash: hash,
			opening,
			loadStory: async () => json,
			progress: this.progress
		});
	}

	start(): Promise<void> {
		return this.player.start();
	}

	/** Takes a choice; false when none was taken (the play has stopped on an error). */
	async choose(index: number): Promise<boolean> {
		if (this.runtimeError) return false;
		try {
			await this.player.choose(index);
		} catch (e) {
			// The audit has walked every path, but a story may still fail where it could not look (too many states).
			this.runtimeError = message(e);
			return false;
		}
		return true;
	}

	async restart(): Promise<void> {
		this.runtimeError = undefined;
		await this.player.restart();
	}
}
