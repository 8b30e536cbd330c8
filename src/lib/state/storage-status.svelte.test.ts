import { describe, expect, it, vi } from 'vitest';
import { StorageStatus } from './storage-status.svelte.ts';

describe('StorageStatus', () => {
	it('loads whether storage is kept and the space used', async () => {
		const status = new StorageStatus({
			persistence: async () => 'not-persisted',
			requestPersistence: async () => false,
			usage: async () => ({ used: 2048, quota: 1_000_000 })
		});
		expect(status.persisted).toBeNull();
		await status.load();
		expect(status.persisted).toBe('not-persisted');
		expect(status.space).toEqual({ used: 2048, quota: 1_000_000 });
		expect(status.denied).toBe(false);
	});

	it('asks, then shows what the browser decided: refused, or granted', async () => {
		let granted = false;
		const requestPersistence = vi.fn(async () => granted);
		const status = new StorageStatus({
			persistence: async () => (granted ? 'persisted' : 'not-persisted'),
			requestPersistence,
			usage: async () => null
		});
		await status.load();
		await status.ask();
		expect([status.denied, status.persisted]).toEqual([true, 'not-persisted']);
		granted = true;
		await status.ask();
		expect([status.denied, status.persisted]).toEqual([false, 'persisted']);
		expect(requestPersistence).toHaveBeenCalledTimes(2);
		expect(status.space).toBeNull();
	});
});
