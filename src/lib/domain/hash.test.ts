import { describe, expect, it } from 'vitest';
import { fingerprint, fnv1a } from './hash.ts';

describe('text hashes', () => {
	it('FNV-1a gives the published test vectors', () => {
		expect(fnv1a('')).toBe(0x811c9dc5);
		expect(fnv1a('a')).toBe(0xe40c292c);
		expect(fnv1a('foobar')).toBe(0xbf9cf968);
	});
	it('fingerprints are stable, and tell apart texts that differ in one character', () => {
		expect(fingerprint('王阿姨|0.1.2')).toBe(fingerprint('王阿姨|0.1.2'));
		const seen = new Set<string>();
		for (let i = 0; i < 20_000; i++) seen.add(fingerprint(`learner ${i}|2026-11-22T08:00:00.000Z|0.1.2`));
		expect(seen.size).toBe(20_000);
	});
});
