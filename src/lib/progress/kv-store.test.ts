import { describe, expect, it } from 'vitest';
import { TabStore } from './kv-store.ts';

/** The tab's sessionStorage: strings by key. */
function tabStorage(initial: Record<string, string> = {}, { refuseWrites = false } = {}) {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (refuseWrites) throw new DOMException('full', 'QuotaExceededError');
			items.set(k, v);
		}
	};
}

describe('TabStore', () => {
	it('keeps what was stored, and what was removed, for the next page in the same tab', async () => {
		const tab = tabStorage();
		const page1 = new TabStore(tab);
		await page1.set('attempt:1', { total: 82 });
		await page1.set('run:elderly-wang', { choices: [0, 1] });
		await page1.remove('run:elderly-wang');

		const page2 = new TabStore(tab);
		expect(await page2.keys()).toEqual(['attempt:1']);
		expect(await page2.get('attempt:1')).toEqual({ total: 82 });
	});

	it('starts empty over an unreadable copy, and keeps working in memory when the tab refuses to store', async () => {
		const tab = tabStorage({ 'casework-progress': '{not json' }, { refuseWrites: true });
		const store = new TabStore(tab);
		expect(await store.keys()).toEqual([]);
		await store.set('settings', { locale: 'en' });
		expect(await store.get('settings')).toEqual({ locale: 'en' });
		expect(tab.items.get('casework-progress')).toBe('{not json');
	});
});
