import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TabClaim } from './tab-claim.svelte.ts';
import { fakeChannels } from '../../../tests/helpers/broadcast.ts';

function memorySession() {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

describe('TabClaim', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('pauses both tabs holding one case; the tab continued in reloads and then claims the case', () => {
		const makeChannel = fakeChannels();
		const sessionA = memorySession();
		const sessionB = memorySession();
		const reload = vi.fn();
		const a = new TabClaim('elderly-wang', { makeChannel, session: sessionA, reload: () => {} });
		vi.runAllTimers();
		const b = new TabClaim('elderly-wang', { makeChannel, session: sessionB, reload });
		vi.runAllTimers();
		expect(a.otherTab).toBe(true);
		expect(b.otherTab).toBe(true);

		b.takeOver();
		expect(reload).toHaveBeenCalledOnce();
		expect(sessionB.data.get('casework-takeover')).toBe('elderly-wang');
		// The reloaded tab claims the case outright; the claim is used once.
		b.close();
		const b2 = new TabClaim('elderly-wang', { makeChannel, session: sessionB, reload });
		expect(sessionB.data.has('casework-takeover')).toBe(false);
		vi.runAllTimers();
		expect(b2.otherTab).toBe(false);
		expect(a.otherTab).toBe(true);

		b2.saved(2);
		a.close();
		b2.close();
	});

	it('a choice saved in one tab pauses another that had been cleared', () => {
		const makeChannel = fakeChannels();
		const a = new TabClaim('truant-li', { makeChannel, session: memorySession() });
		const b = new TabClaim('truant-li', { makeChannel, session: memorySession() });
		vi.runAllTimers();
		a.otherTab = false;
		b.saved(1);
		vi.runAllTimers();
		expect(a.otherTab).toBe(true);
		a.close();
		b.close();
	});

	it('leaves a tab alone when another case is opened', () => {
		const makeChannel = fakeChannels();
		const a = new TabClaim('elderly-wang', { makeChannel, session: memorySession() });
		const b = new TabClaim('truant-li', { makeChannel, session: memorySession() });
		vi.runAllTimers();
		expect(a.otherTab).toBe(false);
		expect(b.otherTab).toBe(false);
		a.close();
		b.close();
	});
});
