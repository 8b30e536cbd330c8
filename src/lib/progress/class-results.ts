/**
 * What an instructor keeps in their own browser: imported results and their
 * own stories. Every import is validated first; a rejected input writes
 * nothing, so storage stays exactly as it was.
 */
import { KEY, PREFIX } from './keys.ts';
import type { KeyValueStore, ReadPrefix, WriteMany } from './kv-store.ts';
import { problemOf, type ImportProblem } from '../instructor/import-error.ts';
import { LIMITS } from '../instructor/limits.ts';
import { readResultFile, type ResultPackage } from '../instructor/result.ts';

export interface ImportReport {
	added: ResultPackage[];
	/** Already imported (same learner, case, start time and choices). */
	duplicates: number;
	rejected: { name: string; problem: ImportProblem }[];
}

/** A package's identity: re-importing the same attempt does not duplicate it. */
export function resultKey(p: ResultPackage): string {
	const basis = `${p.learner}|${p.scenarioId}|${p.storyHash}|${p.startedAt}|${p.choices.join('.')}`;
	let h = 0x811c9dc5;
	for (let i = 0; i < basis.length; i++) h = Math.imul(h ^ basis.charCodeAt(i), 0x01000193) >>> 0;
	return KEY.instructorResult(p.scenarioId, `${h.toString(36)}:${basis.length}`);
}

/** What an import would store, decided before anything is written. */
export interface ImportPlan {
	report: ImportReport;
	/** Key and package of every accepted, not yet stored result. */
	entries: [string, ResultPackage][];
}

/**
 * Validates and de-duplicates without touching storage, so the caller can
 * write and verify at the same time. `existingKeys` is the store's keys.
 */
export function planImport(
	existingKeys: Iterable<string>,
	inputs: readonly { name: string; content: string; tooLarge?: number }[]
): ImportPlan {
	const report: ImportReport = { added: [], duplicates: 0, rejected: [] };
	const entries: [string, ResultPackage][] = [];
	if (inputs.length > LIMITS.resultsPerImport) {
		report.rejected.push({ name: '', problem: { code: 'too-many', count: inputs.length, max: LIMITS.resultsPerImport } });
		return { report, entries };
	}
	const existing = new Set(existingKeys);
	for (const { name, content, tooLarge } of inputs) {
		if (tooLarge !== undefined) {
			report.rejected.push({ name, problem: { code: 'file-too-large', what: 'result', max: LIMITS.jsonBytes, size: tooLarge } });
			continue;
		}
		let pkg: ResultPackage;
		try {
			pkg = readResultFile(content);
		} catch (e) {
			report.rejected.push({ name, problem: problemOf(e) });
			continue;
		}
		const key = resultKey(pkg);
		if (existing.has(key)) {
			report.duplicates++;
			continue;
		}
		existing.add(key);
		entries.push([key, pkg]);
		report.added.push(pkg);
	}
	return { report, entries };
}

export async function importResults(
	store: KeyValueStore,
	inputs: { name: string; content: string }[],
	/** The store's own all-or-nothing setMany unless a caller wraps it. */
	writeMany: WriteMany = (entries) => store.setMany(entries)
): Promise<ImportReport> {
	const { report, entries } = planImport(await store.keys(), inputs);
	if (entries.length) await writeMany(entries);
	return report;
}

export async function loadResults(
	store: KeyValueStore,
	/** The store's own one-transaction entries unless a caller wraps it. */
	read: ReadPrefix = (prefix) => store.entries(prefix)
): Promise<ResultPackage[]> {
	const out: ResultPackage[] = [];
	for (const [, value] of await read(PREFIX.instructorResult)) {
		try {
			out.push(readResultFile(JSON.stringify(value)));
		} catch {
			// A damaged record is skipped here; the progress loader reports set-aside records.
		}
	}
	return out.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

export async function removeResult(store: KeyValueStore, p: ResultPackage): Promise<void> {
	await store.remove(resultKey(p));
}
