import { describe, expect, it, vi } from 'vitest';
import { exportBackup, readBackup } from '../progress/backup/index.ts';
import { attempt, fullStore, memoryHost, snapshot } from '../progress/backup/test-helpers.ts';
import { KEY } from '../progress/records.ts';
import { BackupDesk, ResetDesk } from './backup-desk.svelte.ts';

const NOW = new Date(2026, 10, 22, 10, 0);
const file = (text: string) => ({ size: text.length, text: async () => text });

async function desk(store: Awaited<ReturnType<typeof fullStore>>, locale: 'en' | 'zh-CN' = 'en') {
	const host = memoryHost(store);
	const download = vi.fn();
	return { host, download, desk: new BackupDesk({ host: () => host, locale: () => locale, now: () => NOW, download }) };
}

describe('BackupDesk', () => {
	it('exports every record without reloading, and says how many', async () => {
		const store = await fullStore();
		const { desk: d, download, host } = await desk(store);
		await d.exportAll();
		const [name, text] = download.mock.calls[0];
		expect(name).toBe('casework-backup-2026-11-22.json');
		expect((await readBackup(text)).ok).toBe(true);
		expect(d.status).toMatch(/^Exported 15 records/);
		expect([d.busy, d.problem, host.reloads]).toEqual([false, '', 0]);
	});

	it('previews a file, writes nothing until applied, then imports and reloads once', async () => {
		const store = await fullStore();
		const other = await fullStore();
		await other.set(KEY.attempt('other-1'), attempt({ id: 'other-1' }));
		const before = snapshot(store);
		const { desk: d, host } = await desk(store);
		expect(await d.read(file(await exportBackup(other, NOW)))).toBe('preview');
		expect(d.kinds).toContain('attempt');
		expect(d.plan?.counts.attempt?.add).toBe(1);
		expect(snapshot(store)).toBe(before);
		await d.apply();
		expect(d.plan).toBeNull();
		expect(d.status).toBe('Imported: 1 added, 0 updated, 0 merged.');
		expect(await store.get(KEY.attempt('other-1'))).not.toBeNull();
		expect(host.reloads).toBe(1);
	});

	it('refuses a damaged or oversized file with the reason, and cancelling a preview writes nothing', async () => {
		const store = await fullStore();
		const before = snapshot(store);
		const { desk: d } = await desk(store);
		expect(await d.read(file('{not json'))).toBe('refused');
		expect(d.problem).toMatch(/^This file was not imported, and nothing was changed\. Reason: /);
		expect(await d.read({ size: 1e12, text: async () => '' })).toBe('refused');
		expect(await d.read(file(await exportBackup(store, NOW)))).toBe('preview');
		expect(d.differences).toEqual([]);
		d.cancel();
		expect([d.plan, d.status]).toEqual([null, '']);
		expect(snapshot(store)).toBe(before);
		expect(await d.read(undefined)).toBe('none');
	});
});

describe('ResetDesk', () => {
	it('asks, then erases every record and says how many; a failure is shown, not thrown', async () => {
		const store = await fullStore();
		const host = memoryHost(store);
		const reset = new ResetDesk({ host: () => host, locale: () => 'en' });
		reset.ask();
		expect(reset.asking).toBe(true);
		reset.cancel();
		expect(store.data.size).toBe(15);
		reset.ask();
		await reset.erase();
		expect([reset.asking, reset.status, store.data.size, host.reloads]).toEqual([false, 'Erased 15 records.', 0, 1]);
		const failing = new ResetDesk({
			host: () => ({ withStore: async () => Promise.reject(new Error('disk gone')) }),
			locale: () => 'en'
		});
		await failing.erase();
		expect(failing.problem).toMatch(/disk gone/);
	});
});
