/**
 * The question-by-question quiz pages as controllers: chapter practice, the
 * daily review and the mistake book. Each holds a QuizState, one
 * QuizSession and the bank once loaded (QuizPage); the subclasses add what
 * their page decides. Time, the seed and the page's language are injected.
 */
import type { Locale } from '../i18n/messages.ts';
import type { Bank } from '../quiz/bank.ts';
import type { AnswerMode, DayOf } from '../quiz/history.ts';
import { listCaseMistakes, listMistakes, type MistakeFilter } from '../quiz/mistakes.ts';
import { noteOf, setNote } from '../quiz/notes.ts';
import { DEFAULT_ROUND_SIZE, parseTopics, practiceRound } from '../quiz/practice.ts';
import { questionFromCard, questionFromItem } from '../quiz/question.ts';
import { mulberry32 } from '../quiz/random.ts';
import { searchBank } from '../quiz/search.ts';
import { TOPIC_IDS, type TopicId } from '../quiz/topics.ts';
import type { ProgressState } from './progress.svelte.ts';
import { QuizSession, QuizState } from './quiz.svelte.ts';

export interface QuizPageOptions {
	progress: ProgressState;
	/** The page's language, read when questions are built (a language switch keeps the page). */
	locale: () => Locale;
	now?: () => Date;
	/** The learner's calendar for "today"; local time by default. */
	dayOf?: DayOf;
	/** A fresh 32-bit seed for each practice round. */
	newSeed?: () => number;
}

/** What every question-by-question page holds. */
export class QuizPage {
	readonly quiz: QuizState;
	readonly session: QuizSession;
	/** The item bank, once loaded together with the learner's progress. */
	bank = $state.raw<Bank | null>(null);
	protected readonly o: QuizPageOptions;

	constructor(o: QuizPageOptions, mode: AnswerMode) {
		this.o = o;
		this.quiz = new QuizState({ progress: o.progress, now: o.now, dayOf: o.dayOf });
		this.session = new QuizSession(this.quiz, mode);
	}

	/** Loads the bank (and storage); the page calls it once mounted. */
	async open(): Promise<Bank> {
		this.bank = await this.quiz.openBank();
		return this.bank;
	}

	/** Starts a pass through the given bank items, skipping ids no longer in the bank. */
	protected loadItems(ids: readonly string[]): void {
		const bank = this.bank;
		if (!bank) return;
		this.session.load(ids.flatMap((id) => (bank.byId.has(id) ? [questionFromItem(bank.byId.get(id)!, this.o.locale())] : [])));
	}
}

/** Chapter practice: the chapters and round size come from the URL. */
export class PracticePage extends QuizPage {
	topics = $state.raw<TopicId[]>([]);
	size = $state(DEFAULT_ROUND_SIZE);
	/** Items per chapter, for the picker. */
	readonly counts = $derived(this.bank ? TOPIC_IDS.map((id) => ({ id, count: this.bank!.byTopic.get(id)?.length ?? 0 })) : []);

	constructor(o: QuizPageOptions) {
		super(o, 'practice');
	}

	/** Applies `?topic=…&topic=…` or `?topics=a,b` and `n`; with chapters, a new round starts. */
	select(q: URLSearchParams): void {
		if (!this.bank) return;
		this.topics = parseTopics([...q.getAll('topic'), q.get('topics') ?? ''].join(','), TOPIC_IDS);
		const n = Number(q.get('n'));
		this.size = Number.isInteger(n) && n > 0 && n <= 100 ? n : DEFAULT_ROUND_SIZE;
		if (this.topics.length) this.startRound();
		else this.session.load([]);
	}

	/** Draws a new round from the chosen chapters. */
	startRound(): void {
		if (!this.bank || !this.topics.length) return;
		const seed = this.o.newSeed?.() ?? crypto.getRandomValues(new Uint32Array(1))[0];
		this.loadItems(practiceRound(this.bank.items, this.topics, this.size, mulberry32(seed)).map((i) => i.id));
	}
}

/** The daily review, and its daily limit of new cards. */
export class ReviewPage extends QuizPage {
	/** Due cards whose item has left the bank. */
	missing = $state(0);
	limit = $state(20);
	saved = $state(false);
	/** Cards answered wrong come back within minutes; offered once this pass is done. */
	readonly dueAgain = $derived(this.session.done ? this.quiz.due().length : 0);

