import { loadStory } from '$lib/content/catalogue';
import { StoryEngine } from '$lib/engine/story-engine';
import { scenarioEntries, scenarioFromParams } from '$lib/server/scenario-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = scenarioEntries;

/** Runs the story to its first decision at build time, so the HTML holds it. */
export const load: PageServerLoad = async ({ params }) => {
	const { locale, meta } = scenarioFromParams(params);
	const opening = new StoryEngine(await loadStory(params.scenario, locale)).continue();
	return { meta, opening };
};
