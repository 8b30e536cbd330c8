import { error } from '@sveltejs/kit';
import { localeOf } from '$lib/i18n/messages';
import { SCENARIO_IDS, loadStory, scenarioMeta } from '$lib/content/catalogue';
import { StoryEngine } from '$lib/engine/story-engine';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	SCENARIO_IDS.flatMap((scenario) => [
		{ lang: '', scenario },
		{ lang: 'en', scenario }
	]);

/** Runs the story to its first decision at build time, so the HTML holds it. */
export const load: PageServerLoad = async ({ params }) => {
	const locale = localeOf(params.lang);
	const meta = scenarioMeta(params.scenario, locale);
	if (!meta) error(404, { message: 'Not found', kind: 'not-found', id: params.scenario });
	const opening = new StoryEngine(await loadStory(params.scenario, locale)).continue();
	return { meta, opening };
};
