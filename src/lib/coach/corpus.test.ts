import { describe, expect, it } from 'vitest';
import { TECHNIQUES } from '../domain/casework.ts';
import { COACH_LANGS, parseCorpus } from './corpus.ts';
import { readCorpus } from '../../../scripts/lib/coach-models.ts';

const corpus = readCorpus();

describe('the coach corpus', () => {
	it('holds at least 1,500 replies, every technique well used and misused in both languages, with a test split', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(1500);
		for (const lang of COACH_LANGS)
			for (const t of TECHNIQUES) {
				const lines = corpus.filter((l) => l.lang === lang && l.technique === t);
				for (const use of ['well', 'misuse'] as const)
					for (const split of ['train', 'test'] as const)
						expect(lines.filter((l) => l.use === use && l.split === split).length, `${lang} ${t} ${use} ${split}`).toBeGreaterThan(0);
			}
	});

	it('has unique ids, and no reply or client line of the test split appears in training', () => {
		expect(new Set(corpus.map((l) => l.id)).size).toBe(corpus.length);
		const train = corpus.filter((l) => l.split === 'train');
		const trainTexts = new Set(train.map((l) => l.text));
		const trainClients = new Set(train.map((l) => l.client));
		for (const l of corpus.filter((l) => l.split === 'test')) {
			expect(trainTexts.has(l.text), l.id).toBe(false);
			expect(trainClients.has(l.client), l.id).toBe(false);
		}
	});

	it('does not let length tell a misuse from a sound use', () => {
		for (const lang of COACH_LANGS) {
			const mean = (use: string) => {
				const ls = corpus.filter((l) => l.lang === lang && l.use === use);
				return ls.reduce((s, l) => s + [...l.text].length, 0) / ls.length;
			};
			expect(Math.abs(mean('well') - mean('misuse')) / mean('well'), lang).toBeLessThan(0.15);
		}
	});

	it('rejects a line whose evidence is not in its text, naming the file and line', () => {
		const line = JSON.stringify({
			id: 'en-empathy-001',
			lang: 'en',
			technique: 'empathy',
			use: 'well',
			phase: 'intake',
			client: 'I miss him.',
			text: 'You miss him a lot.',
			evidence: ['terribly'],
			split: 'train'
		});
		expect(() => parseCorpus(`\n${line}\n`, 'empathy.jsonl')).toThrow(/empathy\.jsonl:2: every evidence string/);
		expect(() => parseCorpus('{oops', 'x.jsonl')).toThrow('x.jsonl:1: not JSON');
	});
});
