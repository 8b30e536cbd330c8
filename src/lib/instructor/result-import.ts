/** Pure steps of the class dashboard's import: turning files and pasted text into inputs, sorting, xAPI export. */
import type { ClassRow, SortKey } from './dashboard.ts';
import { LIMITS } from './limits.ts';
import { statementsFor, type XapiStatement } from './xapi.ts';

export interface ImportInput {
	name: string;
	content: string;
	/** The size of a file too large to be read: it is refused as such, unread. */
	tooLarge?: number;
	/** Pasted text is a result code or nothing (a file may also hold JSON). */
	pasted?: boolean;
}

/** Larger files are not read at all. */
export const MAX_RESULT_FILE_BYTES = LIMITS.jsonBytes;

/** What the import reads of a file: its name, and its text unless it is too large. */
export async function fileInput(file: { name: string; size: number; text(): Promise<string> }): Promise<ImportInput> {
	if (file.size > MAX_RESULT_FILE_BYTES) return { name: file.name, content: '', tooLarge: file.size };
	return { name: file.name, content: await file.text() };
}

/** Pasted result codes, one per whitespace-separated word, named by their position. */
export function pastedInputs(text: string): ImportInput[] {
	return text
		.split(/\s+/)
		.filter(Boolean)
		.map((content, i) => ({ name: `#${i + 1}`, content, pasted: true }));
}

export interface SortOrder {
	key: SortKey;
	ascending: boolean;
}

/** A click on a column: the same column flips direction; a new one starts A→Z for names, highest first for figures. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
	if (current.key === key) return { key, ascending: !current.ascending };
	return { key, ascending: key === 'learner' || key === 'scenario' };
}

export interface StatementSources {
	/** A row's case, by name. */
	title: (row: ClassRow) => Promise<string>;
	/** The pass mark of the row's assignment. */
	passMark: (row: ClassRow) => number | undefined;
}

/** xAPI statements for the verified rows only: a row failing any check is not sent on to an LMS. */
export async function verifiedStatements(rows: readonly ClassRow[], origin: string, from: StatementSources): Promise<XapiStatement[]> {
	const statements: XapiStatement[] = [];
	for (const r of rows) {
		if (r.status !== 'verified' || !r.check.result) continue;
		statements.push(...(await statementsFor(r.pkg, r.check.result, origin, await from.title(r), from.passMark(r))));
	}
	return statements;
}
