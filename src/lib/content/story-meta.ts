import { TECHNIQUES, type TechniqueId } from '../domain/casework.ts';
import type { AuditReport } from '../engine/audit.ts';

/** What the scenario list needs to know about a story, without its text. */
export interface StoryMeta {
	id: string;
	locale: string;
	title: string;
	summary: string;
	minutes: number;
	difficulty: number;
	/** Version hash of the compiled story: stored with runs and results. */
	hash: string;
	/** The techniques this case trains: the author's `# skills:` list, else its five most used well. */
	skills: TechniqueId[];
	/** Every technique some sound choice in the case uses: what the home page's skill filter matches. */
	uses: TechniqueId[];
	endings: string[];
	/** Fewest and most decisions to an ending. */
	decisions: [number, number];
	cast: Record<string, string>;
}

export function storyMeta(id: string, hash: string, report: AuditReport): StoryMeta {
	const g = report.globals;
	return {
		id,
		locale: g.lang,
		title: g.title,
		summary: g.summary,
		minutes: g.minutes,
		difficulty: g.difficulty,
		hash,
		skills: g.skills.length ? g.skills : focusSkills(report),
		uses: TECHNIQUES.filter((t) => report.wellCounts[t]),
		endings: Object.keys(report.endings).sort(),
		decisions: [report.minDecisions, report.maxDecisions],
		cast: g.cast
	};
}

const FOCUS = 5;

function focusSkills(report: AuditReport): TechniqueId[] {
	const counts = report.wellCounts;
	const top = [...TECHNIQUES]
		.filter((t) => counts[t])
		.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || TECHNIQUES.indexOf(a) - TECHNIQUES.indexOf(b))
		.slice(0, FOCUS);
	return TECHNIQUES.filter((t) => top.includes(t));
}
