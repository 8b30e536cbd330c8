/**
 * The authoring page's controller: the source being edited, its check in the
 * worker (one at a time, cancellable, a superseded answer ignored), and the
 * instructor's saved stories (save, reopen, delete). The page keeps only the
 * DOM: the textarea, focus and scrolling, dropped files.
 */
import type { AuditProgress } from '../engine/audit-report.ts';
import type { CustomStory } from '../instructor/assignment.ts';
import { checkInkText, readInkBytes, type InkCheck, type InputProblem, type SavedStory } from '../instructor/custom-story.ts';
import { LIMITS } from '../instructor/limits.ts';
import { openBrowserStore, type OpenedStore } from '../progress/browser-store.ts';
import { deleteCustomStory, listSavedStories, saveCustomStory } from '../progress/custom-stories.ts';
import type { KeyValueStore } from '../progress/kv-store.ts';

/** Worker → page: the check (with the version hash once compiled, and the record once accepted), or why it could not run. */
export type CheckReply =
	| { id: number; check: InkCheck; hash?: string; story?: CustomStory; failure?: undefined }
	| { id: number; failure: string; check?: undefined };

/** Rejection reason when a check was replaced or cancelled. */
export class CheckCancelled extends Error {
	override name = 'CheckCancelled';
}

/** What runs the compiler and the audit off the page (the route's worker in the browser, a fake in tests). */
export interface InkCheckService {
	/** Starting a check cancels the one running; a cancelled check rejects with CheckCancelled. `onprogress` hears how far it has got. */
	check(source: string, filename: string, onprogress?: (p: AuditProgress) => void): Promise<CheckReply>;
	cancel(): void;
	dispose(): void;
}

export type Done = { kind: 'done'; check: InkCheck; hash?: string; story?: CustomStory; source: string; file?: string };
export type Outcome =
	| { kind: 'idle' | 'checking' | 'cancelled' | 'one-file' }
	| { kind: 'problem'; problem: InputProblem; file?: string }
	| { kind: 'failed'; detail: string }
	| Done;

/** What the last save said, and what the last action on the saved list did. */
export type SaveNote = { kind: 'saved'; title: string; hash: string } | { kind: 'failed'; detail: string };
export type ListNote = { kind: 'deleted' | 'opened'; title: string };

/** A file as the session reads it (a DOM File in the browser). */
export type InkFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

