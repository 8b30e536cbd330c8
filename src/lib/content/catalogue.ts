/**
 * The built-in scenarios. Stories live outside src (stories/<id>/<locale>.ink)
 * and are compiled by the ink Vite plugin: metadata eagerly (small), the
 * story itself as a lazy chunk loaded only by the page that plays it.
 */
import type { Locale } from '../i18n/messages.ts';
import type { StoryMeta } from './story-meta.ts';

const metas = import.meta.glob<StoryMeta>('/stories/*/*.ink', { query: '?meta', import: 'default', eager: true });
const stories = import.meta.glob<string>('/stories/*/*.ink', { import: 'default' });

const pathOf = (id: string, locale: Locale) => `/stories/${id}/${locale}.ink`;

export const SCENARIO_IDS: string[] = [...new Set(Object.keys(metas).map((p) => p.split('/')[2]))].sort(
	(a, b) => (metas[pathOf(a, 'zh-CN')]?.difficulty ?? 0) - (metas[pathOf(b, 'zh-CN')]?.difficulty ?? 0) || a.localeCompare(b)
);

export function scenarioMeta(id: string, locale: Locale): StoryMeta | undefined {
	return metas[pathOf(id, locale)];
}

export function listScenarios(locale: Locale): StoryMeta[] {
	return SCENARIO_IDS.map((id) => scenarioMeta(id, locale)).filter((m): m is StoryMeta => !!m);
}

/** @throws when the story chunk is missing or fails to load. */
export async function loadStory(id: string, locale: Locale): Promise<string> {
	const load = stories[pathOf(id, locale)];
	if (!load) throw new Error(`Unknown scenario ${id}/${locale}`);
	return load();
}

/** Finds the built-in story with this version hash (any locale). */
export function findStoryByHash(hash: string): StoryMeta | undefined {
	return Object.values(metas).find((m) => m.hash === hash);
}
