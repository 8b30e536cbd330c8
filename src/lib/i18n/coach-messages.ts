/**
 * The free-text coach's words: the drill page, the coach's reading, and for
 * each technique what a sound use is and what its common misuse looks like
 * (domain.md, section 2), which the reading cites as its principle.
 */
import type { TechniqueId } from '../domain/casework.ts';
import type { Locale } from './messages.ts';

interface Principle {
	well: string;
	misuse: string;
}

const zh = {
	hubTitle: '用自己的话回应',
	hubHint: '看服务对象的一句话，按指定技巧写出你的回应；教练在本机离线分析，所写内容不会发送到任何地方。',
	openDrill: '开始练习',
	title: '用自己的话回应',
	intro:
		'读服务对象的话，用指定的会谈技巧写出你会怎么说。动作可以写在括号里，比如“（放下笔，身体前倾）”。教练在你的设备上离线分析，文字不会上传。',
	technique: '要练的技巧',
	clientSays: '服务对象说：',
	useTechnique: '请用“{technique}”回应',
	yourReply: '你的回应',
	replyHint: '写下你会说的话，最多 {n} 字。',
	check: '请教练看看',
	loading: '正在载入教练……',
	loadFailed: '教练没能载入。请检查网络后重试；你写的内容还在。',
	retry: '重试',
	next: '换一句',
	reading: '教练的分析',
	looksLike: '看起来用的是：',
	alsoLike: '也有点像：',
	matchTarget: '和要练的技巧一致。',
	missTarget: '和要练的“{technique}”不一致，可以对照下面的示范再试一次。',
	soundUse: '像是恰当的运用。',
	misuse: '像是这一技巧的常见误用。',
	evidence: '依据（你回应中的词句）：',
	unsure: '教练不太确定：这句回应的特征不够明显。可以写得具体一些，或对照示范。',
	problems: {
		empty: '还没有写内容。',
		'too-short': '内容太短，教练没法判断。请写一句完整的话。',
		'too-long': '内容太长了（最多 {n} 字）。会谈中的一次回应通常一两句话就够。',
		'no-words': '只有符号或表情，教练读不出技巧。请用文字写出你会说的话。',
		'other-language': '这句话不是当前界面的语言（中文），教练只能读中文回应。'
	},
	principle: '原则：',
	ownWords: '先用自己的话回应',
	ownWordsHint: '练习模式下，每个决定先写下你会怎么说，教练离线分析后再显示选项。',
	ownPrompt: '你会怎么回应？先写下来，再看选项。',
	showOptions: '直接看选项',
	closest: '最接近你的回应',
	phaseNow: '此时所处阶段：{phase}',
	models: '示范回应',
	moreModels: '同一技巧用在别的服务对象身上',
	yourReplyWas: '你写的是：',
	principles: {
		attending: {
			well: '专注：面向对方、身体前倾、开放的姿势、恰当的目光接触，让对方感到被重视。',
			misuse: '常见误用：心不在焉、姿势封闭，边做别的事边听。'
		},
		listening: {
			well: '倾听：全神贯注地听出对方话里的内容和情绪。',
			misuse: '常见误用：选择性地听、带着评判或过滤地听、同情式地听，打断或抢话。'
		},
		empathy: {
			well: '同理：进入对方的内心世界，并让对方知道你理解——初级同理反映说出来的，高级同理说出未说出的。',
			misuse: '常见误用：急于回应、掺入自己的感受、以同情代替同理。'
		},
		encouragement: { well: '鼓励：用语言和身体肯定对方积极的一步（“请继续说”、点头、微笑）。', misuse: '常见误用：空洞、夸大的表扬。' },
		clarification: { well: '澄清：帮助对方把模糊的说法变得具体。', misuse: '常见误用：诱导性或封闭式的提问。' },
		focusing: { well: '对焦：把散乱或负担过重的谈话收拢到核心。', misuse: '常见误用：还没听完对方就生硬地转移话题。' },
		summarising: { well: '摘要：把一段较长谈话的要点归纳起来。', misuse: '常见误用：在归纳中加入社工自己的结论。' },
		information: { well: '提供信息：按对方能理解的程度，分享他需要的知识、想法或方法。', misuse: '常见误用：说教，满口术语。' },
		'self-disclosure': {
			well: '自我披露：简短地分享相关的个人经历，作为参考。',
			misuse: '常见误用：说得太长、太频繁，把焦点转到社工自己身上。'
		},
		suggestion: { well: '建议：有理由、商量式的提议，对方可以接受也可以不接受。', misuse: '常见误用：提得太早、强加于人、不讲理由。' },
		advice: { well: '忠告：指出某种行为的危害，或必须采取的行动。', misuse: '常见误用：为小事说教。' },
		confrontation: { well: '对质：指出对方言语、感受和行动之间的不一致。', misuse: '常见误用：关系未建立就对质、生硬而不试探、缺乏关怀。' }
	} satisfies Record<TechniqueId, Principle> as Record<TechniqueId, Principle>
};

