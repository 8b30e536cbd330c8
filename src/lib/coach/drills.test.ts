import { describe, expect, it } from 'vitest';
import { TECHNIQUES } from '../domain/casework.ts';
import { mulberry32 } from '../quiz/random.ts';
import { makeDrills, pickDrill } from './drills.ts';
import { readCorpus } from '../../../scripts/lib/coach-models.ts';

const corpus = readCorpus().filter((l) => l.lang === 'en');
const drills = makeDrills(corpus);

describe('drills', () => {
	it('gives each technique drills from the train split: the line, its own sound reply, and other clients’ with their lines', () => {
		const pairs = new Set(corpus.filter((l) => l.split === 'train' && l.use === 'well').map((l) => `${l.technique}|${l.client}|${l.text}`));
		for (const t of TECHNIQUES) {
			expect(drills[t].length, t).toBeGreaterThanOrEqual(8);
			for (const d of drills[t]) {
				expect(pairs.has(`${t}|${d.client}|${d.model}`)).toBe(true);
				for (const m of d.more) {
					expect(pairs.has(`${t}|${m.client}|${m.text}`)).toBe(true);
					expect(m.text).not.toBe(d.model);
				}
			}
		}
	});

	it('picks another drill than the one just done', () => {
		const rng = mulberry32(3);
		let last = pickDrill(drills, 'empathy', rng);
		for (let i = 0; i < 20; i++) {
			const next = pickDrill(drills, 'empathy', rng, last);
			expect(next).not.toBe(last);
			last = next;
		}
	});
});
