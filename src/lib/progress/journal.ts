/**
 * A write-ahead note of the small records a learner would miss most (the run
 * in progress, a finished attempt, settings, the paper being sat, their own
 * notes), kept in the tab's sessionStorage synchronously, before the
 * IndexedDB write begins.
 *
 * Why: a page that is reloaded or left a moment after a choice tears down its
 * IndexedDB transactions, and a write still on its way is lost. sessionStorage
 * survives a reload and a navigation in the same tab, so the next page of that
 * tab finishes what the last one started before reading anything.
 */
import { KEY, PREFIX } from './keys.ts';

const JOURNAL_KEY = 'casework-journal';
/** Larger values (the quiz history, the deck) are rewritten whole often; they are not worth a synchronous copy. */
const MAX_CHARS = 64 * 1024;

type Entry = { seq: number; value: unknown } | { seq: number; removed: true };

export interface Journal {
	/** Notes a write about to begin; returns what marks it done. */
	note(key: string, value: unknown): () => void;
	noteRemoval(key: string): () => void;
	/** The writes that never finished, oldest first. */
	pending(): [string, unknown | undefined][];
	clear(): void;
}

const worthNoting = (key: string) =>
	key.startsWith(PREFIX.run) ||
	key.startsWith(PREFIX.attempt) ||
	key.startsWith(PREFIX.learnerSubmission) ||
	key === KEY.settings ||
	key === KEY.paperCurrent ||
	// Typed by the learner and saved once: a reload straight after must not lose it.
	key === KEY.notes;

export function sessionJournal(storage: Storage | undefined): Journal {
	let seq = 0;
	const read = (): Record<string, Entry> => {
		try {
			return JSON.parse(storage?.getItem(JOURNAL_KEY) ?? '{}') as Record<string, Entry>;
		} catch {
			return {};
		}
	};
	const write = (entries: Record<string, Entry>) => {
		try {
			if (Object.keys(entries).length) storage?.setItem(JOURNAL_KEY, JSON.stringify(entries));
			else storage?.removeItem(JOURNAL_KEY);
		} catch {
			// Best effort: a full or refused sessionStorage leaves the write as it was without the journal.
		}
	};
	const add = (key: string, entry: Entry | undefined): (() => void) => {
		if (!storage || !entry || !worthNoting(key)) return () => {};
		write({ ...read(), [key]: entry });
		return () => {
			const entries = read();
			if (entries[key]?.seq !== entry.seq) return;
			delete entries[key];
			write(entries);
		};
	};
	return {
		note(key, value) {
			const s = JSON.stringify(value);
			return add(key, s !== undefined && s.length <= MAX_CHARS ? { seq: Date.now() * 1000 + (seq++ % 1000), value } : undefined);
		},
		noteRemoval(key) {
			return add(key, { seq: Date.now() * 1000 + (seq++ % 1000), removed: true });
		},
		pending() {
			return Object.entries(read())
				.sort(([, a], [, b]) => a.seq - b.seq)
				.map(([key, e]) => [key, 'removed' in e ? undefined : e.value]);
		},
		clear() {
			write({});
		}
	};
}
