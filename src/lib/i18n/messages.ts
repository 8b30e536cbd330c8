/** UI strings. zh-CN is the source; en must have the same keys (the type enforces it). */
import { SCORING_MESSAGES } from './scoring-messages.ts';
import { DEBRIEF_MESSAGES } from './debrief-messages.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const zh = {
	appName: '个案会谈训练场',
	scoring: SCORING_MESSAGES['zh-CN'],
	listSeparator: '、',
	/** Between a label and what it labels: one style per language. */
	colon: '：',
	stageSkipped: '（未经过这一阶段）',
	betterOption: '更好的回应',
	tagline: '在见到真实服务对象之前，先在这里练好会谈。',
	skipToContent: '跳到正文',
	language: '语言',
	switchTo: 'English',
	home: '首页',
	scenarios: '个案情境',
	minutes: '约 {n} 分钟',
	difficulty: '难度',
	difficulties: ['', '入门', '进阶', '挑战'],
	skills: '训练技巧',
	allSkills: '全部技巧',
	planTitle: '备考计划',
	examIn: '距离考试还有 {n} 天',
	examToday: '今天就是考试日，祝你顺利！',
	goalItems: '今天已答 {done} / {goal} 题',
	goalCase: '今天的情境案例：{state}',
	goalCaseDone: '已完成',
	goalCaseOpen: '还没做',
	goalMet: '今天的目标已经完成。',
	streak: '连续达标 {n} 天',
	setPlan: '设置考试日期和每日目标',
	noCaseForSkill: '还没有情境用到这项技巧。',
	bestScore: '考试模式最高分',
	bestPractice: '练习最高分',
	noExamYet: '尚无考试模式成绩',
	attempts: '已完成 {n} 次',
	noAttempts: '尚未完成',
	start: '开始',
	resume: '继续上次',
	restart: '重新开始',
	undo: '撤回上一个选择',
	undoHint: '练习模式可以撤回，撤回的选择会留在复盘记录里。',
	undone: '已撤回，重新选择吧。',
	withdrawn: '撤回过的选择',
	showAll: '显示全部（空格键）',
	lastDebrief: '查看上次复盘',
	modeLabel: '模式',
	modePractice: '练习模式',
	modePracticeHint: '每次选择后即时点评',
	modeExam: '考试模式',
	modeExamHint: '点评留到复盘时统一查看',
	modeLocked: '本次已选择{mode}，重新开始才能更换。',
	modeFixed: '这份作业要求{mode}，不能更换。',
	modeConflict: '这个案例有一次未完成的{mode}练习，不能算作这份作业。作业要求{required}：请重新开始。',
	modeConflictTitle: '这次练习不能交作业',
	restartForAssignment: '以{required}重新开始',
	phaseTracker: '个案工作阶段',
	phases: {
		intake: '接案',
		assessment: '预估',
		planning: '计划',
		intervention: '介入',
		evaluation: '评估',
		closing: '结案',
		'follow-up': '跟进'
	},
	followUpInClosing: '含跟进',
	currentPhase: '当前阶段',
	you: '你',
	narration: '旁白',
	yourChoice: '你的选择',
	chooseHint: '选择你的回应（数字键 1–{n} 亦可）',
	choices: '可选回应',
	feedback: '督导点评',
	feedbackWithheld: '考试模式：点评将在复盘中显示。',
	quality: { best: '最佳', good: '较好', weak: '欠妥', harmful: '不当' },
	scoreSoFar: '当前得分',
	decisions: '第 {n} 个决定',
	loadingStory: '正在载入情境……',
	storyEnded: '本情境已结束',
	seeDebrief: '查看复盘',
	debrief: '复盘',
	totalScore: '总分',
	qualityScore: '技巧选择',
	processScore: '流程顺序',
	families: { supportive: '支持性技巧', leading: '引领性技巧', influencing: '影响性技巧' },
	techniques: {
		attending: '专注',
		listening: '倾听',
		empathy: '同理',
		encouragement: '鼓励',
		clarification: '澄清',
		focusing: '对焦',
		summarising: '摘要',
		information: '提供信息',
		'self-disclosure': '自我披露',
		suggestion: '建议',
		advice: '忠告',
		confrontation: '对质'
	},
	techniqueScores: '各项技巧得分',
	techniqueChartCaption: '各项会谈技巧的得分（0–100）',
	orderingErrors: '流程顺序问题',
	noOrderingErrors: '没有流程顺序问题，各阶段衔接得当。',
	errSkipped: {
		planning: '第 {n} 步：尚未预估就提出了计划。',
		intervention: '第 {n} 步：还没有与服务对象商定计划就开始介入。',
		closing: '第 {n} 步：没有评估服务成效就结案。',
		'follow-up': '第 {n} 步：尚未结案就安排跟进。',
		other: '第 {n} 步：“{skipped}”还没有做扎实，就抢先进入了“{phase}”。'
	},
	errMissingFollowUp: '结案后没有安排跟进服务。',
	phasesCovered: '走过的阶段',
	ending: '结局',
	endings: {
		'well-closed': '圆满结案并安排跟进',
		'premature-close': '草率结案',
		'dropped-out': '服务对象退出服务',
		referred: '恰当转介',
		transferred: '转给其他社工',
		escalated: '冲突升级',
		'moved-away': '一方搬离，结案'
	} as Record<string, string>,
	transcript: '完整记录',
	betterChoice: '更好的做法',
	technique: '技巧',
	family: '技巧类别',
	uses: '次数',
	phase: '阶段',
	none: '无',
	playAgain: '再练一次',
	backHome: '返回首页',
	storage: {
		unavailable: '当前浏览器无法保存进度（可能是隐私模式或存储被禁用）。你仍可以练习，但关闭页面后进度不会保留。',
		setAside: '有 {n} 条无法读取的记录已被单独保存，其余进度不受影响。',
		details: '详情',
		saveFailed: '抱歉，最近的更改没能保存；之前保存的进度都还在。',
		full: '存储空间已满：请清理设备空间，或先导出备份。',
		backup: '前往设置',
		replacedElsewhere: '另一个标签页刚导入了备份或清空了数据，这里已改为显示最新内容。请重新载入页面再继续。',
		reloadPage: '重新载入',
		saveFailedShort: '⚠ 最近的选择没能保存，详见页面顶部的提示。'
	},
	errors: {
		notFound: '找不到这个情境',
		notFoundBody: '网址中的情境“{id}”不存在，可能是链接有误。',
		storyLoad: '情境文件无法载入',
		storyLoadBody: '情境文件缺失或已损坏。请检查网络后重试；你的进度没有受到影响。',
		retry: '重试',
		storyFault: '这个情境在这一步出了错',
		storyFaultBody:
			'选了这一项之后，情境没能继续下去（{detail}）。这是情境本身的问题，不是你的操作造成的：可以换一个选项或重新开始，并告诉编写这个情境的老师。',
		runInvalid: '上次的进度与当前版本的情境不一致',
		runInvalidBody: '情境内容已更新，上次的进度无法继续。旧记录已单独保存，你可以重新开始。',
		generic: '出了点问题',
		genericBody: '页面没能正常显示。请返回首页再试；你的进度保存在本机，不受影响。',
		pageNotFound: '找不到这个页面',
		pageNotFoundBody: '这个网址在本站不存在，可能是链接有误或已经过时。',
		technical: '技术信息'
	},
	debriefMissing: '这个情境还没有已完成的记录。',
	attemptOn: '完成于 {date}',
	updateAvailable: '有新版本可用。',
	updateNow: '立即更新',
	otherTab: '这个情境在另一个标签页里也打开着',
	otherTabBody: '为免两边互相覆盖进度，本页已暂停。要在这里继续，会载入另一页最新保存的进度。',
	continueHere: '在此页继续',
	instructorNav: '教师',
	settingsNav: '设置',
	myAssignments: '我的作业：{n} 份',
	openAssignments: '查看作业',
	debriefUi: DEBRIEF_MESSAGES['zh-CN']
};

