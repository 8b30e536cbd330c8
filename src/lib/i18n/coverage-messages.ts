/**
 * What the junior 社会工作实务 paper covers and which parts this app trains:
 * the quiz hub and the sectional paper link here, so that a pass in the app
 * is never read as readiness for the whole paper.
 */
import type { Locale } from './messages.ts';

export type Trained = 'yes' | 'partly' | 'no';

interface Part {
	title: string;
	trained: Trained;
	what: string;
}

interface CoverageMessages {
	title: string;
	intro: string;
	trainedLabel: Record<Trained, string>;
	parts: Part[];
	paperNote: string;
	/** Said on the quiz hub, before the chapters. */
	hubScope: string;
	coverageLink: string;
}

export const COVERAGE_MESSAGES: Record<Locale, CoverageMessages> = {
	'zh-CN': {
		title: '考试范围与本站覆盖',
		intro:
			'初级《社会工作实务》考的是社会工作者在实务中怎样做：除了个案工作，还有小组工作、社区工作、社会工作行政，以及面向不同人群和领域的实务。本站只训练其中的个案工作与会谈技巧部分。下表列出考试的各部分，以及本站练得到哪些。',
		trainedLabel: { yes: '本站训练', partly: '部分涉及', no: '本站不涉及' },
		parts: [
			{
				title: '社会工作实务的通用过程',
				trained: 'yes',
				what: '接案、预估、计划、介入、评估、结案（含跟进）各阶段的任务和顺序：三个情境案例和题库的“通用过程”及各阶段章节都在练。'
			},
			{
				title: '个案工作方法',
				trained: 'yes',
				what: '会谈技巧（支持性、引领性、影响性三类共十二种）、会谈类型、个案记录、个案管理：题库各章与情境中的每一个选择。'
			},
			{ title: '小组工作方法', trained: 'no', what: '小组的类型、发展阶段、带领技巧与小组工作过程，本站没有题目，也没有情境。' },
			{
				title: '社区工作方法',
				trained: 'no',
				what: '社区分析、社区工作模式与过程。邻里噪音纠纷一案借社区为背景，练的仍是个案与调解会谈，不能代替社区工作的复习。'
			},
			{ title: '社会工作行政', trained: 'no', what: '机构管理、项目管理、督导与评估制度等，本站不涉及。' },
			{
				title: '各服务领域的实务',
				trained: 'partly',
				what: '儿童、青少年、老年、妇女、家庭、学校、医务、残疾人、矫正、社会救助等领域各有考点。本站的案例涉及老年人（独居老人）和青少年（逃学少年）两个领域的个案情境，但不系统覆盖各领域的政策和服务内容。'
			}
		],
		paperNote:
			'本站的模拟卷是“个案工作专项模拟”：题型、题量、计分与真实试卷相同（单选 60 题、多选 20 题，满分 100 分，60 分为及格线），但题目全部出自上面“本站训练”的两部分。专项模拟及格，说明这一部分掌握得不错，不等于整张试卷已经准备好。',
		hubScope:
			'题库只覆盖《社会工作实务》中的个案工作与会谈技巧部分（通用过程、个案工作方法、会谈技巧、个案管理），不涉及小组工作、社区工作、社会工作行政和各服务领域。',
		coverageLink: '考试范围与本站覆盖'
	},
	en: {
		title: 'What the exam covers, and what this app trains',
		intro:
			'The junior practice paper (社会工作实务) asks how a social worker works in practice: casework, but also group work, community work, social work administration, and practice with particular groups and in particular fields. This app trains only the casework and interview-skills part. The table lists the parts of the exam and which of them you can practise here.',
		trainedLabel: { yes: 'Trained here', partly: 'Touched on', no: 'Not covered' },
		parts: [
			{
				title: 'The general process of practice',
				trained: 'yes',
				what: 'The tasks and order of intake, assessment, planning, intervention, evaluation and closing (with follow-up): the three cases, and the bank’s general-process and stage chapters.'
			},
			{
				title: 'Casework methods',
				trained: 'yes',
				what: 'Interview techniques (twelve, in three families: supportive, leading, influencing), interview types, case records and case management: every chapter of the bank and every choice in the cases.'
			},
			{
				title: 'Group work methods',
				trained: 'no',
				what: 'Types of groups, their stages, facilitation skills and the group work process: no items and no cases here.'
			},
			{
				title: 'Community work methods',
				trained: 'no',
				what: 'Community analysis and the models and process of community work. The neighbours’ noise dispute is set in a community, but it trains casework and mediation interviews; it is no substitute for revising community work.'
			},
			{
				title: 'Social work administration',
				trained: 'no',
				what: 'Running an agency, managing projects, supervision and evaluation systems: not covered.'
			},
			{
				title: 'Practice in the service fields',
				trained: 'partly',
				what: 'Children, young people, older people, women, families, schools, health care, disability, corrections, social assistance and more each have their own exam points. The cases here are set with an older person living alone and a truant teenager, but the app does not cover each field’s policies and services.'
			}
		],
		paperNote:
			'The mock paper here is a sectional paper on casework: the same formats, number of items and scoring as the real paper (60 single-choice and 20 multiple-choice items, 100 points, pass line 60), but every item comes from the two parts marked “Trained here”. Passing it means that part is going well; it does not mean you are ready for the whole paper.',
		hubScope:
			'The bank covers only the casework and interview-skills part of the practice paper (the general process, casework methods, interview techniques, case management); it does not cover group work, community work, administration or the service fields.',
		coverageLink: 'What the exam covers'
	}
};
