/** Wording of the debrief's summary, filter and replay, and of the progress page's case and paper charts. */
const zh = {
	summary: '总结',
	criticalCount: '严重错误',
	orderingCount: '流程错误',
	actions: '接下来',
	transcriptToggle: '会谈记录（{n} 个决定）',
	weakOnly: '只看欠妥和不当的选择',
	weakNone: '这次没有欠妥或不当的选择。',
	replayFrom: '从这里重来',
	replayFromLabel: '从第 {n} 个决定重来（练习模式）',
	replayed: '已从第 {n} 个决定重新开始，这是一次新的练习；原来的记录保持不变。',
	replayMissing: '找不到要重来的那次记录，已从头开始。',
	caseChart: '情境总分',
	caseChartCaption: '每次完成情境的总分（0–100），按时间先后',
	familyChart: '技巧类别得分',
	familyChartCaption: '每次完成情境时三类技巧的得分（0–100），按时间先后',
	paperChart: '模拟卷成绩',
	paperChartCaption: '每份模拟卷的得分（满分 100），按时间先后；虚线为及格线 60',
	figures: '查看图中的数字',
	attempt: '第几次',
	passLine: '及格线',
	noFamilies: '—',
	ownReply: '你自己的回应',
	coachRead: '教练判断：{techniques}，{use}',
	coachUnsure: '教练判断：不确定',
	useWell: '像恰当运用',
	useMisuse: '像常见误用'
};

export type DebriefMessages = typeof zh;

const en: DebriefMessages = {
	summary: 'Summary',
	criticalCount: 'Critical errors',
	orderingCount: 'Ordering errors',
	actions: 'What next',
	transcriptToggle: 'Transcript ({n} decisions)',
	weakOnly: 'Only weak and harmful choices',
	weakNone: 'No weak or harmful choices this time.',
	replayFrom: 'Replay from here',
	replayFromLabel: 'Replay from decision {n} (practice mode)',
	replayed: 'Started again from decision {n}: this is a new practice run, and the original attempt is unchanged.',
	replayMissing: 'The attempt to replay from was not found, so the case starts from the beginning.',
	caseChart: 'Case totals',
	caseChartCaption: 'The total (0–100) of each finished case, oldest first',
	familyChart: 'Technique family scores',
	familyChartCaption: 'The score (0–100) of each technique family in each finished case, oldest first',
	paperChart: 'Mock paper scores',
	paperChartCaption: 'The score of each mock paper (out of 100), oldest first; the dashed line is the pass mark of 60',
	figures: 'The figures in this chart',
	attempt: 'Attempt',
	passLine: 'Pass mark',
	noFamilies: '—',
	ownReply: 'Your own reply',
	coachRead: 'The coach read: {techniques}, {use}',
	coachUnsure: 'The coach read: not sure',
	useWell: 'a sound use',
	useMisuse: 'a common misuse'
};

export const DEBRIEF_MESSAGES = { 'zh-CN': zh, en };
