import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { MESSAGES } from '$lib/i18n/messages';
import { QUIZ_ENTRY } from '$lib/i18n/quiz-entry';
import { progress } from '$lib/state/progress.svelte';
import SiteTop from './SiteTop.svelte';

// jsdom has no IndexedDB: the shared progress state opens its in-memory fallback, as a refusing browser would.
describe('SiteTop', () => {
	// jsdom has no media queries; the device prefers light and full motion.
	beforeEach(() => {
		vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
	});

	it('marks the section the page is in', () => {
		render(SiteTop, { locale: 'en', pathname: '/en/quiz/review', navigate: () => {} });
		expect(screen.getByRole('link', { name: QUIZ_ENTRY.en.quiz }).getAttribute('aria-current')).toBe('page');
		expect(screen.getByRole('link', { name: MESSAGES.en.settingsNav }).getAttribute('aria-current')).toBeNull();
	});

	it('remembers the other language, then goes to the same page in it', async () => {
		const navigate = vi.fn();
		render(SiteTop, { locale: 'zh-CN', pathname: '/play/elderly-wang', navigate });
		const link = screen.getByTestId('switch-language');
		expect(link.getAttribute('href')).toBe('/en/play/elderly-wang');
		await fireEvent.click(link);
		await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/en/play/elderly-wang', { replace: false }));
		expect(progress.settings.locale).toBe('en');
	});

	it('once storage has opened, moves to the remembered language in place of the page, and says storage is not kept', async () => {
		const navigate = vi.fn();
		render(SiteTop, { locale: 'zh-CN', pathname: '/', navigate });
		await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/en', { replace: true }));
		expect((await screen.findByTestId('storage-warning')).textContent).toBe(MESSAGES['zh-CN'].storage.unavailable);
	});
});
