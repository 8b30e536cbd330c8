/**
 * The drill (issue #16): a client's line and a technique to answer it with;
 * after the learner has typed and the coach has read it, replies from the
 * corpus that use the technique well are shown as models. Drills come from
 * the train split only, so the test split stays unseen by the learner too.
 */
import { TECHNIQUES, type TechniqueId } from '../domain/casework.ts';
import type { CorpusLine } from './corpus.ts';
import { randomInt, type Rng } from '../quiz/random.ts';

export interface Drill {
	technique: TechniqueId;
	client: string;
	/** The corpus's reply to this line. */
	model: string;
	/** Sound uses of the technique with other clients, each with the line it answers. */
	more: { client: string; text: string }[];
}

export type DrillSet = Record<TechniqueId, Drill[]>;

/** Per technique, up to `per` drills spread over the corpus (every k-th sound use), each with two more model replies. */
export function makeDrills(corpus: readonly CorpusLine[], per = 10): DrillSet {
	return Object.fromEntries(
		TECHNIQUES.map((t) => {
			const well = corpus.filter((l) => l.technique === t && l.use === 'well' && l.split === 'train');
			const step = Math.max(1, Math.floor(well.length / per));
			const picked = well.filter((_, i) => i % step === 0).slice(0, per);
			return [
				t,
				picked.map((l) => ({
					technique: t,
					client: l.client,
					model: l.text,
					more: [1, 2]
						.map((k) => well[(well.indexOf(l) + k * step + 1) % well.length])
						.filter((m, j, all) => m !== l && all.indexOf(m) === j)
						.map((m) => ({ client: m.client, text: m.text }))
				}))
			];
		})
	) as DrillSet;
}

/** The next drill for `technique`, not the one just done when there is another. */
export function pickDrill(set: DrillSet, technique: TechniqueId, rng: Rng, previous?: Drill): Drill {
	const pool = set[technique].filter((d) => d !== previous);
	const from = pool.length ? pool : set[technique];
	return from[randomInt(rng, from.length)];
}
