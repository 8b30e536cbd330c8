/**
 * The quiz's header link and home-page entry, zh-CN first. Apart from
 * quiz-messages.ts because every page shows these few strings and only quiz
 * pages need the rest.
 */
import type { Locale } from './messages.ts';

const zhEntry = {
	quiz: '自学题库',
	progress: '学习进度',
	homeTitle: '自学题库',
	homeBody: '按章节练习，每日复习答错的题和情境中的欠妥选择，整理错题本，做限时模拟考试。',
	due: '今天有 {n} 道题待复习',
	noneDue: '今天没有待复习的题目',
	open: '进入题库',
	review: '开始复习'
};

export type QuizEntryMessages = typeof zhEntry;

const enEntry: QuizEntryMessages = {
	quiz: 'Quiz',
	progress: 'Progress',
	homeTitle: 'Self-study quiz',
	homeBody:
		'Practise by chapter, review what you got wrong (and weak choices from the cases) each day, keep a mistake book, and sit timed mock papers.',
	due: '{n} {n, plural, one {item} other {items}} due for review today',
	noneDue: 'Nothing due for review today',
	open: 'Open the quiz',
	review: 'Start review'
};

/** Strings for the header link and the home page's quiz entry. */
export const QUIZ_ENTRY: Record<Locale, QuizEntryMessages> = { 'zh-CN': zhEntry, en: enEntry };
