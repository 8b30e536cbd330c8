import { scenarioEntries, scenarioFromParams } from '$lib/server/scenario-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = scenarioEntries;

export const load: PageServerLoad = async ({ params }) => ({ meta: scenarioFromParams(params).meta });
