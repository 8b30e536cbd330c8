/** What every per-scenario page shares at build time: which pages to prerender, and the 404 for an unknown case. */
import { error } from '@sveltejs/kit';
import { SCENARIO_IDS, scenarioMeta } from '../content/catalogue.ts';
import type { StoryMeta } from '../content/story-meta.ts';
import { localeOf, type Locale } from '../i18n/messages.ts';

/** One page per scenario in each locale (`lang` '' is Chinese, at the root). */
export function scenarioEntries(): { lang: string; scenario: string }[] {
	return SCENARIO_IDS.flatMap((scenario) => [
		{ lang: '', scenario },
		{ lang: 'en', scenario }
	]);
}

/** The scenario a page's params name, or a 404 the error page words. */
export function scenarioFromParams(params: { lang?: string; scenario: string }): { locale: Locale; meta: StoryMeta } {
	const locale = localeOf(params.lang);
	const meta = scenarioMeta(params.scenario, locale);
	if (!meta) error(404, { message: 'Not found', kind: 'not-found', id: params.scenario });
	return { locale, meta };
}