export interface AuthoringOptions {
	checker: InkCheckService;
	/** Opens the instructor's store; the browser's by default. */
	open?: () => Promise<OpenedStore>;
	/** A loaded file or a reopened story has replaced the editor's text; called before it is checked. */
	onreplace?: (from: 'file' | 'saved') => void | Promise<void>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class AuthoringSession {
	source = $state('');
	outcome = $state.raw<Outcome>({ kind: 'idle' });
	/** How far the running check has got (states explored, decisions found); undefined before its first report. */
	progress = $state.raw<AuditProgress | undefined>();
	/** Set once the page is live: text typed into the editor before then would be lost to hydration. */
	live = $state(false);
	/** False when the store is memory only: a saved story would not outlive the tab. */
	persistent = $state(true);
	/** undefined while the store is being read. */
	saved = $state.raw<SavedStory[] | undefined>();
	/** Saved records that could not be read. */
	skipped = $state(0);
	saveNote = $state.raw<SaveNote | undefined>();
	listNote = $state.raw<ListNote | undefined>();

	readonly done = $derived(this.outcome.kind === 'done' ? this.outcome : undefined);
	/** The editor no longer holds what was checked. */
	readonly stale = $derived(!!this.done && this.done.source !== this.source);
	readonly mustFix = $derived(this.done ? this.done.check.issues.filter((i) => i.level === 'error').length : 0);
	readonly bad = $derived(
		this.outcome.kind === 'problem' ||
			this.outcome.kind === 'failed' ||
			this.outcome.kind === 'one-file' ||
			(!!this.done && !this.done.check.accepted)
	);
	readonly canSave = $derived(!!this.done?.story && !this.stale);

	#o: AuthoringOptions;
	#store?: KeyValueStore;
	/** Bumped by every check and cancel, so a superseded check's answer is ignored. */
	#seq = 0;

	constructor(options: AuthoringOptions) {
		this.#o = options;
	}

	/** Called once the page is live: reads the saved list. */
	async start(): Promise<void> {
		this.live = true;
		const opened = await (this.#o.open ?? openBrowserStore)();
		this.#store = opened.store;
		this.persistent = opened.persistent;
		await this.#refresh();
	}

	/** Checks `text` (the editor's text by default); `file` names where it came from. */
	async check(text = this.source, file?: string): Promise<void> {
		const my = ++this.#seq;
		this.saveNote = undefined;
		const problem = checkInkText(text);
		if (problem) {
			this.#o.checker.cancel();
			this.outcome = { kind: 'problem', problem, file };
			return;
		}
		this.outcome = { kind: 'checking' };
		this.progress = undefined;
		try {
			const reply = await this.#o.checker.check(text, file ?? 'story.ink', (p) => {
				if (my === this.#seq) this.progress = p;
			});
			if (my !== this.#seq) return;
			this.outcome =
				reply.failure !== undefined
					? { kind: 'failed', detail: reply.failure }
					: { kind: 'done', check: reply.check, hash: reply.hash, story: reply.story, source: text, file };
		} catch (e) {
			if (my !== this.#seq || e instanceof CheckCancelled) return;
			this.outcome = { kind: 'failed', detail: message(e) };
		}
	}

	cancel(): void {
		this.#refuse({ kind: 'cancelled' });
	}

	/** Drops whatever check is running, and says why. */
	#refuse(outcome: Outcome): void {
		this.#seq++;
		this.#o.checker.cancel();
		this.outcome = outcome;
	}

	/** Loads one file into the editor and checks it; a file that is no ink text changes nothing. */
	async loadFile(file: InkFile): Promise<void> {
		// Refuse a huge file before reading a byte of it.
		if (file.size > LIMITS.inkBytes) {
			this.#refuse({ kind: 'problem', problem: { code: 'too-large', bytes: file.size, limit: LIMITS.inkBytes }, file: file.name });
			return;
		}
		const read = readInkBytes(new Uint8Array(await file.arrayBuffer()));
		if ('problem' in read) {
			this.#refuse({ kind: 'problem', problem: read.problem, file: file.name });
			return;
		}
		this.source = read.source;
		await this.#o.onreplace?.('file');
		await this.check(read.source, file.name);
	}

	/** Files dropped on the page: one is loaded, more are refused. */
	async loadFiles(files: ArrayLike<InkFile>): Promise<void> {
		if (files.length > 1) this.#refuse({ kind: 'one-file' });
		else if (files.length === 1) await this.loadFile(files[0]);
	}

	/** Saves the story just checked, unless the editor has changed since. */
	async save(): Promise<void> {
		const done = this.done;
		if (!done?.story || this.stale || !this.#store) return;
		try {
			await saveCustomStory(this.#store, done.story, { source: done.source });
			this.saveNote = { kind: 'saved', title: done.story.title, hash: done.story.hash };
			await this.#refresh();
		} catch (e) {
			this.saveNote = { kind: 'failed', detail: message(e) };
		}
	}

	async remove(s: SavedStory): Promise<void> {
		if (!this.#store) return;
		await deleteCustomStory(this.#store, s.story.hash);
		this.listNote = { kind: 'deleted', title: s.story.title };
		await this.#refresh();
	}

	/** Puts a saved story's source back in the editor and checks it. */
	async open(s: SavedStory): Promise<void> {
		if (s.source === undefined) return;
		this.source = s.source;
		this.listNote = { kind: 'opened', title: s.story.title };
		await this.#o.onreplace?.('saved');
		await this.check(s.source);
	}

	dispose(): void {
		this.#seq++;
		this.#o.checker.dispose();
	}

	async #refresh(): Promise<void> {
		if (!this.#store) return;
		const list = await listSavedStories(this.#store);
		this.saved = list.saved;
		this.skipped = list.skipped.length;
	}
}
