/**
 * The instructor's assignment form: the chosen work, the instructor's own
 * stories to choose from, and the assignment it creates (its link, QR code
 * and file), which is also kept in the instructor's browser.
 */
import { downloadText } from '../browser/download.ts';
import { assignmentCode, assignmentFile, type Assignment, type CustomStory } from '../instructor/assignment.ts';
import { assignmentLink, buildAssignment, newAssignmentId } from '../instructor/compose.ts';
import { loadCustomStories } from '../progress/custom-stories.ts';
import type { TopicId } from '../quiz/schema.ts';
import { openBrowserStore, type OpenedStore } from '../progress/browser-store.ts';
import { saveAssignment } from '../progress/instructor-assignments.ts';

export interface ComposerOptions {
	open?: () => Promise<OpenedStore>;
	now?: () => Date;
	random?: (n: number) => Uint8Array;
	/** A QR code of the link as a data URL, or null when it does not fit. */
	qr?: (link: string) => Promise<string | null>;
	copy?: (text: string) => Promise<void>;
	download?: (filename: string, text: string) => void;
}

export interface Created {
	assignment: Assignment;
	link: string | null;
	qr: string | null;
}

async function qrCode(link: string): Promise<string | null> {
	const { default: QRCode } = await import('qrcode');
	// A QR code holds about 2,300 characters at this error-correction level; a longer link still works as a link.
	return QRCode.toDataURL(link, { margin: 1, width: 256, errorCorrectionLevel: 'M' }).catch(() => null);
}

export class AssignmentComposer {
	#o: ComposerOptions;
	title = $state('');
	note = $state('');
	scenarios = $state<string[]>([]);
	customHashes = $state<string[]>([]);
	own = $state.raw<CustomStory[]>([]);
	mode = $state<'practice' | 'exam'>('exam');
	quizTopics = $state<TopicId[]>([]);
	mockPaper = $state(false);
	passMark = $state(60);
	due = $state('');
	problem = $state<'title' | 'work' | null>(null);
	created = $state.raw<Created | null>(null);
	copied = $state(false);

	constructor(options: ComposerOptions = {}) {
		this.#o = options;
	}

	/** Reads the instructor's own stories, to offer them as work. */
	async load(): Promise<void> {
		this.own = await loadCustomStories(await this.#store());
	}

	/** Builds the assignment from the form; `origin` and `prefix` make its link. */
	async create(origin: string, prefix: string): Promise<void> {
		const id = newAssignmentId(this.#o.random ?? ((n) => crypto.getRandomValues(new Uint8Array(n))));
		const custom = this.own.filter((s) => this.customHashes.includes(s.hash));
		const draft = $state.snapshot({
			title: this.title,
			note: this.note,
			scenarios: this.scenarios,
			mode: this.mode,
			quizTopics: this.quizTopics,
			mockPaper: this.mockPaper,
			passMark: this.passMark,
			due: this.due
		});
		const built = buildAssignment({ ...draft, custom }, id, this.#o.now?.() ?? new Date());
		this.problem = built.problem ?? null;
		if (!built.assignment) return;
		const code = assignmentCode(built.assignment);
		const link = code ? assignmentLink(origin, prefix, code) : null;
		const qr = link ? await (this.#o.qr ?? qrCode)(link) : null;
		this.created = { assignment: built.assignment, link, qr };
		await saveAssignment(await this.#store(), built.assignment);
	}

	async copyLink(): Promise<void> {
		if (!this.created?.link) return;
		await (this.#o.copy ?? ((text) => navigator.clipboard.writeText(text)))(this.created.link);
		this.copied = true;
	}

	/** The created assignment as a file, for learners who cannot open a link. */
	downloadFile(): void {
		const a = this.created?.assignment;
		if (a) (this.#o.download ?? downloadText)(`assignment-${a.id}.json`, assignmentFile(a));
	}

	async #store() {
		return (await (this.#o.open ?? openBrowserStore)()).store;
	}
}
