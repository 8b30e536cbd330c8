/**
 * What an instructor keeps in their own browser: imported results and their
 * own stories. Every import is validated first; a rejected input writes
 * nothing, so storage stays exactly as it was.
 */
import { fingerprint } from '../domain/hash.ts';
import { KEY, PREFIX } from './keys.ts';
import type { KeyValueStore, ReadPrefix, WriteMany } from './kv-store.ts';
import { problemOf, type ImportProblem } from '../instructor/import-error.ts';
import { LIMITS } from '../instructor/limits.ts';
import { readResultCode, readResultFile, type ResultPackage } from '../instructor/result.ts';

export interface ImportReport {
	added: ResultPackage[];
	/** Already imported (same learner, case, start time and choices). */
	duplicates: number;
	rejected: { name: string; problem: ImportProblem }[];
}

/**
 * A package's key, from its whole content: importing the same package again
 * adds nothing, while two copies of one attempt that say different things
 * (another name, other scores) are both kept and shown as a conflict
 * (instructor/dashboard.ts). Results imported before keep their older keys.
 */
export function resultKey(p: ResultPackage): string {
	const content = JSON.stringify(inFixedOrder(p));
	return KEY.instructorResult(p.scenarioId, `${fingerprint(content)}.${content.length.toString(36)}`);
}

/** The package's fields in one fixed order, however the file that carried it ordered them. */
function inFixedOrder(p: ResultPackage): unknown[] {
	return [
		p.learner,
		p.assignmentId,
		p.scenarioId,
		p.locale,
		p.storyHash,
		p.mode,
		p.startedAt,
		p.finishedAt,
		p.choices,
		p.scoring,
		[
			p.scores.total,
			p.scores.quality,
			p.scores.process,
			p.scores.families.supportive,
			p.scores.families.leading,
			p.scores.families.influencing,
			p.scores.orderingErrors,
			p.scores.ending
		]
	];
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
	inputs: readonly { name: string; content: string; tooLarge?: number; pasted?: boolean }[]
): ImportPlan {
	const report: ImportReport = { added: [], duplicates: 0, rejected: [] };
	const entries: [string, ResultPackage][] = [];
	if (inputs.length > LIMITS.resultsPerImport) {
		report.rejected.push({ name: '', problem: { code: 'too-many', count: inputs.length, max: LIMITS.resultsPerImport } });
		return { report, entries };
	}
	const existing = new Set(existingKeys);
	for (const { name, content, tooLarge, pasted } of inputs) {
		if (tooLarge !== undefined) {
			report.rejected.push({ name, problem: { code: 'file-too-large', what: 'result', max: LIMITS.jsonBytes, size: tooLarge } });
			continue;
		}
		let pkg: ResultPackage;
		try {
			pkg = pasted ? readResultCode(content) : readResultFile(content);
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

export interface StoredResult {
	/** Where it is stored (a key of the older form, for results imported before). */
	key: string;
	pkg: ResultPackage;
}

export async function loadResults(
	store: KeyValueStore,
	/** The store's own one-transaction entries unless a caller wraps it. */
	read: ReadPrefix = (prefix) => store.entries(prefix)
): Promise<StoredResult[]> {
	const out: StoredResult[] = [];
	const seen = new Set<string>();
	for (const [key, value] of await read(PREFIX.instructorResult)) {
		try {
			const pkg = readResultFile(JSON.stringify(value));
			// The same package under an older key and a newer one (restored from a backup, say) is one result.
			const identity = resultKey(pkg);
			if (seen.has(identity)) continue;
			seen.add(identity);
			out.push({ key, pkg });
		} catch {
			// A damaged record is skipped here; the progress loader reports set-aside records.
		}
	}
	return out.sort((a, b) => a.pkg.finishedAt.localeCompare(b.pkg.finishedAt));
}

/** Removes a result under every key it is stored under. */
export async function removeResult(store: KeyValueStore, stored: StoredResult): Promise<void> {
	const identity = resultKey(stored.pkg);
	const keys = new Set([stored.key, identity]);
	// Older and newer keys alike begin with the case's id: only its results need reading.
	for (const [key, value] of await store.entries(KEY.instructorResult(stored.pkg.scenarioId, ''))) {
		if (keys.has(key)) continue;
		try {
			if (resultKey(readResultFile(JSON.stringify(value))) === identity) keys.add(key);
		} catch {
			// Not this result.
		}
	}
	for (const key of keys) await store.remove(key);
}
