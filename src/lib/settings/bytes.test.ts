import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes.ts';

describe('formatBytes', () => {
	it('picks the unit and keeps one decimal only for small figures', () => {
		expect(formatBytes(512, 'en')).toBe('512 B');
		expect(formatBytes(1536, 'en')).toBe('1.5 KB');
		expect(formatBytes(340 * 1024, 'en')).toBe('340 KB');
		expect(formatBytes(2.25 * 1024 ** 3, 'en')).toBe('2.3 GB');
	});
});
