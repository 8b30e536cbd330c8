import type { EntryGenerator } from './$types';

/** Nothing links here yet, so the prerenderer is told about both languages. */
export const entries: EntryGenerator = () => [{ lang: '' }, { lang: 'en' }];
