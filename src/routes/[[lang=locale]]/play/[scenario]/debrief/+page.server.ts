import { error } from '@sveltejs/kit';
import { localeOf } from '$lib/i18n/messages';
import { SCENARIO_IDS, scenarioMeta } from '$lib/content/catalogue';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	SCENARIO_IDS.flatMap((scenario) => [
		{ lang: '', scenario },
		{ lang: 'en', scenario }
	]);

export const load: PageServerLoad = async ({ params }) => {
	const locale = localeOf(params.lang);
	const meta = scenarioMeta(params.scenario, locale);
	if (!meta) error(404, { message: 'Not found', kind: 'not-found', id: params.scenario });
	return { meta };
};
