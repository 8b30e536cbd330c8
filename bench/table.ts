/** Plain-text formatting for the bench report (aligned columns, readable units). */

/** Formats bytes as KB (1 KB = 1024 bytes) with one decimal. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Formats milliseconds with one decimal. */
export const ms = (n: number) => `${n.toFixed(1)} ms`;

/** "PASS" when `value` is within `goal`, "OVER" otherwise. */
export const verdict = (value: number, goal: number) => (value <= goal ? 'PASS' : 'OVER');

// Chinese characters take two columns in a terminal; pad by display width so columns line up.
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);

/**
 * Renders rows as an aligned table: text columns left-aligned, columns whose
 * cells all start with a digit right-aligned.
 */
export function renderTable(headers: string[], rows: string[][]): string {
	const widths = headers.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
	const numeric = headers.map((_, c) => rows.length > 0 && rows.every((r) => /^[\d.-]/.test(r[c] ?? '')));
	const line = (cells: string[]) =>
		cells
			.map((cell, c) => {
				const pad = ' '.repeat(widths[c] - width(cell));
				return numeric[c] ? pad + cell : cell + pad;
			})
			.join('  ')
			.trimEnd();
	return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
