/** CSV for spreadsheets: RFC 4180 quoting, and no cell that a spreadsheet would run as a formula. */
export function csvCell(value: string | number | undefined | null): string {
	if (value === undefined || value === null) return '';
	let s = String(value);
	// A leading = + - @ (or tab/CR) makes Excel and LibreOffice evaluate the cell.
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | undefined | null)[][]): string {
	// The BOM lets Excel open UTF-8 Chinese text correctly.
	return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
