/**
 * The shipped models on the test split they were never trained on. The
 * issue's targets are printed by `npm run bench` (bench/coach.ts); this
 * holds the floor below which a change to the corpus or the features is a
 * regression, and the targets that are already met.
 */
import { describe, expect, it } from 'vitest';
import { coachModels, readCorpus } from '../../../scripts/lib/coach-models.ts';
import { COACH_LANGS } from './corpus.ts';
import { coachReply } from './coach.ts';
import { score, TARGETS } from './evaluate.ts';
import { load } from './model.ts';

describe('the coach on replies it was never trained on', () => {
	it('names the technique, its family and the use well above chance, and is rarely unsure', { timeout: 180_000 }, () => {
		const corpus = readCorpus();
		const models = coachModels();
		for (const lang of COACH_LANGS) {
			const model = load(models[lang]);
			const test = corpus.filter((l) => l.lang === lang && l.split === 'test');
			const s = score(test.map((gold) => ({ gold, reading: coachReply(model, gold.text, gold.client) })));
			expect(s.n, lang).toBeGreaterThanOrEqual(150);
			// Chance is 1 in 12 for a technique and 1 in 3 for a family.
			expect(s.top1, `${lang} top-1`).toBeGreaterThanOrEqual(0.65);
			expect(s.top2, `${lang} top-2`).toBeGreaterThanOrEqual(0.8);
			expect(s.family, `${lang} family`).toBeGreaterThanOrEqual(0.75);
			expect(s.use, `${lang} well/misuse`).toBeGreaterThanOrEqual(TARGETS.use);
			expect(s.unsure, `${lang} not sure`).toBeLessThanOrEqual(TARGETS.unsureAtMost);
		}
	});
});