export type CoachMessages = typeof zh;

const en: CoachMessages = {
	hubTitle: 'Say it yourself',
	hubHint:
		'Read a client’s line and write your reply using a given technique; the coach reads it offline on this device, and nothing is sent anywhere.',
	openDrill: 'Start the drill',
	title: 'Say it yourself',
	intro:
		'Read what the client says and write what you would say, using the technique asked for. Put actions in brackets, like “(puts the pen down, leans forward)”. The coach reads it on your device, offline; nothing is uploaded.',
	technique: 'Technique to practise',
	clientSays: 'The client says:',
	useTechnique: 'Reply using {technique}',
	yourReply: 'Your reply',
	replyHint: 'Write what you would say, up to {n} characters.',
	check: 'Ask the coach',
	loading: 'Loading the coach…',
	loadFailed: 'The coach could not be loaded. Check the connection and try again; what you wrote is still here.',
	retry: 'Try again',
	next: 'Another line',
	reading: 'The coach’s reading',
	looksLike: 'This looks like:',
	alsoLike: 'Also a little like:',
	matchTarget: 'That is the technique asked for.',
	missTarget: 'That is not the {technique} asked for; compare the model replies below and try again.',
	soundUse: 'It looks like a sound use.',
	misuse: 'It looks like a common misuse of this technique.',
	evidence: 'What shows it (words from your reply):',
	unsure:
		'The coach is not sure: the reply doesn’t show a technique clearly enough. Try being more specific, or compare the model replies.',
	problems: {
		empty: 'Nothing written yet.',
		'too-short': 'Too short for the coach to judge. Please write a whole sentence.',
		'too-long': 'That is too long (at most {n} characters). One turn in an interview is usually a sentence or two.',
		'no-words': 'Only symbols or emoji: the coach cannot read a technique in that. Write the words you would say.',
		'other-language': 'That is not in the interface’s language (English); the coach reads English replies here.'
	},
	principle: 'Principle:',
	ownWords: 'Reply in my own words first',
	ownWordsHint: 'In practice mode, write what you would say at each decision; the coach reads it offline, then the options show.',
	ownPrompt: 'What would you say? Write it first, then see the options.',
	showOptions: 'Just show the options',
	closest: 'Closest to your reply',
	phaseNow: 'Stage at this point: {phase}',
	models: 'A model reply',
	moreModels: 'The same technique with other clients',
	yourReplyWas: 'You wrote:',
	principles: {
		attending: {
			well: 'Attending: face the person, lean forward, keep an open posture and good eye contact, so they feel attended to.',
			misuse: 'Common misuse: being distracted, a closed posture, doing something else while they talk.'
		},
		listening: {
			well: 'Active listening: hear both the content and the feeling with full attention.',
			misuse: 'Common misuse: selective, critical, filtering or sympathetic listening; jumping in or interrupting.'
		},
		empathy: {
			well: 'Empathy: enter the person’s inner world and show you understand — primary empathy reflects what was said, advanced empathy names what was not.',
			misuse: 'Common misuse: rushing to respond, mixing in your own feelings, sympathy instead of empathy.'
		},
		encouragement: {
			well: 'Encouragement: affirm a positive step in words and manner (“please go on”, a nod, a smile).',
			misuse: 'Common misuse: empty or inflated praise.'
		},
		clarification: {
			well: 'Clarification: help the person make a vague statement concrete.',
			misuse: 'Common misuse: leading or closed questions.'
		},
		focusing: {
			well: 'Focusing: bring a wandering or overloaded conversation back to its centre.',
			misuse: 'Common misuse: changing course abruptly, before the person has been heard.'
		},
		summarising: {
			well: 'Summarising: gather the key points of a long stretch of talk.',
			misuse: 'Common misuse: adding the worker’s own conclusions to the summary.'
		},
		information: {
			well: 'Giving information: share the knowledge, ideas or techniques the person needs, at their level.',
			misuse: 'Common misuse: lecturing; jargon.'
		},
		'self-disclosure': {
			well: 'Self-disclosure: briefly share a relevant personal experience as a point of reference.',
			misuse: 'Common misuse: too long or too often, shifting the focus onto the worker.'
		},
		suggestion: {
			well: 'Suggestion: a reasoned, consultative proposal the person is free to take or leave.',
			misuse: 'Common misuse: too early, imposed, or without reasons.'
		},
		advice: {
			well: 'Advice / warning: point out the harm of a behaviour, or an action that must be taken.',
			misuse: 'Common misuse: moralising about minor matters.'
		},
		confrontation: {
			well: 'Confrontation: point out inconsistencies between words, feelings and actions.',
			misuse: 'Common misuse: confronting before trust exists, bluntly rather than tentatively, or without care.'
		}
	}
};

export const COACH_MESSAGES: Record<Locale, CoachMessages> = { 'zh-CN': zh, en };
