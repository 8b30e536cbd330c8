/**
 * Wording about how a run is scored: the principles a critical error breaks,
 * the notes the debrief adds, and the "how you are scored" page. The figures
 * on the page come from the scoring module itself, so the page cannot drift
 * from the rules it explains.
 */
import type { Principle } from '../engine/tags.ts';
import { CRITICAL_CAP, ORDERING_PENALTY, PROCESS_WEIGHT, QUALITY_POINTS, QUALITY_WEIGHT } from '../scoring/score.ts';

const PASS = CRITICAL_CAP + 1;

interface Section {
	title: string;
	paragraphs: string[];
}

const zh = {
	howScored: '评分方式',
	principles: {
		confidentiality: '保密原则',
		safety: '生命安全优先',
		'self-determination': '案主自决',
		'informed-consent': '知情同意',
		boundaries: '专业关系界限',
		'non-discrimination': '接纳与非歧视'
	} satisfies Record<Principle, string>,
	criticalTitle: '严重错误',
	criticalIntro: `这一次有违反专业伦理或安全原则的选择，总分封顶 ${CRITICAL_CAP} 分，不能算通过。`,
	criticalItem: '第 {n} 步违反了“{principle}”：{text}',
	missingEvaluation: '第 {n} 步：结案前没有评估服务成效。提前结案同样要先评估已经达成了什么、还剩什么。',
	rulesOneNote: '这次作答完成于现行评分规则之前，保留当时的得分。再做一次，就按现行规则评分。',
	page: {
		title: '评分方式',
		intro: '每次作答的得分只来自你的选择：每个选项在情境里都标好了所处阶段、所用技巧和恰当程度，不看你读得多快，也不看你选了第几个。',
		sections: [
			{
				title: '总分',
				paragraphs: [
					`总分 = ${QUALITY_WEIGHT} × 技巧质量分 + ${PROCESS_WEIGHT} × 流程顺序分，四舍五入取整，满分 100，${PASS} 分及格。`,
					'考试模式的最高分才是计入的成绩；练习模式可以看每一步的点评、撤回重选，成绩另列为练习最高分。'
				]
			},
			{
				title: '技巧质量分',
				paragraphs: [
					`每一步按选项的恰当程度得分：最佳 ${QUALITY_POINTS.best}，良好 ${QUALITY_POINTS.good}，欠妥 ${QUALITY_POINTS.weak}，不当 ${QUALITY_POINTS.harmful}。技巧质量分 = 各步平均分 × 100。`,
					'每种技巧、每个技巧类别（支持性、引领性、影响性）的得分，是用到它的那些步骤的平均分 × 100。'
				]
			},
			{
				title: '流程顺序分',
				paragraphs: [
					`流程顺序分 = 100 × 走过的阶段数 ÷ 应走的阶段数，每个顺序错误再扣 ${ORDERING_PENALTY} 分，最低 0 分。个案工作的阶段依次是：接案、预估、计划、介入、评估、结案、跟进。`,
					'一个阶段做扎实了，指的是在这个阶段里做出过一次“最佳”或“良好”的选择。只有前一个阶段做扎实了，进入下一阶段才算顺序正确；抢在前面行动（还没预估就订计划、计划还没和服务对象商定就开始介入、没结案就跟进），每一次都算一个顺序错误，不只算第一次。',
					'情境已经推进到的阶段之内作答，或者回到前面的阶段补做，不算错误。',
					'因为专业关系难以继续、出现新的需要、发生意外情况或需要转介而提前结案，可以从任何阶段进入结案，但结案前仍要评估已经达成的部分；只有服务对象已经离开（例如搬离服务区域）时才可以不评估。结案后没有跟进，算一个顺序错误。',
					'应走的阶段是全部七个；提前结案时，是已经走过的阶段加上评估和结案。中途停下的作答按七个阶段计算。'
				]
			},
			{
				title: '严重错误',
				paragraphs: [
					`违反保密、生命安全、案主自决、知情同意、专业界限或非歧视原则的选择，是严重错误：这一次总分最高 ${CRITICAL_CAP} 分，不能及格。复盘时它排在最前面，并写明违反了哪条原则。`
				]
			},
			{
				title: '作答过程中的分数',
				paragraphs: [
					'练习模式下，作答过程中显示的分数用同一套公式，只计算已经走到的阶段和已经做出的选择，所以开头选得好不会显得像被扣了分。案例结束时，它就是总分。撤回的选择不计分。'
				]
			},
			{
				title: '选项顺序',
				paragraphs: [
					'每次作答，选项的排列顺序都不一样（刷新页面或继续上次作答时保持不变）。好的选项不一定排在前面，也不一定最长、最专业；只有读懂每一句话，才能选对。'
				]
			},
			{
				title: '以前的成绩',
				paragraphs: ['现行规则启用之前完成的作答和提交的结果包，仍按当时的规则评分，分数不会悄悄改变；复盘页会注明这一点。']
			}
		] satisfies Section[]
	}
};

