/** The class table's record checks in words (instructor/record-checks.ts), and what "Verified" means. */
import type { FailedCheck } from '../instructor/record-checks.ts';
import { fill, type Locale } from './messages.ts';

type Texts = { [K in FailedCheck['check']]: string } & { modes: Record<'practice' | 'exam', string> };

const TEXTS: Record<Locale, Texts> = {
	'zh-CN': {
		'no-assignment': '不是为你的作业提交的：结果里没有作业编号。',
		'unknown-assignment': '作业编号 {id} 不是你在这个浏览器里布置的作业。',
		'not-in-assignment': '作业“{assignment}”没有布置这个情境。',
		mode: '作业要求{set}，这份结果却是{claimed}。',
		'story-version': '情境版本属于另一个情境或语言（{scenarioId}，{locale}）。',
		'before-assignment': '开始时间 {startedAt} 早于作业的创建时间 {createdAt}。',
		late: '完成于 {finishedAt}，晚于截止日 {due}。',
		future: '完成时间 {finishedAt} 还没到。',
		'too-fast': '{decisions} 个决定只用了 {seconds} 秒，来不及读完。',
		conflict: '同一次作答另有 {copies} 份内容不同的副本（姓名、模式或分数不同），哪一份都不能采信。',
		modes: { practice: '练习模式', exam: '考试模式' }
	},
	en: {
		'no-assignment': 'Not handed in for an assignment of yours: the result names none.',
		'unknown-assignment': 'Assignment {id} is not one you set in this browser.',
		'not-in-assignment': 'The assignment “{assignment}” did not set this case.',
		mode: 'The assignment is set in {set}, but this result was played in {claimed}.',
		'story-version': 'The story version belongs to another case or language ({scenarioId}, {locale}).',
		'before-assignment': 'Started at {startedAt}, before the assignment was created ({createdAt}).',
		late: 'Finished at {finishedAt}, after the due date {due}.',
		future: 'Finished at {finishedAt}, which has not happened yet.',
		'too-fast': '{decisions} decisions in {seconds} seconds: too fast to have been read.',
		conflict:
			'{copies} other copies of the same attempt say something else (another name, mode or score): none of them can be trusted over the others.',
		modes: { practice: 'practice mode', exam: 'exam mode' }
	}
};

export function describeFailedCheck(f: FailedCheck, locale: Locale): string {
	const t = TEXTS[locale];
	const params: Record<string, string | number> = { ...f };
	if (f.check === 'mode') {
		params.set = t.modes[f.set];
		params.claimed = t.modes[f.claimed];
	}
	return fill(t[f.check], params);
}
