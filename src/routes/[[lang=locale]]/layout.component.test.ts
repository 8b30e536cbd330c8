import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { privateProgress } from '$lib/state/test-context';
import Layout from './+layout.svelte';

// The page the layout is on: SvelteKit's client is not running in a component test.
vi.mock('$app/state', () => ({ page: { url: new URL('https://example.test/play/elderly-wang') } }));
vi.mock('$app/navigation', () => ({ goto: vi.fn() }));

const children = createRawSnippet(() => ({ render: () => '<main></main>' }));

async function renderLayout() {
	const { context } = await privateProgress();
	return render(Layout, { props: { data: { locale: 'zh-CN' }, children }, context });
}

describe('the layout', () => {
	beforeEach(() => {
		// jsdom has no media queries; the device prefers light and full motion.
		vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
	});
	afterEach(() => {
		vi.unstubAllEnvs();
		document.head.querySelectorAll('link[rel="alternate"]').forEach((l) => l.remove());
	});

	it("links the page's other language absolutely when the build knows its origin", async () => {
		vi.stubEnv('VITE_SITE_ORIGIN', 'https://casework.example.org');
		await renderLayout();
		const link = document.head.querySelector('link[rel="alternate"]');
		expect([link?.getAttribute('hreflang'), link?.getAttribute('href')]).toEqual([
			'en',
			'https://casework.example.org/en/play/elderly-wang'
		]);
	});

	it('names no other-language link without an origin: a relative one is invalid', async () => {
		vi.stubEnv('VITE_SITE_ORIGIN', '');
		await renderLayout();
		expect(document.head.querySelector('link[rel="alternate"]')).toBeNull();
	});
});
