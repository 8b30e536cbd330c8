/**
 * UI strings of the instructors' authoring page. zh-CN is the source; en must
 * have the same shape (the type enforces it). Compiler and audit messages
 * themselves stay in English (they quote the ink); `codes` names each kind of
 * problem in the page's language.
 */
import type { Locale } from './messages.ts';

const zh = {
	pageTitle: '编写情境',
	intro:
		'载入或粘贴在 Inky 中写好的 .ink 文件：页面会在浏览器里编译它，按标签约定检查每一条路径，然后你可以立即试玩，并保存在本机，供布置作业时选用。文件不会上传到任何服务器。',
	source: {
		heading: '1. ink 源文本',
		file: '选择 .ink 文件',
		drop: '也可以把 .ink 文件拖放到这个区域。',
		dropHere: '松开鼠标即可载入文件',
		textarea: 'ink 源文本',
		hint: '最大 {limit} KB，UTF-8 编码。在文本框中按 Ctrl+Enter（Mac 上为 ⌘+Enter）即可检查。',
		check: '编译并检查',
		cancel: '取消检查'
	},
	problems: {
		theFile: '文件“{name}”',
		thePaste: '文本框中的内容',
		empty: '{what}是空的，没有任何 ink 内容。',
		tooLarge: '{what}太大：{size} KB，上限是 {limit} KB。请拆分情境或删去不用的内容。',
		binary: '{what}不是文本文件：其中有二进制数据，或者不是 UTF-8 编码。请在 Inky 中另存为 .ink 文件。',
		oneFile: '一次只能载入一个文件。',
		unchanged: '已保存的内容没有任何改动。'
	},
	result: {
		heading: '2. 检查结果',
		idle: '尚未检查。',
		checking: '正在编译并检查所有路径……',
		progress: '正在检查所有路径：已检查 {states} 个状态，找到 {decisions} 个决定……',
		timeStopped: '检查到了 {seconds} 秒的时间上限，已停止：检查了 {states} 个状态，并非每条路径都检查过。下面是目前发现的问题。',
		include: '这里不支持 INCLUDE 引用其他文件：请把整个故事合并成一个文件后再粘贴或载入。',
		noKnot: '整个故事',
		count: '{n} 条',
		cancelled: '已取消检查。',
		compileFailed: '编译失败：{n} 个错误。',
		mustFix: '已编译，但有 {n} 个必须修改的问题，暂时不能保存。',
		ok: '检查通过，可以试玩和保存。',
		okWithWarnings: '检查通过，可以试玩和保存；另有 {n} 条建议。',
		loadedFile: '已载入文件“{name}”。',
		stale: '源文本在检查之后又改动过，下面的结果可能已经过时。',
		workerFailed: '编译器无法载入（{detail}）。请检查网络后重试。',
		compileErrors: '编译错误',
		line: '第 {n} 行',
		goToLine: '在文本框中选中第 {n} 行',
		contract: '标签约定检查',
		contractNone: '没有发现问题。',
		levels: { error: '必须修改', warning: '建议修改', info: '提示' },
		inKnot: '位于 {where}'
	},
	stats: {
		heading: '概况',
		decisions: '每次游玩的决定数',
		range: '{min}–{max}',
		endings: '结局',
		endingDecisions: '{min}–{max} 个决定',
		well: '用得好的技巧',
		misused: '被误用的技巧',
		states: '检查过的决定状态',
		sampled: '没有走完每一条路径：决定数和结局来自 {n} 次随机试玩（抽样）。',
		none: '无'
	},
	play: {
		heading: '3. 试玩',
		note: '试玩不会记入学习进度。',
		notPlayable: '这个故事能编译，但一开始就出现运行时错误，无法试玩。',
		runtimeError: '故事运行出错：{detail}',
		unscored: '这个故事的选项没有 #phase、#technique 或 #quality 标签：可以照常试玩，但不计分，也不显示评级。'
	},
	save: {
		heading: '4. 保存',
		button: '保存到本机',
		saved: '已保存“{title}”（版本 {hash}）。',
		blocked: '修正所有“必须修改”的问题之后才能保存。',
		staleBlocked: '请先重新检查改动过的源文本，再保存。',
		failed: '保存失败：{detail}',
		notPersistent: '此浏览器无法长期保存（可能是隐私模式）：关闭页面后，保存的情境会丢失。',
		assignHint: '保存的情境可以在布置作业时选用。'
	},
	saved: {
		heading: '已保存的情境',
		loading: '正在读取……',
		empty: '还没有保存的情境。',
		savedOn: '保存于 {date}',
		version: '版本',
		open: '打开',
		openLabel: '在编辑器中打开“{title}”',
		delete: '删除',
		deleteLabel: '删除“{title}”',
		confirm: '确定删除“{title}”吗？此操作无法撤销。',
		confirmYes: '确定删除',
		confirmNo: '取消',
		deleted: '已删除“{title}”。',
		opened: '已打开“{title}”。',
		skipped: '有 {n} 条保存记录已损坏，无法读取，已跳过（没有删除）。',
		locales: { 'zh-CN': '中文', en: '英文' }
	},
	codes: {
		'compile-warning': '编译器警告',
		'global-missing': '缺少全局标签',
		'unknown-value': '标签取值不在约定之内',
		'unknown-key': '约定之外的标签',
		'too-many-techniques': '技巧标签超过两个',
		'duplicate-key': '标签重复',
		'missing-value': '标签缺少取值',
		'missing-phase': '选项缺少 #phase',
		'missing-quality': '选项缺少 #quality',
		'no-feedback': '选项后没有 #feedback 点评',
		'no-ending': '路径结束时没有 #ending',
		'ending-not-final': '#ending 之后还有选项',
		'unknown-speaker': '说话人不在 # cast 中',
		'skill-unused': '# skills 中的技巧没有被用好',
		'too-many-states': '状态太多，未检查全部路径',
		'time-limit': '到了时间上限，未检查全部路径',
		loop: '故事陷入死循环',
		'best-path-order': '最佳路径本身有顺序错误',
		'no-cast': '缺少 # cast 标签',
		unscored: '不计分的故事',
		runtime: '运行时错误',
		load: '故事无法载入',
		'audit-failed': '检查程序出错',
		'lang-unsupported': '# lang 只能是 zh-CN 或 en',
		'title-too-long': '# title 太长',
		'json-too-large': '编译结果太大'
	} as Record<string, string>
};

