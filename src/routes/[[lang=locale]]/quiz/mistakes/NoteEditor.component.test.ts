import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { QUIZ_MESSAGES } from '$lib/i18n/quiz-messages';
import NoteEditor from './NoteEditor.svelte';

const zh = QUIZ_MESSAGES['zh-CN'];

describe('NoteEditor', () => {
	it('shows the saved note in a labelled box and saves what is typed', async () => {
		const onsave = vi.fn(async () => {});
		render(NoteEditor, { note: '旧笔记', onsave, t: zh });
		const box = screen.getByLabelText('我的笔记') as HTMLTextAreaElement;
		expect(box.value).toBe('旧笔记');
		await userEvent.clear(box);
		await userEvent.type(box, '先倾听');
		await userEvent.click(screen.getByRole('button', { name: '保存笔记' }));
		expect(onsave).toHaveBeenCalledWith('先倾听');
		expect(screen.getByRole('status').textContent).toBe('笔记已保存');
	});

	it('says why a note is refused and keeps the text typed', async () => {
		const onsave = vi.fn(() => ({ refused: 'too-long' as const, max: 2000 }));
		render(NoteEditor, { note: '', onsave, t: QUIZ_MESSAGES.en });
		const box = screen.getByLabelText('My note') as HTMLTextAreaElement;
		await userEvent.type(box, 'far too long');
		await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
		expect(screen.getByRole('status').textContent).toMatch(/at most 2000 characters/);
		expect(box.getAttribute('aria-invalid')).toBe('true');
		expect(box.value).toBe('far too long');
	});

	it('renders a note as text, never HTML', () => {
		const { container } = render(NoteEditor, { note: '<img src=x onerror=alert(1)>', onsave: async () => {}, t: zh });
		expect(container.querySelector('img')).toBeNull();
	});
});
