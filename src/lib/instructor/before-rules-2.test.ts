/**
 * Packages made before scoring rules 2 (tests/fixtures/before-rules-2, made
 * with the scoring code of that time on every path of the mini story) carry
 * no `scoring` field. They must still verify, each to the very score it
 * claimed, although the current rules would score many of them otherwise.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { scoreRun } from '../scoring/index.ts';
import { readResultFile } from './result.ts';
import { verifyMany } from './verify-many.ts';
import { verifyResult } from './verify.ts';

const packages = (JSON.parse(readFileSync('tests/fixtures/before-rules-2/mini-packages.json', 'utf8')) as unknown[]).map((p) =>
	readResultFile(JSON.stringify(p))
);
const json = MINI.zh();

describe('result packages made before rules 2', () => {
	it('are read as rules 1 and verify to the scores they claimed', () => {
		expect(packages).toHaveLength(24);
		for (const p of packages) {
			expect(p.scoring).toBeUndefined();
			const v = verifyResult(p, json);
			expect(v.differences).toEqual([]);
			expect(v.verdict).toBe('verified');
			expect(v.result?.rules).toBe(1);
		}
		expect(verifyMany(packages, json).every((v) => v.verdict === 'verified')).toBe(true);
	});

	it('would score otherwise under the current rules, so the rules they name are what keeps them', () => {
		const changed = packages.filter((p) => scoreRun(json, p.choices).total !== p.scores.total);
		expect(changed.length).toBeGreaterThanOrEqual(3);
		// Claiming the current rules for an old package is caught.
		const relabelled = { ...changed[0], scoring: 2 as const };
		expect(verifyResult(relabelled, json).verdict).toBe('mismatch');
	});
});
