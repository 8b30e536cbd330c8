import type { Handle } from '@sveltejs/kit';

/** Sets <html lang> per page: English pages live under /en. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.url.pathname === '/en' || event.url.pathname.startsWith('/en/') ? 'en' : 'zh-CN';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
