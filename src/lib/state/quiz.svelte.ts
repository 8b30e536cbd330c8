/**
 * The quiz as reactive state: records answers into the learner's progress
 * (review deck, mistake book, history) and runs question-by-question
 * sessions (chapter practice, daily review, mistake retries). The rules live
 * in src/lib/quiz/; this file only ties them to ProgressState. Time is
 * injected, so sessions are deterministic in tests.
 */
import type { Locale } from '../i18n/messages.ts';
import type { Bank } from '../quiz/bank.ts';
import type { GradeResult } from '../quiz/grade.ts';
import type { AnswerMode, DayOf } from '../quiz/history.ts';
import { applyAnswers, applyScenarioAnswer, type QuizAnswer } from '../quiz/learner.ts';
import { isFlagged, toggleFlag } from '../quiz/mistakes.ts';
import { gradeQuestion, initialAnswer, questionFromCard, type Question } from '../quiz/question.ts';
import type { ReviewCard } from '../quiz/review.ts';
import type { ProgressState } from './progress.svelte.ts';

export interface QuizOptions {
	progress: ProgressState;
	now?: () => Date;
	/** The learner's calendar for "today" (daily limits); local time by default. */
	dayOf?: DayOf;
}

export class QuizState {
	#o: QuizOptions;

	constructor(options: QuizOptions) {
		this.#o = options;
	}

	get progress(): ProgressState {
		return this.#o.progress;
	}

	now(): Date {
		return this.#o.now?.() ?? new Date();
	}

	/** The item bank (a chunk of its own) once storage is open too: what every quiz page waits for before it starts. */
	async openBank(): Promise<Bank> {
		const [{ BANK }] = await Promise.all([import('../quiz/bank.ts'), this.progress.open()]);
		return BANK;
	}

	/** Today's review queue at this moment. */
	due(): ReviewCard[] {
		return this.#o.progress.dueToday(this.now(), this.#o.dayOf);
	}

	/** Grades an answer and stores what it changes. Returns the grade at once; the write is queued. */
	answer(question: Question, chosen: readonly number[], mode: AnswerMode): GradeResult {
		const grade = gradeQuestion(question, chosen);
		const p = this.#o.progress;
		const now = this.now();
		if (question.source.kind === 'scenario') {
			p.saveQuiz(applyScenarioAnswer({ deck: p.deck, history: p.history }, question.id, grade.correct, now));
		} else {
			const a: QuizAnswer = { itemId: question.id, topic: question.source.item.topic, correct: grade.correct, mode };
			p.saveQuiz(applyAnswers({ deck: p.deck, mistakes: p.mistakes, history: p.history }, [a], now));
		}
		return grade;
	}

	/** Records a whole set of answers at once (a submitted mock paper). */
	answerAll(answers: readonly QuizAnswer[]): Promise<void> {
		const p = this.#o.progress;
		return p.saveQuiz(applyAnswers({ deck: p.deck, mistakes: p.mistakes, history: p.history }, answers, this.now()));
	}

	isFlagged(id: string): boolean {
		return isFlagged(this.#o.progress.mistakes, id);
	}

	toggleFlag(id: string): Promise<void> {
		return this.#o.progress.saveQuiz({ mistakes: toggleFlag(this.#o.progress.mistakes, id) });
	}

	/** Flags every id given that is not flagged yet (a paper's flags, on submit). */
	flagAll(ids: readonly string[]): Promise<void> {
		let book = this.#o.progress.mistakes;
		for (const id of ids) if (!isFlagged(book, id)) book = toggleFlag(book, id);
		return this.#o.progress.saveQuiz({ mistakes: book });
	}

	/** Today's review as questions, in queue order; cards whose item has left the bank are counted, not shown. */
	reviewQuestions(bank: Bank, locale: Locale): { questions: Question[]; missing: number } {
		const questions: Question[] = [];
		let missing = 0;
		for (const card of this.due()) {
			const q = questionFromCard(card, (id) => bank.byId.get(id), locale);
			if (q) questions.push(q);
			else missing++;
		}
		return { questions, missing };
	}
}

/**
 * One pass through a list of questions with feedback after each: choose,
 * confirm (graded and recorded at once), read the explanation, next.
 */
export class QuizSession {
	questions = $state.raw<Question[]>([]);
	index = $state(0);
	/** The answer being built for the current question. */
	chosen = $state.raw<number[]>([]);
	/** The grade of the current question once confirmed. */
	graded = $state.raw<GradeResult | null>(null);
	/** Grades so far, in order. */
	results = $state.raw<GradeResult[]>([]);

	readonly current = $derived<Question | undefined>(this.questions[this.index]);
	readonly done = $derived(this.questions.length > 0 && this.index >= this.questions.length);
	readonly right = $derived(this.results.filter((r) => r.correct).length);
	readonly isLast = $derived(this.index === this.questions.length - 1);

	#quiz: QuizState;
	#mode: AnswerMode;

	constructor(quiz: QuizState, mode: AnswerMode, questions: Question[] = []) {
		this.#quiz = quiz;
		this.#mode = mode;
		this.load(questions);
	}

	/** Starts over with a new list. */
	load(questions: Question[]): void {
		this.questions = questions;
		this.index = 0;
		this.results = [];
		this.#reset();
	}

	#reset() {
		this.graded = null;
		const q = this.questions[this.index];
		this.chosen = q ? initialAnswer(q) : [];
	}

	/** Changes the answer; ignored once the question is graded. */
	choose(chosen: number[]): void {
		if (this.graded || !this.current) return;
		this.chosen = chosen;
	}

	/** Grades and records the answer; an empty answer to a choice item is not taken. */
	confirm(): GradeResult | null {
		const q = this.current;
		if (!q || this.graded) return this.graded;
		if (q.format !== 'order' && this.chosen.length === 0) return null;
		this.graded = this.#quiz.answer(q, this.chosen, this.#mode);
		this.results = [...this.results, this.graded];
		return this.graded;
	}

	/** Moves on once the current question is graded. */
	next(): void {
		if (!this.graded) return;
		this.index++;
		this.#reset();
	}
}
