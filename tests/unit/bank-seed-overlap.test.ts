/**
 * Bank text must be written in our own words: no run of 18 characters may be
 * copied from the source notes. The notes are not in the repo; their hashed
 * shingles are (regenerate with `npx tsx scripts/seed-shingles.ts <seed dir> --write`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE, SHINGLE, bankTexts, findOverlaps, hashShingle, readShingleSet, type ShingleFile } from '../../scripts/seed-shingles.ts';

const BANK_DIR = fileURLToPath(new URL('../../src/lib/quiz/bank/', import.meta.url));
const stored = JSON.parse(readFileSync(FIXTURE, 'utf8')) as ShingleFile;
const seeds = readShingleSet(stored);

describe('bank text vs the source notes', () => {
	it('reads a stored shingle set made the way the checker makes them', () => {
		expect(stored.shingle).toBe(SHINGLE);
		expect(stored.hashes.length % stored.hashHex).toBe(0);
		expect(seeds.size).toBeGreaterThan(1000);
	});

	it('finds an 18-character run copied from a seed, even re-punctuated', () => {
		const [one] = seeds;
		const fake = new Set([one]);
		expect(findOverlaps([['x', '不相干的话']], fake)).toEqual([]);
		const run = '社会工作者应当与服务对象一起回顾服务目标的达成';
		const shingle = run.slice(0, SHINGLE);
		const probe = new Set([hashShingle(shingle)]);
		expect(findOverlaps([['x', `前言，${run.slice(0, 9)}， ${run.slice(9)}。`]], probe)).toEqual([{ label: 'x', run: shingle }]);
	});

	it('shares no 18-character run with the seeds in any bank text', () => {
		const texts = readdirSync(BANK_DIR)
			.filter((n) => n.endsWith('.json'))
			.flatMap((n) => bankTexts(JSON.parse(readFileSync(join(BANK_DIR, n), 'utf8'))));
		expect(texts.length).toBeGreaterThan(1000);
		const copied = findOverlaps(texts, seeds).map((o) => `${o.label}: ${o.run}`);
		expect(copied, copied.join('\n')).toEqual([]);
	});
});
