/**
 * Fetches the coach for one language: its model and drills come in a lazy
 * chunk of their own (scripts/vite-plugin-coach.ts), loaded the first time
 * free text is used and precached by the service worker for offline use.
 */
import type { CoachLang } from './corpus.ts';
import type { DrillSet } from './drills.ts';
import { load, type LoadedModel } from './model.ts';

export interface Coach {
	model: LoadedModel;
	drills: DrillSet;
}

const loaded = new Map<CoachLang, Promise<Coach>>();

export function loadCoach(lang: CoachLang): Promise<Coach> {
	let p = loaded.get(lang);
	if (!p) {
		p = (lang === 'zh-CN' ? import('virtual:coach-model/zh-CN') : import('virtual:coach-model/en')).then((m) => ({
			model: load(m.model),
			drills: m.drills
		}));
		// A failed download can be tried again.
		p.catch(() => loaded.delete(lang));
		loaded.set(lang, p);
	}
	return p;
}
