import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { createRawSnippet, tick } from 'svelte';
import { MESSAGES } from '$lib/i18n/messages';
import type { RunResult, ScoredDecision } from '$lib/scoring/score';
import Debrief from './Debrief.svelte';

const decision = (n: number, quality: ScoredDecision['quality'], text: string): ScoredDecision => ({
	n,
	text,
	sourcePath: `k.${n}`,
	phase: 'intake',
	quality,
	points: 0,
	// No techniques: the chart (a canvas jsdom cannot draw) stays out of these tests.
	techniques: [],
	feedback: [`note ${n}`],
	betterOptions: quality === 'weak' ? ['a better line'] : [],
	withdrawn: []
});

const result: RunResult = {
	total: 64,
	quality: 60,
	process: 73,
	families: { supportive: { score: 80, count: 2 }, leading: { score: 30, count: 1 } },
	techniques: {},
	phasesCovered: ['intake'],
	orderingErrors: [{ kind: 'missing-follow-up', decision: 3 }],
	criticalErrors: [],
	decisions: [
		decision(1, 'best', '<b>您好</b>'),
		decision(2, 'weak', '您应该……'),
		decision(3, 'harmful', '别哭了'),
		decision(4, 'good', '嗯')
	],
	ended: true,
	rules: 2
};

const actions = createRawSnippet(() => ({ render: () => '<a href="/" data-testid="home">home</a>' }));
const t = MESSAGES['zh-CN'];

/** The width the page reports: a phone unless a test says otherwise. */
let wide = false;
beforeEach(() => {
	wide = false;
	vi.stubGlobal('matchMedia', (q: string) => ({ matches: wide && q.includes('min-width'), media: q }));
});
afterEach(() => vi.unstubAllGlobals());

const show = (props: Partial<Parameters<typeof render<typeof Debrief>>[1]> = {}) =>
	render(Debrief, { result, t, prefix: '', actions, ...props });

describe('Debrief', () => {
	it('puts the summary (total, families, ordering and critical errors) and then the actions before the transcript', () => {
		show();
		const summary = screen.getByTestId('debrief-summary');
		expect(within(summary).getByTestId('total-score').textContent).toBe('64');
		expect(within(summary).getByTestId('ordering-count').textContent).toBe('1');
		expect(within(summary).getByTestId('critical-count').textContent).toBe('0');
		const families = within(summary).getByTestId('summary-families');
		expect(families.textContent).toContain(t.families.supportive);
		expect(families.textContent).toContain('80');
		const bar = screen.getByTestId('debrief-actions');
		const transcript = screen.getByTestId('debrief-transcript');
		expect(summary.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(bar.compareDocumentPosition(transcript) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(within(bar).getByTestId('home')).toBeTruthy();
	});

	it('keeps the transcript closed on a phone and open on a wide screen', async () => {
		const phone = show();
		await tick();
		expect((screen.getByTestId('transcript-details') as HTMLDetailsElement).open).toBe(false);
		phone.unmount();
		wide = true;
		show();
		await tick();
		expect((screen.getByTestId('transcript-details') as HTMLDetailsElement).open).toBe(true);
	});

	it('shows only the weak and harmful decisions when filtered, and all of them again after', async () => {
		show({ transcriptOpen: true });
		const items = () => [...screen.getByTestId('debrief-transcript').children] as HTMLElement[];
		const visible = () =>
			items()
				.filter((li) => !li.hidden)
				.map((li) => li.dataset.quality);
		expect(visible()).toEqual(['best', 'weak', 'harmful', 'good']);
		await fireEvent.click(screen.getByLabelText(t.debriefUi.weakOnly));
		expect(visible()).toEqual(['weak', 'harmful']);
		// Hidden, not removed: printing can still show every decision.
		expect(items()).toHaveLength(4);
		await fireEvent.click(screen.getByLabelText(t.debriefUi.weakOnly));
		expect(visible()).toEqual(['best', 'weak', 'harmful', 'good']);
	});

	it('says so when there is nothing weak or harmful to show', async () => {
		show({ result: { ...result, decisions: [decision(1, 'best', 'a')] }, transcriptOpen: true });
		expect(screen.queryByTestId('weak-none')).toBeNull();
		await fireEvent.click(screen.getByLabelText(t.debriefUi.weakOnly));
		expect(screen.getByTestId('weak-none').textContent).toBe(t.debriefUi.weakNone);
	});

	it('offers "replay from here" on every decision when the page gives where it leads, and not otherwise', () => {
		const first = show({ replayHref: (n) => `/play/x?replay=a1&at=${n}` });
		const links = screen.getAllByTestId('replay-from') as HTMLAnchorElement[];
		expect(links.map((a) => a.getAttribute('href'))).toEqual([1, 2, 3, 4].map((n) => `/play/x?replay=a1&at=${n}`));
		expect(links[2].getAttribute('aria-label')).toBe('从第 3 个决定重来（练习模式）');
		first.unmount();
		show();
		expect(screen.queryByTestId('replay-from')).toBeNull();
	});

	it('renders what was said as text, never as markup', () => {
		const { container } = show({ transcriptOpen: true });
		expect(container.querySelector('.said b')).toBeNull();
		expect(screen.getByText('<b>您好</b>')).toBeTruthy();
	});
});
