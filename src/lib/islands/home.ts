/**
 * The home page's only script. The page is prerendered without SvelteKit's
 * client (see its +page.server.ts); this mounts, over the prerendered
 * markup, the two parts that change with the learner's data: the top of
 * the site (storage notices, the language switch that remembers, the update
 * prompt) and the home itself (scores, runs to resume, reviews due).
 */
import { mount, type Component, type ComponentProps } from 'svelte';
import Home from '$lib/components/Home.svelte';
import SiteTop from '$lib/components/SiteTop.svelte';
import { localeOf } from '$lib/i18n/messages';
import { loadWriterOnFirstWrite } from '$lib/progress/browser-store';

// The page writes only when the language switch is used, and that waits for its write.
loadWriterOnFirstWrite();

const locale = localeOf(document.documentElement.lang === 'en' ? 'en' : undefined);

/** Mounts `component` in place of what was prerendered in `[data-island=name]`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component; its props are checked through ComponentProps
function island<C extends Component<any>>(name: string, component: C, props: ComponentProps<C>) {
	const target = document.querySelector(`[data-island="${name}"]`);
	if (!target) return;
	target.replaceChildren();
	mount(component, { target, props });
}

island('site-top', SiteTop, {
	locale,
	pathname: location.pathname,
	navigate: (href, { replace }) => (replace ? location.replace(href) : location.assign(href))
});
island('home', Home, { locale });
