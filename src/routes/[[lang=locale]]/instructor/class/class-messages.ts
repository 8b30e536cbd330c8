/** The class dashboard's import progress strings (the rest are in $lib/i18n/instructor-messages). */
import type { Locale } from '$lib/i18n/messages';

export const CLASS_MESSAGES: Record<Locale, { verifying: string; notSaved: string }> = {
	'zh-CN': {
		verifying: '正在重放核验：{done} / {total}',
		notSaved: '这些结果未能保存到本机（{detail}），没有导入任何一条。'
	},
	en: {
		verifying: 'Replaying to verify: {done} of {total}',
		notSaved: 'These results could not be saved on this device ({detail}); none was imported.'
	}
};
