/** What the authoring page does to its textarea: select a line, go back to the top. */

/** Selects line `line` (1-based) of `source` in the editor and scrolls it into view. */
export function gotoLine(editor: HTMLTextAreaElement, source: string, line: number): void {
	const lines = source.split('\n');
	const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
	const end = start + (lines[line - 1]?.length ?? 0);
	editor.focus();
	editor.setSelectionRange(start, end);
	// setSelectionRange does not scroll a focused textarea everywhere: put the line in view by hand.
	const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
	editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Focuses the editor with the caret and the view at the top. */
export function focusTop(editor: HTMLTextAreaElement): void {
	editor.focus();
	editor.setSelectionRange(0, 0);
	editor.scrollTop = 0;
}

/** The file chosen in a file input, which is then cleared so that choosing the same file again (after editing it in Inky) loads it again. */
export function takeFile(input: HTMLInputElement): File | undefined {
	const file = input.files?.[0];
	input.value = '';
	return file;
}
