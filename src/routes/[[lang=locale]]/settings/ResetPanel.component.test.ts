import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { fullStore, memoryHost, snapshot } from '$lib/progress/backup/test-helpers';
import ResetPanel from './ResetPanel.svelte';

describe('ResetPanel', () => {
	it('asks first; cancelling keeps everything', async () => {
		const store = await fullStore();
		const before = snapshot(store);
		render(ResetPanel, { locale: 'zh-CN', progress: memoryHost(store) });
		await userEvent.click(screen.getByRole('button', { name: '清除全部数据…' }));
		const warning = screen.getByText(/确定要清除吗？清除后无法恢复。建议先用上方的“导出备份文件”保存一份。/);
		expect(document.activeElement).toBe(warning);
		expect(snapshot(store)).toBe(before);
		await userEvent.click(screen.getByRole('button', { name: '取消' }));
		expect(screen.queryByRole('button', { name: '确认清除全部数据' })).toBeNull();
		expect(document.activeElement).toBe(screen.getByRole('button', { name: '清除全部数据…' }));
		expect(snapshot(store)).toBe(before);
	});

	it('erases every record after confirmation, says so, and reloads the state', async () => {
		const store = await fullStore();
		const h = memoryHost(store);
		render(ResetPanel, { locale: 'en', progress: h });
		await userEvent.click(screen.getByRole('button', { name: 'Erase all data…' }));
		await userEvent.click(screen.getByRole('button', { name: 'Yes, erase all data' }));
		await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Erased 15 records.'));
		expect(store.data.size).toBe(0);
		expect(h.reloads).toBe(1);
	});
});
