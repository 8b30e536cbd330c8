import { islandScripts } from '$lib/server/islands';

/**
 * The home page is prerendered without SvelteKit's client: it is a list of
 * links, and the router and hydration would cost more than the rest of the
 * page together. Its island (src/lib/islands/home.ts) adds what depends on
 * the learner's progress.
 */
export const csr = false;

export const load = () => ({ island: islandScripts('src/lib/islands/home.ts') });
