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
import { progressContext } from '$lib/state/context';
import { ProgressState } from '$lib/state/progress.svelte';

/** One state for both parts, as the root layout gives every other page. The page writes only when the language switch is used, and that waits for its write. */
const context = progressContext(new ProgressState({ writerOnFirstWrite: true }));

const locale = localeOf(document.documentElement.lang === 'en' ? 'en' : undefined);

/** What a keyboard can reach: the island keeps focus where it was when it replaces the markup. */
const FOCUSABLE = 'a[href], button, select, input, summary';

/** Mounts `component` in place of what was prerendered in `[data-island=name]`, which it renders the same until storage answers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component; its props are checked through ComponentProps
function island<C extends Component<any>>(name: string, component: C, props: ComponentProps<C>) {
	const target = document.querySelector(`[data-island="${name}"]`);
	if (!target) return;
	const focused = [...target.querySelectorAll(FOCUSABLE)].indexOf(document.activeElement!);
	target.replaceChildren();
	mount(component, { target, props, context });
	if (focused >= 0) target.querySelectorAll<HTMLElement>(FOCUSABLE)[focused]?.focus();
}

island('site-top', SiteTop, {
	locale,
	pathname: location.pathname,
	navigate: (href, { replace }) => (replace ? location.replace(href) : location.assign(href))
});
island('home', Home, { locale });
