/** Strings for backup, restore and reset on the settings page. zh-CN is the source. */
import type { BackupError, BackupKind, MergeAction, MergeReason } from '../domain/backup.ts';
import { fill, type Locale } from './messages.ts';

const zh = {
	backupTitle: '备份与恢复',
	backupIntro: '把这台设备上的全部数据——个案记录、进行中的练习、题库进度、作业、教师数据和设置——保存成一个文件，换设备或清除之后再导入。',
	exportButton: '导出备份文件',
	exporting: '正在导出…',
	exported: '已导出 {n} 条记录（{size}）。',
	exportFailed: '导出失败：{reason}',
	importLabel: '导入备份文件',
	importHint: '导入前会先列出将要发生的变化。导入只会新增或更新记录，不会删除任何数据。',
	reading: '正在读取备份…',
	refused: '这个文件没有导入，数据没有任何改动。原因：{reason}',
	previewTitle: '导入前预览',
	previewFrom: '备份导出于 {date}，共 {n} 条记录。',
	previewMigrated: '其中 {n} 条由旧版本写入，导入时会自动升级。',
	previewNothing: '这台设备已经包含备份中的全部内容，无需导入。',
	countsCaption: '各类记录将如何处理',
	kindHeader: '记录',
	conflictsTitle: '有差异的记录及处理方式',
	conflictsMore: '另有 {n} 条未列出。',
	confirmImport: '导入',
	cancel: '取消',
	importing: '正在导入…',
	imported: '导入完成：新增 {add} 条，更新 {replace} 条，合并 {merge} 条。',
	importFailed: '导入中断：{reason}。已经写入的记录会保留，没有删除任何数据。',
	resetTitle: '清除全部数据',
	resetIntro: '从这台设备上删除所有进度、题库记录、作业和教师数据，回到第一次打开时的样子。',
	resetStart: '清除全部数据…',
	resetWarning: '确定要清除吗？清除后无法恢复。建议先用上方的“导出备份文件”保存一份。',
	resetConfirm: '确认清除全部数据',
	resetDone: '已清除 {n} 条记录。',
	resetFailed: '清除失败：{reason}',
	kinds: {
		attempt: '已完成的个案',
		run: '进行中的个案',
		deck: '复习卡片',
		mistakes: '错题本与标记',
		history: '答题记录',
		notes: '我的笔记',
		paper: '已交卷的模拟试卷',
		paperCurrent: '进行中的模拟试卷',
		settings: '设置',
		learnerAssignment: '我接受的作业',
		learnerSubmission: '我提交的作业结果',
		instructorAssignment: '我布置的作业',
		instructorResult: '导入的学员结果',
		instructorStory: '我编写的个案',
		setAside: '单独保存的记录'
	} satisfies Record<BackupKind, string>,
	actions: {
		add: '新增',
		replace: '更新',
		merge: '合并',
		keep: '保留本机',
		skip: '跳过',
		identical: '相同'
	} satisfies Record<MergeAction, string>,
	reasons: {
		'current-newer': '本机的较新，保留本机的',
		'backup-newer': '备份中的较新，采用备份',
		'finished-differs': '已完成的记录不会被覆盖，保留本机的',
		'device-settings': '保留这台设备的设置',
		'already-finished': '已经完成，不再恢复为进行中',
		'current-unreadable': '本机的记录无法读取，原样保留（下次加载时会单独保存）',
		combined: '两边的内容合并',
		'nothing-new': '本机已包含备份中的内容'
	} satisfies Record<MergeReason, string>,
	errors: {
		'too-large': '文件超过 {mb} MB。',
		'not-json': '文件不是 JSON，可能已损坏，或者不是备份文件。',
		'proto-key': '文件含有不允许的键名“__proto__”。',
		'not-backup': '这不是本应用导出的备份文件。',
		'newer-format': '这个备份由更新版本的应用导出（文件格式 {version}），请先更新应用。',
		'newer-schema': '这个备份由更新版本的应用导出（数据版本 {schema}），请先更新应用。',
		'bad-envelope': '备份文件的结构不正确（{detail}）。',
		'too-many-records': '备份中有 {count} 条记录，超过了 {limit} 条的上限。',
		'unknown-key': '备份中有无法识别的记录“{key}”。',
		'newer-record': '记录“{key}”由更新版本的应用写入，请先更新应用。',
		'invalid-record': '记录“{key}”无效（{detail}）。'
	} satisfies Record<BackupError['code'], string>
};

export type BackupMessages = typeof zh;

