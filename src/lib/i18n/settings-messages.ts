/** Strings of the settings page. zh-CN is the source; en must have the same keys. */
import type { Locale } from './messages.ts';

const zh = {
	title: '设置',
	intro: '这些设置只保存在本机浏览器里，改动后立即生效。',
	saved: '已保存',
	language: '界面语言',
	languages: { 'zh-CN': '简体中文', en: 'English' },
	textSize: '文字大小',
	textSizes: { small: '小', medium: '标准', large: '大', xlarge: '特大' },
	theme: '外观',
	themes: { system: '跟随设备', light: '浅色', dark: '深色' },
	motion: '动态效果',
	motions: { system: '跟随设备', reduce: '尽量减少' },
	textSpeed: '对话显示',
	textSpeeds: { instant: '一次显示全部', paced: '逐句出现，像真实对话一样' },
	textSpeedHint: '逐句出现时，按空格键或数字键可立即显示全部。',
	practice: '练习模式',
	undo: '允许撤回上一个选择',
	undoHint: '撤回的选择会留在复盘记录里；考试模式下不能撤回。',
	plan: '备考计划',
	examDate: '考试日期',
	examDateHint: '填上考试日期，首页会显示倒计时；不填则不显示。',
	dailyItems: '每天答题数',
	dailyItemsHint: '填 0 表示不设答题目标。',
	dailyCase: '每天完成一个情境案例',
	storage: '本机存储',
	persisted: '浏览器已同意长期保存你的进度，清理空间时不会自动删除。',
	notPersisted: '浏览器尚未承诺长期保存：空间紧张时，进度有可能被自动清除。建议定期导出备份。',
	persistUnsupported: '这个浏览器不支持申请长期保存。建议定期导出备份。',
	requestPersist: '申请长期保存',
	persistDenied: '浏览器这次没有同意。常用或已安装到桌面的网站更容易获准。',
	usage: '已用 {used}，可用约 {quota}。',
	memoryOnly: '当前无法使用本机存储，进度只保存在这个页面里，关闭后会丢失。'
};

export type SettingsMessages = typeof zh;

const en: SettingsMessages = {
	title: 'Settings',
	intro: 'Settings are kept in this browser only and take effect at once.',
	saved: 'Saved',
	language: 'Language',
	languages: { 'zh-CN': '简体中文', en: 'English' },
	textSize: 'Text size',
	textSizes: { small: 'Small', medium: 'Standard', large: 'Large', xlarge: 'Extra large' },
	theme: 'Appearance',
	themes: { system: 'Same as device', light: 'Light', dark: 'Dark' },
	motion: 'Motion',
	motions: { system: 'Same as device', reduce: 'Reduce' },
	textSpeed: 'Conversation',
	textSpeeds: { instant: 'Show each reply at once', paced: 'Line by line, like a real conversation' },
	textSpeedHint: 'When lines appear one by one, Space or a number key shows the rest at once.',
	practice: 'Practice mode',
	undo: 'Allow undoing the last choice',
	undoHint: 'Choices taken back stay in the debrief transcript. Exam mode never allows undo.',
	plan: 'Study plan',
	examDate: 'Exam date',
	examDateHint: 'With an exam date, the home page counts down to it; leave it empty for no countdown.',
	dailyItems: 'Items to answer each day',
	dailyItemsHint: '0 sets no item goal.',
	dailyCase: 'Finish one case every day',
	storage: 'Storage on this device',
	persisted: 'The browser has agreed to keep your progress: it will not be cleared to free space.',
	notPersisted:
		'The browser has not promised to keep your progress: it may be cleared when space runs low. Export a backup from time to time.',
	persistUnsupported: 'This browser cannot be asked to keep data. Export a backup from time to time.',
	requestPersist: 'Ask to keep my progress',
	persistDenied: 'The browser said no this time. Sites used often or installed as an app are more likely to be allowed.',
	usage: '{used} used of about {quota} available.',
	memoryOnly: 'Storage is unavailable: progress lives in this page only and is lost when it closes.'
};

export const SETTINGS_MESSAGES: Record<Locale, SettingsMessages> = { 'zh-CN': zh, en };