export type ScoringMessages = typeof zh;

const en: ScoringMessages = {
	howScored: 'How you are scored',
	principles: {
		confidentiality: 'confidentiality',
		safety: 'safety first',
		'self-determination': 'self-determination',
		'informed-consent': 'informed consent',
		boundaries: 'professional boundaries',
		'non-discrimination': 'acceptance and non-discrimination'
	},
	criticalTitle: 'Critical errors',
	criticalIntro: `A choice in this run broke an ethical or safety principle, so the total is capped at ${CRITICAL_CAP} and the run cannot pass.`,
	criticalItem: 'Decision {n} broke {principle}: {text}',
	missingEvaluation:
		'Decision {n}: you closed the case without evaluating the work. A case that ends early still needs an evaluation of what was reached and what is left.',
	rulesOneNote:
		'This attempt was finished before the current scoring rules and keeps the score it had then. Play it again to be scored by the current rules.',
	page: {
		title: 'How you are scored',
		intro:
			'A run is scored from your choices alone. Every option in a case is tagged with its phase, its technique and how sound it is; how fast you read and where an option sits on the screen count for nothing.',
		sections: [
			{
				title: 'The total',
				paragraphs: [
					`Total = ${QUALITY_WEIGHT} × technique quality + ${PROCESS_WEIGHT} × phase order, rounded to a whole number, out of 100. The pass mark is ${PASS}.`,
					'Your best exam-mode total is the one that counts. In practice mode you can read the feedback after each step and undo a choice, so practice scores are shown apart, as your practice best.'
				]
			},
			{
				title: 'Technique quality',
				paragraphs: [
					`Each decision earns points by how sound the option is: best ${QUALITY_POINTS.best}, good ${QUALITY_POINTS.good}, weak ${QUALITY_POINTS.weak}, harmful ${QUALITY_POINTS.harmful}. Technique quality is the mean over all decisions × 100.`,
					'The score of each technique, and of each family (supportive, leading, influencing), is the mean of the decisions that used it × 100.'
				]
			},
			{
				title: 'Phase order',
				paragraphs: [
					`Phase order = 100 × phases covered ÷ phases expected, minus ${ORDERING_PENALTY} for each ordering error, never below 0. The casework phases run: intake, assessment, planning, intervention, evaluation, closing, follow-up.`,
					'A phase is done soundly once you have taken a best or good option in it. Moving into a phase is in order only when the phase before it has been done soundly. Acting ahead (planning before the assessment is sound, intervening before the plan is agreed with the client, following up before closing) is an ordering error every time, not only the first time.',
					'Answering within the phase the case has reached, or going back to an earlier phase, is never an error.',
					'A case may close early, from any phase, when the working relationship cannot go on, new needs belong elsewhere, something unforeseen happens or a referral is made; but what was reached must still be evaluated before closing, unless the client has gone (moved away, say). Closing with no follow-up afterwards is an ordering error.',
					'All seven phases are expected; after an early closing, the phases covered plus evaluation and closing. A run that stops partway is measured against all seven.'
				]
			},
			{
				title: 'Critical errors',
				paragraphs: [
					`A choice that breaks confidentiality, safety, self-determination, informed consent, professional boundaries or non-discrimination is a critical error: the run's total is capped at ${CRITICAL_CAP}, so it cannot pass. The debrief lists it first, with the principle it broke.`
				]
			},
			{
				title: 'The score during play',
				paragraphs: [
					'In practice mode, the score shown while you play uses the same formula over what you have reached so far (the decisions taken and the phases entered), so a sound opening does not read as a penalty. When the case ends it is the total. Choices you undo count for nothing.'
				]
			},
			{
				title: 'The order of the options',
				paragraphs: [
					'Each run shows the options in an order of its own (kept when you reload or resume). The sound option is not always first, nor the longest, nor the most professional-sounding: only reading every line tells you which is right.'
				]
			},
			{
				title: 'Earlier results',
				paragraphs: [
					'Attempts finished and result packages made before the current rules keep the rules they were scored under, so no score changes silently; the debrief says so.'
				]
			}
		]
	}
};

export const SCORING_MESSAGES: Record<'zh-CN' | 'en', ScoringMessages> = { 'zh-CN': zh, en };
