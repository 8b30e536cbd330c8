import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { BACKUP_FORMAT, exportBackup, readBackup } from '$lib/progress/backup';
import { at, attempt, contents, fullStore, memoryHost, run, snapshot } from '$lib/progress/backup/test-helpers';
import { KEY, SCHEMA_VERSION } from '$lib/progress/records';
import BackupPanel from './BackupPanel.svelte';

const NOW = new Date(2026, 10, 22, 10, 0);
const jsonFile = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

describe('BackupPanel', () => {
	it('exports every record to casework-backup-<date>.json and says how many', async () => {
		const store = await fullStore();
		const download = vi.fn();
		render(BackupPanel, { locale: 'zh-CN', progress: memoryHost(store), now: () => NOW, download });
		await userEvent.click(screen.getByRole('button', { name: '导出备份文件' }));
		await vi.waitFor(() => expect(download).toHaveBeenCalledOnce());
		const [name, text] = download.mock.calls[0];
		expect(name).toBe('casework-backup-2026-11-22.json');
		const read = await readBackup(text);
		expect(read.ok && [...read.backup.records.keys()].sort()).toEqual((await store.keys()).sort());
		expect(screen.getByRole('status').textContent).toMatch(/^已导出 15 条记录（\d+(\.\d)? KB）。$/);
	});

	it('previews an import with counts and each difference, then imports on confirmation and reloads', async () => {
		const store = await fullStore();
		// The other device: a later run of the same case, one more attempt, an older copy of this device's attempt.
		const other = await fullStore();
		await other.set(KEY.run('elderly-wang'), run({ choices: [0, 1, 2, 1], updatedAt: at(9) }));
		await other.set(KEY.attempt('other-1'), attempt({ id: 'other-1', startedAt: at(50), finishedAt: at(60) }));
		await other.set(KEY.attempt('mgb1x2-k3j9'), attempt({ total: 12 }));
		const text = await exportBackup(other, NOW);
		const before = snapshot(store);
		const h = memoryHost(store);
		render(BackupPanel, { locale: 'zh-CN', progress: h });

		await userEvent.upload(screen.getByLabelText('导入备份文件'), jsonFile(text));
		const preview = await screen.findByTestId('backup-preview');
		expect(within(preview).getByText(/共 16 条记录/)).toBeTruthy();
		const attempts = preview.querySelector('[data-kind="attempt"]')!;
		expect(attempts.textContent).toMatch(/已完成的个案.*新增 1.*保留本机 1/);
		expect(preview.querySelector('[data-kind="run"]')!.textContent).toMatch(/更新 1/);
		expect(preview.querySelector('[data-kind="settings"]')!.textContent).toMatch(/相同 1/);
		const differences = within(screen.getByTestId('backup-differences'))
			.getAllByRole('listitem')
			.map((li) => li.textContent);
		expect(differences).toEqual([
			'已完成的个案 attempt:mgb1x2-k3j9: 已完成的记录不会被覆盖，保留本机的',
			'进行中的个案 run:elderly-wang: 备份中的较新，采用备份'
		]);
		// The preview heading takes the focus, so keyboard and screen reader users land on it.
		expect(document.activeElement).toBe(within(preview).getByRole('heading', { name: '导入前预览' }));
		// Nothing is written before the learner confirms.
		expect(snapshot(store)).toBe(before);
		expect(h.reloads).toBe(0);

		await userEvent.click(within(preview).getByRole('button', { name: '导入' }));
		await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('导入完成：新增 1 条，更新 1 条，合并 0 条。'));
		expect(screen.queryByTestId('backup-preview')).toBeNull();
		const after = contents(store);
		expect(after[KEY.attempt('other-1')]).toBeDefined();
		expect(after[KEY.run('elderly-wang')]).toMatchObject({ choices: [0, 1, 2, 1] });
		expect(after[KEY.attempt('mgb1x2-k3j9')]).toMatchObject({ total: 83 });
		expect(h.reloads).toBe(1);
	});

	it('refuses a malformed file, says why, and changes nothing', async () => {
		const store = await fullStore();
		const before = snapshot(store);
		const h = memoryHost(store);
		render(BackupPanel, { locale: 'zh-CN', progress: h });
		const bad = JSON.stringify({
			format: BACKUP_FORMAT,
			version: 1,
			schema: SCHEMA_VERSION,
			exportedAt: NOW.toISOString(),
			records: { 'run:elderly-wang': { ...run(), choices: 'all of them' } }
		});
		await userEvent.upload(screen.getByLabelText('导入备份文件'), jsonFile(bad));
		await vi.waitFor(() =>
			expect(screen.getByRole('alert').textContent).toMatch(
				/^这个文件没有导入，数据没有任何改动。原因：记录“run:elderly-wang”无效（choices: /
			)
		);
		expect(screen.queryByTestId('backup-preview')).toBeNull();
		expect(snapshot(store)).toBe(before);
		expect(h.reloads).toBe(0);
	});

	it('says in English that a backup from a newer version needs an update', async () => {
		const store = await fullStore();
		render(BackupPanel, { locale: 'en', progress: memoryHost(store) });
		const newer = JSON.stringify({
			format: BACKUP_FORMAT,
			version: 1,
			schema: SCHEMA_VERSION + 1,
			exportedAt: NOW.toISOString(),
			records: {}
		});
		await userEvent.upload(screen.getByLabelText('Import a backup file'), jsonFile(newer));
		await vi.waitFor(() =>
			expect(screen.getByRole('alert').textContent).toBe(
				`This file was not imported, and nothing was changed. Reason: This backup comes from a newer version of the app (data version ${SCHEMA_VERSION + 1}); update the app first.`
			)
		);
	});

	it('cancelling the preview writes nothing and returns to the file picker', async () => {
		const store = await fullStore();
		const before = snapshot(store);
		const other = await fullStore();
		await other.set(KEY.attempt('other-1'), attempt({ id: 'other-1' }));
		render(BackupPanel, { locale: 'en', progress: memoryHost(store) });
		const input = screen.getByLabelText('Import a backup file');
		await userEvent.upload(input, jsonFile(await exportBackup(other, NOW)));
		const preview = await screen.findByTestId('backup-preview');
		expect(preview.querySelector('[data-kind="attempt"]')!.textContent).toMatch(/New 1/);
		await userEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
		expect(screen.queryByTestId('backup-preview')).toBeNull();
		expect(document.activeElement).toBe(input);
		expect(snapshot(store)).toBe(before);
	});

	it('offers no import when the device already holds everything', async () => {
		const store = await fullStore();
		render(BackupPanel, { locale: 'en', progress: memoryHost(store) });
		await userEvent.upload(screen.getByLabelText('Import a backup file'), jsonFile(await exportBackup(store, NOW)));
		const preview = await screen.findByTestId('backup-preview');
		expect(within(preview).getByText('This device already holds everything in the backup; there is nothing to import.')).toBeTruthy();
		expect((within(preview).getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
	});
});
