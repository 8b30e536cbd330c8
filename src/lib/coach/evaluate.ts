/** How well the coach reads replies whose labels are known: the figures issue #16 sets targets for. */
import { FAMILY_OF, TECHNIQUES, type TechniqueId } from '../domain/casework.ts';
import type { CorpusLine } from './corpus.ts';
import type { Reading } from './model.ts';

export interface CoachScores {
	n: number;
	top1: number;
	top2: number;
	family: number;
	use: number;
	unsure: number;
	/** confusion[gold][predicted top-1] = count. */
	confusion: Record<TechniqueId, Record<TechniqueId, number>>;
}

export const TARGETS = { top1: 0.8, top2: 0.9, family: 0.9, use: 0.75, unsureAtMost: 0.15 } as const;

export function score(cases: readonly { gold: CorpusLine; reading: Reading }[]): CoachScores {
	const zero = () => Object.fromEntries(TECHNIQUES.map((t) => [t, 0])) as Record<TechniqueId, number>;
	const confusion = Object.fromEntries(TECHNIQUES.map((t) => [t, zero()])) as CoachScores['confusion'];
	let top1 = 0;
	let top2 = 0;
	let family = 0;
	let use = 0;
	let unsure = 0;
	for (const { gold, reading } of cases) {
		const [first, second] = reading.techniques;
		confusion[gold.technique][first.id]++;
		if (first.id === gold.technique) top1++;
		if (first.id === gold.technique || second?.id === gold.technique) top2++;
		if (FAMILY_OF[first.id] === FAMILY_OF[gold.technique]) family++;
		if (reading.use === gold.use) use++;
		if (reading.unsure) unsure++;
	}
	const n = cases.length || 1;
	return { n: cases.length, top1: top1 / n, top2: top2 / n, family: family / n, use: use / n, unsure: unsure / n, confusion };
}

export function meetsTargets(s: CoachScores): string[] {
	const misses: string[] = [];
	for (const k of ['top1', 'top2', 'family', 'use'] as const)
		if (s[k] < TARGETS[k]) misses.push(`${k} ${(s[k] * 100).toFixed(1)}% < ${TARGETS[k] * 100}%`);
	if (s.unsure > TARGETS.unsureAtMost) misses.push(`unsure ${(s.unsure * 100).toFixed(1)}% > ${TARGETS.unsureAtMost * 100}%`);
	return misses;
}
