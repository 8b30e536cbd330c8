/**
 * What an instructor keeps in their own browser: imported results and their
 * own stories. Every import is validated first; a rejected input writes
 * nothing, so storage stays exactly as it was.
 */
import type { KeyValueStore } from '../progress/kv-store.ts';
import { ImportError } from './assignment.ts';
import { LIMITS } from './limits.ts';
import { readResultFile, type ResultPackage } from './result.ts';

export const RESULT_PREFIX = 'instructor:result:';

export interface ImportReport {
	added: ResultPackage[];
	/** Already imported (same learner, case, start time and choices). */
	duplicates: number;
	rejected: { name: string; reason: string }[];
}

/** A package's identity: re-importing the same attempt does not duplicate it. */
export function resultKey(p: ResultPackage): string {
	const basis = `${p.learner}|${p.scenarioId}|${p.storyHash}|${p.startedAt}|${p.choices.join('.')}`;
	let h = 0x811c9dc5;
	for (let i = 0; i < basis.length; i++) h = Math.imul(h ^ basis.charCodeAt(i), 0x01000193) >>> 0;
	return `${RESULT_PREFIX}${p.scenarioId}:${h.toString(36)}:${basis.length}`;
}

export async function importResults(store: KeyValueStore, inputs: { name: string; content: string }[]): Promise<ImportReport> {
	const report: ImportReport = { added: [], duplicates: 0, rejected: [] };
	if (inputs.length > LIMITS.resultsPerImport) {
		report.rejected.push({ name: `${inputs.length} files`, reason: `At most ${LIMITS.resultsPerImport} results can be imported at once` });
		return report;
	}
	const valid: [string, ResultPackage][] = [];
	for (const { name, content } of inputs) {
		try {
			const pkg = readResultFile(content);
			valid.push([resultKey(pkg), pkg]);
		} catch (e) {
			report.rejected.push({ name, reason: e instanceof ImportError ? e.message : String(e) });
		}
	}
	const existing = new Set(await store.keys());
	const writes: Promise<void>[] = [];
	for (const [key, pkg] of valid) {
		if (existing.has(key)) {
			report.duplicates++;
			continue;
		}
		existing.add(key);
		writes.push(store.set(key, pkg));
		report.added.push(pkg);
	}
	// Issued together: IndexedDB queues them without a round trip each.
	await Promise.all(writes);
	return report;
}

export async function loadResults(store: KeyValueStore): Promise<ResultPackage[]> {
	const out: ResultPackage[] = [];
	for (const key of await store.keys()) {
		if (!key.startsWith(RESULT_PREFIX)) continue;
		try {
			out.push(readResultFile(JSON.stringify(await store.get(key))));
		} catch {
			// A damaged record is skipped here; the progress loader reports set-aside records.
		}
	}
	return out.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

export async function removeResult(store: KeyValueStore, p: ResultPackage): Promise<void> {
	await store.remove(resultKey(p));
}
