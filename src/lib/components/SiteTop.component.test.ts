import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { MESSAGES } from '$lib/i18n/messages';
import { QUIZ_ENTRY } from '$lib/i18n/quiz-entry';
import { privateProgress } from '$lib/state/test-context';
import SiteTop from './SiteTop.svelte';

// Each test renders with a state of its own, over memory that is not kept, as a browser refusing storage would give.
describe('SiteTop', () => {
	// jsdom has no media queries; the device prefers light and full motion.
	beforeEach(() => {
		vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
	});

	it('refuses to render without a progress state in context, saying where it comes from', () => {
		expect(() => render(SiteTop, { locale: 'en', pathname: '/en', navigate: () => {} })).toThrow(/no ProgressState in context/);
	});

	it('marks the section the page is in', async () => {
		const { context } = await privateProgress();
		render(SiteTop, { props: { locale: 'en', pathname: '/en/quiz/review', navigate: () => {} }, context });
		expect(screen.getByRole('link', { name: QUIZ_ENTRY.en.quiz }).getAttribute('aria-current')).toBe('page');
		expect(screen.getByRole('link', { name: MESSAGES.en.settingsNav }).getAttribute('aria-current')).toBeNull();
	});

	it('remembers the other language, then goes to the same page in it', async () => {
		const navigate = vi.fn();
		const { progress, context } = await privateProgress();
		render(SiteTop, { props: { locale: 'zh-CN', pathname: '/play/elderly-wang', navigate }, context });
		const link = screen.getByTestId('switch-language');
		expect(link.getAttribute('href')).toBe('/en/play/elderly-wang');
		await fireEvent.click(link);
		await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/en/play/elderly-wang', { replace: false }));
		expect(progress.settings.locale).toBe('en');
	});

	it('once storage has opened, moves to the remembered language in place of the page, and says storage is not kept', async () => {
		const navigate = vi.fn();
		const { progress, context } = await privateProgress();
		// Remembered on an earlier visit.
		await progress.saveSettings({ ...progress.settings, locale: 'en' });
		render(SiteTop, { props: { locale: 'zh-CN', pathname: '/', navigate }, context });
		await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/en', { replace: true }));
		expect((await screen.findByTestId('storage-warning')).textContent).toBe(MESSAGES['zh-CN'].storage.unavailable);
	});

	it("leaves any other address in the language it names: a teacher's English link opens in English", async () => {
		const navigate = vi.fn();
		const { progress, context } = await privateProgress();
		await progress.saveSettings({ ...progress.settings, locale: 'zh-CN' });
		history.replaceState(null, '', '/en/play/elderly-wang');
		try {
			render(SiteTop, { props: { locale: 'en', pathname: '/en/play/elderly-wang', navigate }, context });
			await vi.waitFor(() => expect(document.querySelector('header')?.dataset.languageSettled).toBe('true'));
			expect(navigate).not.toHaveBeenCalled();
		} finally {
			history.replaceState(null, '', '/');
		}
	});
});
