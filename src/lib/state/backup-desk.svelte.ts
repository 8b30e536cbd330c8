/**
 * The settings page's backup and reset: export, read a file into a preview,
 * apply or cancel it, and erase everything after asking. The store is reached
 * only through the host (ProgressState.withStore), so every write is queued
 * with the app's own and the app's state is read again afterwards.
 */
import { BACKUP_MESSAGES, backupErrorText, fileSize } from '../i18n/backup-messages.ts';
import { fill, type Locale } from '../i18n/messages.ts';
import { LIMITS } from '../instructor/limits.ts';
import {
	BACKUP_KINDS,
	applyMerge,
	backupFilename,
	exportBackup,
	planMerge,
	readBackup,
	resetAll,
	type MergePlan,
	type StoreHost
} from '../progress/backup/index.ts';

export interface DeskOptions {
	/** The app's progress state (or a stand-in in tests). */
	host: () => StoreHost;
	locale: () => Locale;
	now: () => Date;
	/** Offers the exported file. */
	download: (filename: string, text: string) => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** What a file chosen for import is: its size is known before it is read. */
export type PickedFile = Pick<File, 'size' | 'text'>;

export class BackupDesk {
	busy = $state(false);
	status = $state('');
	problem = $state('');
	/** The preview of an import, until it is applied or cancelled. */
	plan = $state.raw<MergePlan | null>(null);
	/** The kinds the preview lists, in the order of BACKUP_KINDS. */
	kinds = $derived(this.plan ? BACKUP_KINDS.filter((k) => this.plan!.counts[k]) : []);
	/** Records that differ here and in the file, with how each is resolved. */
	differences = $derived(this.plan ? this.plan.entries.filter((e) => e.reason) : []);

	#o: DeskOptions;

	constructor(options: DeskOptions) {
		this.#o = options;
	}

	get #t() {
		return BACKUP_MESSAGES[this.#o.locale()];
	}

	#begin(text: string) {
		this.busy = true;
		this.problem = '';
		this.status = text;
	}

	async exportAll(): Promise<void> {
		this.#begin(this.#t.exporting);
		try {
			const at = this.#o.now();
			const { text, n } = await this.#o
				.host()
				.withStore(async (store) => ({ text: await exportBackup(store, at), n: (await store.keys()).length }), { reload: false });
			this.#o.download(backupFilename(at), text);
			this.status = fill(this.#t.exported, { n, size: fileSize(new Blob([text]).size, this.#o.locale()) });
		} catch (e) {
			this.status = '';
			this.problem = fill(this.#t.exportFailed, { reason: message(e) });
		} finally {
			this.busy = false;
		}
	}

	/** Reads a chosen file into a preview. @returns 'preview' when one is shown, 'refused' for a file that is not imported. */
	async read(file: PickedFile | undefined): Promise<'preview' | 'refused' | 'failed' | 'none'> {
		this.plan = null;
		if (!file) return 'none';
		this.#begin(this.#t.reading);
		try {
			const read =
				file.size > LIMITS.backupBytes
					? ({ ok: false, error: { code: 'too-large', limit: LIMITS.backupBytes } } as const)
					: await readBackup(await file.text());
			if (!read.ok) {
				this.status = '';
				this.problem = fill(this.#t.refused, { reason: backupErrorText(read.error, this.#t) });
				return 'refused';
			}
			this.plan = await this.#o.host().withStore((store) => planMerge(store, read.backup), { reload: false });
			this.status = '';
			return 'preview';
		} catch (e) {
			this.status = '';
			this.problem = fill(this.#t.refused, { reason: message(e) });
			return 'failed';
		} finally {
			this.busy = false;
		}
	}

	/** Imports the previewed file (planned again against the store as it is now). */
	async apply(): Promise<void> {
		if (!this.plan) return;
		const preview = this.plan;
		this.#begin(this.#t.importing);
		try {
			const applied = await this.#o.host().withStore((store) => applyMerge(store, preview), { replaces: true });
			const total = (action: 'add' | 'replace' | 'merge') => applied.entries.filter((e) => e.action === action).length;
			this.status = fill(this.#t.imported, { add: total('add'), replace: total('replace'), merge: total('merge') });
		} catch (e) {
			this.status = '';
			this.problem = fill(this.#t.importFailed, { reason: message(e) });
		} finally {
			this.plan = null;
			this.busy = false;
		}
	}

	cancel(): void {
		this.plan = null;
		this.status = '';
	}
}

/** Erasing everything, in two steps: asking, then erasing. */
export class ResetDesk {
	asking = $state(false);
	busy = $state(false);
	status = $state('');
	problem = $state('');

	#o: Pick<DeskOptions, 'host' | 'locale'>;

	constructor(options: Pick<DeskOptions, 'host' | 'locale'>) {
		this.#o = options;
	}

	ask(): void {
		this.status = '';
		this.problem = '';
		this.asking = true;
	}

	cancel(): void {
		this.asking = false;
	}

	async erase(): Promise<void> {
		const t = BACKUP_MESSAGES[this.#o.locale()];
		this.busy = true;
		try {
			const n = await this.#o.host().withStore(resetAll, { replaces: true });
			this.status = fill(t.resetDone, { n });
		} catch (e) {
			this.problem = fill(t.resetFailed, { reason: message(e) });
		} finally {
			this.busy = false;
			this.asking = false;
		}
	}
}
