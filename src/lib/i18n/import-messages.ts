/** What is wrong with a link, code or file brought in, in the reader's language (instructor/import-error.ts). */
import type { ImportProblem } from '../instructor/import-error.ts';
import { fill, type Locale } from './messages.ts';

type Texts = { [K in ImportProblem['code']]: string } & {
	invalidWhole: string;
	what: Record<'assignment' | 'result', string>;
	aWhat: Record<'assignment' | 'result', string>;
};

const TEXTS: Record<Locale, Texts> = {
	'zh-CN': {
		empty: '内容是空的：请把整段码复制过来。',
		'too-long': '码太长（超过 {max} 个字符），不是本站生成的码，可能混进了别的内容。',
		'bad-characters': '码里有不属于它的字符（比如标点或汉字），可能复制时混进了别的内容。请重新复制。',
		incomplete: '码不完整：末尾缺了一截。请复制完整的码。',
		damaged: '码已损坏或不完整，无法解开。请重新复制完整的码。',
		'too-large': '码解开后超过 {max} MB，不是本站生成的内容。',
		unreadable: '里面没有可读的数据，可能已损坏。',
		'file-not-json': '这个文件不是{what}文件（无法读取），可能已损坏，或选错了文件。',
		'file-too-large': '文件超过 {max} MB 的上限{size}；{what}文件通常只有几 KB，请确认选对了文件。',
		'not-result-code': '这不是结果码：结果码以 CWR1. 开头。',
		invalid: '这不是有效的{what}：其中“{field}”一项不对，可能被改动过或已损坏。',
		invalidWhole: '这不是有效的{what}，可能被改动过或已损坏。',
		'finished-before-start': '结果的结束时间早于开始时间：内容被改动过或已损坏。',
		'no-work': '这份作业没有布置任何内容。',
		'too-many': '一次最多导入 {max} 条结果，这次有 {count} 条。请分批导入。',
		'unknown-scenario': '作业里的案例“{id}”本站没有：可能来自更新的版本，或链接被改动过。',
		'story-version': '作业里的自编案例“{title}”与它的版本校验不符：内容被改动过或已损坏。',
		'story-broken': '作业里的自编案例“{title}”无法运行（{detail}）。',
		'id-reused': '你已接受过同一编号的作业“{known}”，这份却叫“{title}”。同一编号不会对应两份作业，请向老师确认。',
		what: { assignment: '作业', result: '结果' },
		aWhat: { assignment: '作业', result: '结果' }
	},
	en: {
		empty: 'There is nothing here: copy the whole code.',
		'too-long': 'The code is too long (over {max} characters) to be one this site made; something else may have been pasted with it.',
		'bad-characters': 'The code holds characters that are never part of one (punctuation, say, or Chinese text): copy it again.',
		incomplete: 'The code is incomplete: its end is missing. Copy the whole code.',
		damaged: 'The code is damaged or incomplete and cannot be opened. Copy the whole code again.',
		'too-large': 'The code opens into more than {max} MB, which no code from this site does.',
		unreadable: 'It holds nothing readable; it may be damaged.',
		'file-not-json': 'This is not {aWhat} file (it cannot be read); it may be damaged, or another file was chosen.',
		'file-too-large': 'The file is over the {max} MB limit{size}; {what} files are a few KB, so check that it is the right file.',
		'not-result-code': 'This is not a result code: result codes start with CWR1.',
		invalid: 'This is not a valid {what}: its “{field}” is wrong; it may have been edited or damaged.',
		invalidWhole: 'This is not a valid {what}; it may have been edited or damaged.',
		'finished-before-start': 'The result finishes before it starts: it has been edited or damaged.',
		'no-work': 'This assignment sets no work.',
		'too-many': 'At most {max} results can be imported at once; this import has {count}. Import them in parts.',
		'unknown-scenario':
			'The assignment names a case this site does not have ("{id}"): it may come from a newer version, or the link was edited.',
		'story-version':
			'Your instructor’s own case "{title}" in this assignment does not match its version check: it has been edited or damaged.',
		'story-broken': 'Your instructor’s own case "{title}" in this assignment cannot run ({detail}).',
		'id-reused':
			'You already accepted an assignment with this id, "{known}", but this one is called "{title}". One id never names two assignments: check with your instructor.',
		what: { assignment: 'assignment', result: 'result' },
		aWhat: { assignment: 'an assignment', result: 'a result' }
	}
};

const mb = (bytes: number) => String(Math.round(bytes / 1e5) / 10);

export function describeImportProblem(problem: ImportProblem, locale: Locale): string {
	const t = TEXTS[locale];
	const kind = 'what' in problem ? problem.what : 'result';
	const size =
		'size' in problem && problem.size !== undefined
			? locale === 'en'
				? ` (${mb(problem.size)} MB)`
				: `（这个有 ${mb(problem.size)} MB）`
			: '';
	const params: Record<string, string | number> = { ...problem, what: t.what[kind], aWhat: t.aWhat[kind], size };
	if ('max' in problem && (problem.code === 'too-large' || problem.code === 'file-too-large')) params.max = mb(problem.max);
	if (problem.code === 'too-long' || problem.code === 'too-many') params.max = problem.max.toLocaleString(locale);
	if (problem.code === 'too-many') params.count = problem.count.toLocaleString(locale);
	return fill(problem.code === 'invalid' && !problem.field ? t.invalidWhole : t[problem.code], params);
}
