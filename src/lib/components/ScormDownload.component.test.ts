import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ScormDownload from './ScormDownload.svelte';

vi.mock('$app/paths', () => ({ base: '' }));

const spec = { scenarioId: 'elderly-wang', locale: 'en' as const, title: 'Ms Wang', mode: 'exam' as const, passMark: 60 };

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('ScormDownload', () => {
	it('says plainly when the package cannot be made, and can be pressed again', async () => {
		const fetch = vi.fn(async () => new Response('', { status: 404 }));
		vi.stubGlobal('fetch', fetch);
		render(ScormDownload, { spec, label: 'Download SCORM package', locale: 'en' });
		await userEvent.click(screen.getByRole('button', { name: 'Download SCORM package' }));
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toBe('The SCORM package could not be made (scorm-files.json: HTTP 404). Check the connection and try again.');
		// The list is asked for at the site's root, whatever page the button is on.
		expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe(new URL('/scorm-files.json', location.href).href);
		const button = screen.getByRole('button', { name: 'Download SCORM package' });
		expect((button as HTMLButtonElement).disabled).toBe(false);
	});

	it('shows that it is working while the package is made', async () => {
		let answer: (r: Response) => void = () => {};
		vi.stubGlobal(
			'fetch',
			vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)))
		);
		render(ScormDownload, { spec, label: '下载 SCORM 包', locale: 'zh-CN' });
		await userEvent.click(screen.getByRole('button', { name: '下载 SCORM 包' }));
		const busy = await screen.findByRole('button', { name: '正在打包…' });
		expect(busy.getAttribute('aria-busy')).toBe('true');
		expect((busy as HTMLButtonElement).disabled).toBe(true);
		answer(new Response('{"files":[]}'));
		expect((await screen.findByRole('alert')).textContent).toContain('elderly-wang: no such case in this build');
	});
});