export type AuthorMessages = typeof zh;

const en: AuthorMessages = {
	pageTitle: 'Write a case',
	intro:
		'Load or paste an .ink file written in Inky. The page compiles it in your browser and checks every path against the tag contract; then you can play it at once and save it on this device, ready to set in an assignment. Nothing is uploaded.',
	source: {
		heading: '1. Ink source',
		file: 'Choose an .ink file',
		drop: 'Or drop an .ink file anywhere in this box.',
		dropHere: 'Release to load the file',
		textarea: 'Ink source',
		hint: 'Up to {limit} KB, UTF-8. Press Ctrl+Enter (⌘+Enter on a Mac) in the text box to check.',
		check: 'Compile and check',
		cancel: 'Cancel the check'
	},
	problems: {
		theFile: 'The file “{name}”',
		thePaste: 'The text box',
		empty: '{what} is empty: there is no ink in it.',
		tooLarge: '{what} is too large: {size} KB, and the limit is {limit} KB. Split the case or remove unused parts.',
		binary: '{what} is not a text file: it holds binary data or is not UTF-8. Save it from Inky as an .ink file.',
		oneFile: 'Load one file at a time.',
		unchanged: 'Nothing saved has changed.'
	},
	result: {
		heading: '2. Check',
		idle: 'Not checked yet.',
		checking: 'Compiling and checking every path…',
		progress: 'Checking every path: {states} states explored, {decisions} decisions found…',
		timeStopped:
			'The check stopped at its {seconds} s time limit after {states} states: not every path was checked. Below is what it found so far.',
		include: 'INCLUDE is not supported here: put the whole story in one file, then paste or load it.',
		noKnot: 'Whole story',
		count: '{n}',
		cancelled: 'The check was cancelled.',
		compileFailed: 'Did not compile: {n} {n, plural, one {error} other {errors}}.',
		mustFix: 'Compiled, but {n} {n, plural, one {problem} other {problems}} must be fixed before it can be saved.',
		ok: 'Passed: ready to play and save.',
		okWithWarnings: 'Passed: ready to play and save, with {n} {n, plural, one {suggestion} other {suggestions}}.',
		loadedFile: 'Loaded the file “{name}”.',
		stale: 'The source has changed since this check; the results below may be out of date.',
		workerFailed: 'The compiler could not be loaded ({detail}). Check your connection and try again.',
		compileErrors: 'Compile errors',
		line: 'Line {n}',
		goToLine: 'Select line {n} in the text box',
		contract: 'Tag contract check',
		contractNone: 'No problems found.',
		levels: { error: 'Must fix', warning: 'Should fix', info: 'Note' },
		inKnot: 'in {where}'
	},
	stats: {
		heading: 'At a glance',
		decisions: 'Decisions per playthrough',
		range: '{min}–{max}',
		endings: 'Endings',
		endingDecisions: '{min}–{max} decisions',
		well: 'Techniques used well',
		misused: 'Techniques misused',
		states: 'Decision states checked',
		sampled: 'Not every path was walked: decisions and endings are sampled from {n} random playthroughs.',
		none: 'none'
	},
	play: {
		heading: '3. Play it',
		note: 'Test plays are not recorded as progress.',
		notPlayable: 'The story compiles but fails as soon as it starts, so it cannot be played.',
		runtimeError: 'The story stopped with an error: {detail}',
		unscored: 'This story’s choices carry no #phase, #technique or #quality tags: it plays as it is, with no score and no ratings.'
	},
	save: {
		heading: '4. Save',
		button: 'Save on this device',
		saved: 'Saved “{title}” (version {hash}).',
		blocked: 'Fix every “must fix” problem before saving.',
		staleBlocked: 'Check the changed source again before saving.',
		failed: 'Saving failed: {detail}',
		notPersistent: 'This browser cannot keep data (private mode?): saved cases are lost when the page closes.',
		assignHint: 'Saved cases can be set in an assignment.'
	},
	saved: {
		heading: 'Saved cases',
		loading: 'Reading…',
		empty: 'No saved cases yet.',
		savedOn: 'saved {date}',
		version: 'version',
		open: 'Open',
		openLabel: 'Open “{title}” in the editor',
		delete: 'Delete',
		deleteLabel: 'Delete “{title}”',
		confirm: 'Delete “{title}”? This cannot be undone.',
		confirmYes: 'Delete',
		confirmNo: 'Cancel',
		deleted: 'Deleted “{title}”.',
		opened: 'Opened “{title}”.',
		skipped:
			'{n} saved {n, plural, one {record is} other {records are}} damaged and could not be read; {n, plural, one {it was} other {they were}} skipped (not deleted).',
		locales: { 'zh-CN': 'Chinese', en: 'English' }
	},
	codes: {
		'compile-warning': 'Compiler warning',
		'global-missing': 'Missing global tag',
		'unknown-value': 'Tag value outside the contract',
		'unknown-key': 'Tag not in the contract',
		'too-many-techniques': 'More than two techniques',
		'duplicate-key': 'Repeated tag',
		'missing-value': 'Tag without a value',
		'missing-phase': 'Choice without #phase',
		'missing-quality': 'Choice without #quality',
		'no-feedback': 'Choice without #feedback',
		'no-ending': 'Path ends without #ending',
		'ending-not-final': 'Choices after an #ending',
		'unknown-speaker': 'Speaker not in # cast',
		'skill-unused': 'A # skills technique is never used well',
		'too-many-states': 'Too many states: not every path was checked',
		'time-limit': 'Time limit reached: not every path was checked',
		loop: 'The story runs in a circle',
		'best-path-order': 'The best path breaks the casework order',
		'no-cast': 'No # cast tag',
		unscored: 'Unscored story',
		runtime: 'Runtime error',
		load: 'The story cannot be loaded',
		'audit-failed': 'The checker failed',
		'lang-unsupported': '# lang must be zh-CN or en',
		'title-too-long': '# title is too long',
		'json-too-large': 'Compiled story too large'
	}
};

export const AUTHOR_MESSAGES: Record<Locale, AuthorMessages> = { 'zh-CN': zh, en };