const en: BackupMessages = {
	backupTitle: 'Backup and restore',
	backupIntro:
		'Save everything on this device — finished and unfinished cases, quiz progress, assignments, instructor data and settings — to one file, and import it on another device or after erasing.',
	exportButton: 'Export a backup file',
	exporting: 'Exporting…',
	exported: 'Exported {n} records ({size}).',
	exportFailed: 'The export failed: {reason}',
	importLabel: 'Import a backup file',
	importHint:
		'You will see what would change before anything is imported. Importing only adds or updates records; it never deletes anything.',
	reading: 'Reading the backup…',
	refused: 'This file was not imported, and nothing was changed. Reason: {reason}',
	previewTitle: 'Before importing',
	previewFrom: 'Backup exported on {date}, {n} records.',
	previewMigrated: '{n} of them were written by an older version and will be upgraded.',
	previewNothing: 'This device already holds everything in the backup; there is nothing to import.',
	countsCaption: 'What happens to each kind of record',
	kindHeader: 'Records',
	conflictsTitle: 'Records that differ, and how each is resolved',
	conflictsMore: '{n} more not listed.',
	confirmImport: 'Import',
	cancel: 'Cancel',
	importing: 'Importing…',
	imported: 'Imported: {add} added, {replace} updated, {merge} merged.',
	importFailed: 'The import stopped: {reason}. Records already written are kept; nothing was deleted.',
	resetTitle: 'Erase all data',
	resetIntro:
		'Delete all progress, quiz records, assignments and instructor data from this device, as if opening the app for the first time.',
	resetStart: 'Erase all data…',
	resetWarning: 'Erase everything? This cannot be undone. Export a backup file above first if you may want it back.',
	resetConfirm: 'Yes, erase all data',
	resetDone: 'Erased {n} records.',
	resetFailed: 'Erasing failed: {reason}',
	kinds: {
		attempt: 'Finished cases',
		run: 'Cases in progress',
		deck: 'Review cards',
		mistakes: 'Mistake book and flags',
		history: 'Answer history',
		notes: 'My notes',
		paper: 'Finished mock papers',
		paperCurrent: 'Mock paper in progress',
		settings: 'Settings',
		learnerAssignment: 'Assignments I accepted',
		learnerSubmission: 'Results I submitted',
		instructorAssignment: 'Assignments I set',
		instructorResult: 'Imported class results',
		instructorStory: 'Cases I wrote',
		setAside: 'Set-aside records'
	},
	actions: {
		add: 'New',
		replace: 'Updated',
		merge: 'Merged',
		keep: 'Kept',
		skip: 'Skipped',
		identical: 'Same'
	},
	reasons: {
		'current-newer': "this device's is newer: kept",
		'backup-newer': "the backup's is newer: updated",
		'finished-differs': "finished records are never overwritten: this device's kept",
		'device-settings': "this device's settings are kept",
		'already-finished': 'already finished: not reopened',
		'current-unreadable': "this device's record cannot be read: left as it is (it is set aside on the next load)",
		combined: 'both combined',
		'nothing-new': 'this device already has it all'
	},
	errors: {
		'too-large': 'The file is larger than {mb} MB.',
		'not-json': 'The file is not JSON: it may be damaged, or not a backup.',
		'proto-key': 'The file holds a key that is not allowed ("__proto__").',
		'not-backup': 'This is not a backup file from this app.',
		'newer-format': 'This backup comes from a newer version of the app (file format {version}); update the app first.',
		'newer-schema': 'This backup comes from a newer version of the app (data version {schema}); update the app first.',
		'bad-envelope': 'The backup file is not shaped as it should be ({detail}).',
		'too-many-records': 'The backup holds {count} records; at most {limit} can be imported.',
		'unknown-key': 'The backup holds a record this app does not recognise: "{key}".',
		'newer-record': 'The record "{key}" was written by a newer version of the app; update the app first.',
		'invalid-record': 'The record "{key}" is not valid ({detail}).'
	}
};

export const BACKUP_MESSAGES: Record<Locale, BackupMessages> = { 'zh-CN': zh, en };

/** Why a backup was refused, in words. */
export function backupErrorText(error: BackupError, t: BackupMessages): string {
	const params: Record<string, string | number> = { ...error };
	if (error.code === 'too-large') params.mb = error.limit / 1e6;
	return fill(t.errors[error.code], params);
}

/** A file size for people: KB below a megabyte, MB above. */
export function fileSize(bytes: number, locale: Locale): string {
	const n = bytes < 1e6 ? bytes / 1e3 : bytes / 1e6;
	const digits = n < 10 ? 1 : 0;
	return `${n.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${bytes < 1e6 ? 'KB' : 'MB'}`;
}
