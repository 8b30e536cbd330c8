/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: precaches the built app (every JS/CSS chunk, so
 * every story and the quiz bank), the static files and every prerendered
 * page. A new version waits until the learner accepts the update prompt
 * (the page posts 'skip-waiting'), so nothing switches under their feet.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `casework-${version}`;
// 404.html is the static host's fallback: the app shell for any unknown URL.
const ASSETS = [...build, ...files, ...prerendered, '/404.html'];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(ASSETS);
			// Client-side navigation fetches a page's server data; only some pages have it.
			await Promise.allSettled(prerendered.map((p) => cache.add(`${p === '/' ? '' : p}/__data.json`)));
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') sw.skipWaiting();
});

/** Prerendered pages are stored as /path.html (or /path/index.html); requests come as /path. */
function cachedPath(pathname: string): string[] {
	if (pathname.endsWith('/')) return [pathname, `${pathname}index.html`];
	return [pathname, `${pathname}.html`, `${pathname}/index.html`];
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			for (const path of cachedPath(url.pathname)) {
				const hit = await cache.match(path);
				if (hit) return hit;
			}
			try {
				return await fetch(request);
			} catch {
				// Offline and not precached (e.g. an unknown case id): the app shell's fallback page handles it.
				return (await cache.match('/404.html')) ?? new Response('Offline', { status: 503 });
			}
		})()
	);
});
