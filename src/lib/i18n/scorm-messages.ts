/** Strings for SCORM packages: exporting them (instructor) and playing one inside an LMS (learner). zh-CN is the source. */
import type { Locale } from './messages.ts';

const zh = {
	download: '下载 SCORM 包',
	downloadCase: '下载 SCORM 包：{title}',
	preparing: '正在打包…',
	failed: '没能生成 SCORM 包（{detail}）。请确认网络连接后再试。',
	packagesTitle: '放进学习平台（SCORM 1.2）',
	packagesIntro:
		'每个情境可以下载成一个 SCORM 1.2 包，上传到 Moodle 等学习平台。学员在平台里练习，平台记录分数、完成状态和每个决定。单个情境的包为练习模式、不设及格分；需要计分考核时，请布置考试模式、设好及格分的作业，再从作业下载。',
	assignmentPackages: '每个内置情境可各下载一个 SCORM 包，用作业的模式和及格分。自编个案和题库练习不在包内。',
	noBuiltIn: '这份作业没有内置情境，无法生成 SCORM 包（自编个案和题库练习暂不支持）。',
	launch: '开始',
	// the player inside an LMS
	offline: '没有连接到学习平台：这一局可以正常进行，但结果不会报告给任何平台。',
	connected: '已连接学习平台：每个决定都会记录，结束时报告分数。',
	reported: '结果已报告给学习平台。',
	restarted: '学习平台保存的进度与这个情境的版本不符，已从头开始。'
};

const en: typeof zh = {
	download: 'Download SCORM package',
	downloadCase: 'Download SCORM package: {title}',
	preparing: 'Packaging…',
	failed: 'The SCORM package could not be made ({detail}). Check the connection and try again.',
	packagesTitle: 'Into your LMS (SCORM 1.2)',
	packagesIntro:
		'Each case can be downloaded as a SCORM 1.2 package to upload to Moodle or another LMS. Learners play it there, and the LMS records the score, the status and every decision. A single case’s package is in practice mode with no pass mark; for graded work, set an assignment in exam mode with a pass mark and download from it.',
	assignmentPackages:
		'Each built-in case can be downloaded as its own SCORM package, with this assignment’s mode and pass mark. Own cases and quizzes are not included.',
	noBuiltIn: 'This assignment has no built-in case, so no SCORM package can be made (own cases and quizzes are not supported yet).',
	launch: 'Start',
	offline: 'Not connected to a learning platform: you can play as usual, but the result is not reported anywhere.',
	connected: 'Connected to your learning platform: each decision is recorded and the score is reported at the end.',
	reported: 'Your result has been reported to the learning platform.',
	restarted: 'The progress your learning platform kept does not fit this version of the case, so it has started again.'
};

export const SCORM_MESSAGES: Record<Locale, typeof zh> = { 'zh-CN': zh, en };
