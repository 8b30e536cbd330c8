import { BANK } from '$lib/quiz/bank';
import { TOPIC_IDS } from '$lib/quiz/topics';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: '' }, { lang: 'en' }];

/** Chapter sizes, counted at build time: the hub itself never downloads the bank. */
export const load: PageServerLoad = () => ({
	topics: TOPIC_IDS.map((id) => ({ id, count: BANK.byTopic.get(id)?.length ?? 0 }))
});
