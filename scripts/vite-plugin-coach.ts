/**
 * Serves the coach's model, trained at build time from the corpus in the
 * repository (scripts/lib/coach-models.ts), as a module of its own per
 * language, with its drills: `import { model, drills } from 'virtual:coach-model/zh-CN'`. Imported only
 * dynamically, so it lands in a lazy chunk that only free-text pages load.
 */
import type { Plugin } from 'vite';
import { COACH_LANGS, type CoachLang } from '../src/lib/coach/corpus.ts';
import { CORPUS_DIR, coachDrills, coachModels } from './lib/coach-models.ts';

const PREFIX = 'virtual:coach-model/';

export function coach(): Plugin {
	return {
		name: 'casework-coach',
		resolveId(id) {
			return id.startsWith(PREFIX) ? '\0' + id : undefined;
		},
		load(id) {
			if (!id.startsWith('\0' + PREFIX)) return undefined;
			const lang = id.slice(PREFIX.length + 1) as CoachLang;
			if (!COACH_LANGS.includes(lang)) this.error(`no coach model for ${lang}`);
			this.addWatchFile(CORPUS_DIR);
			return `export const model = ${JSON.stringify(coachModels()[lang])};\nexport const drills = ${JSON.stringify(coachDrills(lang))};`;
		}
	};
}