export type Messages = typeof zh;

const en: Messages = {
	appName: 'Casework Trainer',
	scoring: SCORING_MESSAGES.en,
	listSeparator: ', ',
	colon: ': ',
	stageSkipped: ' (not gone through)',
	betterOption: 'A better response',
	tagline: 'Practise casework interviews here before you meet a real client.',
	skipToContent: 'Skip to content',
	language: 'Language',
	switchTo: '中文',
	home: 'Home',
	scenarios: 'Cases',
	minutes: 'about {n} min',
	difficulty: 'Difficulty',
	difficulties: ['', 'Introductory', 'Intermediate', 'Advanced'],
	skills: 'Skills trained',
	allSkills: 'All skills',
	planTitle: 'Study plan',
	examIn: '{n} {n, plural, one {day} other {days}} to the exam',
	examToday: 'The exam is today. Good luck!',
	goalItems: 'Today: {done} of {goal} items answered',
	goalCase: 'Today’s case: {state}',
	goalCaseDone: 'done',
	goalCaseOpen: 'not yet',
	goalMet: 'Today’s goal is met.',
	streak: '{n} {n, plural, one {day} other {days}} in a row',
	setPlan: 'Set an exam date and a daily goal',
	noCaseForSkill: 'No case uses this skill yet.',
	bestScore: 'Best in exam mode',
	bestPractice: 'Best in practice',
	noExamYet: 'No exam-mode run yet',
	attempts: '{n} completed',
	noAttempts: 'Not completed yet',
	start: 'Start',
	resume: 'Resume',
	restart: 'Start over',
	undo: 'Undo last choice',
	undoHint: 'Practice mode lets you take a choice back; it stays in the debrief transcript.',
	undone: 'Choice taken back. Choose again.',
	withdrawn: 'Taken back',
	showAll: 'Show all (Space)',
	lastDebrief: 'Last debrief',
	modeLabel: 'Mode',
	modePractice: 'Practice mode',
	modePracticeHint: 'coaching after every choice',
	modeExam: 'Exam mode',
	modeExamHint: 'coaching held back until the debrief',
	modeLocked: 'This run is in {mode}; start over to change it.',
	modeFixed: 'This assignment is set in {mode}; it cannot be changed.',
	modeConflict:
		'You have an unfinished run of this case in {mode}, which cannot count for this assignment. The assignment is set in {required}: start again.',
	modeConflictTitle: 'This run cannot be handed in',
	restartForAssignment: 'Start again in {required}',
	phaseTracker: 'Casework stages',
	phases: {
		intake: 'Intake',
		assessment: 'Assessment',
		planning: 'Planning',
		intervention: 'Intervention',
		evaluation: 'Evaluation',
		closing: 'Closing',
		'follow-up': 'Follow-up'
	},
	followUpInClosing: 'incl. follow-up',
	currentPhase: 'current stage',
	you: 'You',
	narration: 'Narration',
	yourChoice: 'Your choice',
	chooseHint: 'Choose your response (or press 1–{n})',
	choices: 'Responses',
	feedback: 'Supervisor’s note',
	feedbackWithheld: 'Exam mode: coaching appears in the debrief.',
	quality: { best: 'Best', good: 'Good', weak: 'Weak', harmful: 'Harmful' },
	scoreSoFar: 'Score so far',
	decisions: 'Decision {n}',
	loadingStory: 'Loading the case…',
	storyEnded: 'The case has ended',
	seeDebrief: 'See the debrief',
	debrief: 'Debrief',
	totalScore: 'Total',
	qualityScore: 'Technique choices',
	processScore: 'Phase order',
	families: { supportive: 'Supportive', leading: 'Leading', influencing: 'Influencing' },
	techniques: {
		attending: 'Attending',
		listening: 'Active listening',
		empathy: 'Empathy',
		encouragement: 'Encouragement',
		clarification: 'Clarification',
		focusing: 'Focusing',
		summarising: 'Summarising',
		information: 'Giving information',
		'self-disclosure': 'Self-disclosure',
		suggestion: 'Suggestion',
		advice: 'Advice / warning',
		confrontation: 'Confrontation'
	},
	techniqueScores: 'Scores by technique',
	techniqueChartCaption: 'Score for each interview technique (0–100)',
	orderingErrors: 'Phase-order problems',
	noOrderingErrors: 'No phase-order problems: every stage followed the last.',
	errSkipped: {
		planning: 'Decision {n}: you proposed a plan before any assessment.',
		intervention: 'Decision {n}: you intervened without a plan agreed with the client.',
		closing: 'Decision {n}: you closed the case without evaluating the work.',
		'follow-up': 'Decision {n}: you arranged follow-up before closing.',
		other: 'Decision {n}: you moved on to {phase} before {skipped} had been done soundly.'
	},
	errMissingFollowUp: 'You closed the case without arranging any follow-up.',
	phasesCovered: 'Stages covered',
	ending: 'Ending',
	endings: {
		'well-closed': 'Closed well, with follow-up',
		'premature-close': 'Closed too soon',
		'dropped-out': 'The client left the service',
		referred: 'Referred appropriately',
		transferred: 'Handed to a colleague',
		escalated: 'The conflict escalated',
		'moved-away': 'Closed: a family moved away'
	},
	transcript: 'Full transcript',
	betterChoice: 'A better choice',
	technique: 'Technique',
	family: 'Family',
	uses: 'Uses',
	phase: 'Stage',
	none: 'none',
	playAgain: 'Play again',
	backHome: 'Back to home',
	storage: {
		unavailable:
			'This browser cannot save your progress (private mode or storage blocked). You can still practise, but nothing will be kept after you close the page.',
		setAside: '{n} unreadable {n, plural, one {record was} other {records were}} set aside and kept; the rest of your progress is fine.',
		details: 'Details',
		saveFailed: 'Sorry, your latest changes could not be saved. Everything saved before is safe.',
		full: 'Storage is full: free up some space on this device, or export a backup first.',
		backup: 'Go to Settings',
		replacedElsewhere:
			'Another tab has just imported a backup or erased the data; this page now shows the latest. Reload the page before going on.',
		reloadPage: 'Reload',
		saveFailedShort: '⚠ Your latest choices could not be saved: see the notice at the top of the page.'
	},
	errors: {
		notFound: 'No such case',
		notFoundBody: 'There is no case called “{id}”. The link may be wrong.',
		storyLoad: 'The case could not be loaded',
		storyLoadBody: 'The story file is missing or damaged. Check your connection and try again; your progress is safe.',
		retry: 'Try again',
		storyFault: 'The case broke at this step',
		storyFaultBody:
			'After that option the case could not go on ({detail}). The fault is in the case, not in anything you did: choose another option or start over, and tell whoever wrote the case.',
		runInvalid: 'Your saved run no longer fits this case',
		runInvalidBody: 'The case has been updated, so the saved run cannot continue. It has been kept aside; you can start over.',
		generic: 'Something went wrong',
		genericBody:
			'The page could not be shown. Go back to the start and try again; your progress is kept on this device and is not affected.',
		pageNotFound: 'No such page',
		pageNotFoundBody: 'This address does not exist on this site; the link may be wrong or out of date.',
		technical: 'Technical details'
	},
	debriefMissing: 'There is no finished attempt at this case yet.',
	attemptOn: 'finished {date}',
	updateAvailable: 'A new version is available.',
	updateNow: 'Update now',
	otherTab: 'This case is open in another tab too',
	otherTabBody: 'So that the two do not overwrite each other, this tab has paused. Continuing here loads what the other tab saved last.',
	continueHere: 'Continue here',
	instructorNav: 'Instructor',
	settingsNav: 'Settings',
	myAssignments: 'My assignments: {n}',
	openAssignments: 'Open assignments',
	debriefUi: DEBRIEF_MESSAGES.en
};