	constructor(o: QuizPageOptions) {
		super(o, 'review');
	}

	override async open(): Promise<Bank> {
		const bank = await super.open();
		this.limit = this.o.progress.settings.quiz.dailyNewLimit;
		this.load();
		return bank;
	}

	/** Loads what is due now. */
	load(): void {
		if (!this.bank) return;
		const r = this.quiz.reviewQuestions(this.bank, this.o.locale());
		this.missing = r.missing;
		this.session.load(r.questions);
	}

	/** Saves the daily limit (1–1000); without a question on screen, reloads what is due under it. */
	saveLimit(): void {
		const n = Math.round(this.limit);
		if (!(n >= 1 && n <= 1000)) return;
		const settings = this.o.progress.settings;
		this.o.progress.saveSettings({ ...settings, quiz: { ...settings.quiz, dailyNewLimit: n } });
		this.saved = true;
		if (!this.session.current) this.load();
	}
}

/** The mistake book: the list, its filters, the learner's notes, and retrying. */
export class MistakesPage extends QuizPage {
	/** A chapter, every chapter (''), or only the choices made in cases. */
	topic = $state<TopicId | '' | 'cases'>('');
	show = $state<NonNullable<MistakeFilter['show']>>('all');
	/** A retry session is on screen instead of the list. */
	retrying = $state(false);
	readonly entries = $derived.by(() => {
		const { bank, topic } = this;
		if (!bank || topic === 'cases') return [];
		return listMistakes(this.o.progress.mistakes, (id) => bank.byId.get(id)?.topic, { topic: topic || undefined, show: this.show });
	});
	/** Case decisions still wrong: with every chapter or on their own; never among flags, as cards are not flagged. */
	readonly cases = $derived(
		this.bank && (this.topic === '' || this.topic === 'cases') && this.show !== 'flagged' ? listCaseMistakes(this.o.progress.deck) : []
	);
	/** Ids of the listed items still in the bank, then the listed case decisions. */
	readonly retryable = $derived([
		...this.entries.filter((e) => this.bank?.byId.has(e.id)).map((e) => e.id),
		...this.cases.map((c) => c.id)
	]);

	constructor(o: QuizPageOptions) {
		super(o, 'mistakes');
	}

	/** Retries bank items and case decisions (from their review cards), in the order given. */
	retry(ids: readonly string[]): void {
		const bank = this.bank;
		if (!bank) return;
		const cards = new Map(this.o.progress.deck.map((c) => [c.id, c]));
		const itemOf = (id: string) => bank.byId.get(id);
		const questions = ids.flatMap((id) => {
			const card = cards.get(id);
			const q = card ? questionFromCard(card, itemOf, this.o.locale()) : itemOf(id) ? questionFromItem(itemOf(id)!, this.o.locale()) : null;
			return q ? [q] : [];
		});
		this.session.load(questions);
		this.retrying = true;
	}

	back(): void {
		this.retrying = false;
	}

	noteOf(id: string): string {
		return noteOf(this.o.progress.notes, id);
	}

	/** Saves the learner's note on `id`; a note that is too long is refused (the page says so) and nothing is lost. */
	saveNote(id: string, text: string): Promise<void> | { refused: 'too-long'; max: number } {
		const r = setNote(this.o.progress.notes, id, text, this.o.now?.() ?? new Date());
		return r.ok ? this.o.progress.saveQuiz({ notes: r.notes }) : { refused: r.reason, max: r.max };
	}
}

/** Searching the bank by words, and practising what was found. */
export class SearchPage extends QuizPage {
	query = $state('');
	/** A practice session of found items is on screen instead of the results. */
	practising = $state(false);
	readonly hits = $derived(this.bank ? searchBank(this.bank.items, this.query, this.o.locale()) : []);

	constructor(o: QuizPageOptions) {
		super(o, 'practice');
	}

	practise(ids: readonly string[]): void {
		if (!this.bank) return;
		this.loadItems(ids);
		this.practising = true;
	}

	back(): void {
		this.practising = false;
	}
}