export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zh, en };

/** Fills `{name}` placeholders. */
const PLURAL = /\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g;
const englishPlural = new Intl.PluralRules('en');

/**
 * Fills `{name}` blanks, and `{n, plural, one {item} other {items}}` by the
 * number's plural category. Only English templates use plural blocks
 * (Chinese does not inflect), so their categories are English ones.
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
	const plural = template.replace(PLURAL, (m, k: string, cases: string) => {
		const n = params[k];
		if (typeof n !== 'number') return m;
		const forms = Object.fromEntries([...cases.matchAll(/(\w+) \{([^{}]*)\}/g)].map((c) => [c[1], c[2]]));
		return forms[englishPlural.select(n)] ?? forms.other ?? m;
	});
	return plural.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** URL prefix for a locale: zh-CN lives at the root, English under /en. */
export function localePrefix(locale: Locale): string {
	return locale === 'en' ? '/en' : '';
}

/** The same page in another locale: `/play/x` ↔ `/en/play/x`, `/` ↔ `/en`. */
export function pathInLocale(locale: Locale, pathname: string): string {
	const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
	return locale === 'en' ? (bare === '/' ? '/en' : `/en${bare}`) : bare;
}

/** The locale named by the optional `[[lang]]` route segment. */
export function localeOf(lang: string | undefined): Locale {
	return lang === 'en' ? 'en' : 'zh-CN';
}
