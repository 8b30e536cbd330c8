/** scripts/audit-story.ts, run as an author would: a looping story is refused at its knot, within seconds, with a non-zero exit. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-story.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('scripts/audit-story.ts', () => {
	it('refuses a looping story with its file, line and knot, and exits 1', { timeout: 150_000 }, () => {
		const r = run('tests/fixtures/author/loop.ink');
		expect(r.signal).toBeNull();
		expect(r.status).toBe(1);
		expect(r.stdout).toMatch(
			/✗ tests\/fixtures\/author\/loop\.ink:6 \[loop\] \(loop\) Before the first choice, the story runs in a circle in "loop"/
		);
		expect(r.stdout).toMatch(/FAILED\s*$/);
	});

	it('stops at its time limit, says so, and samples the figures', { timeout: 150_000 }, () => {
		const r = run('tests/fixtures/author/endless.ink', '--seconds', '2');
		expect(r.signal).toBeNull();
		expect(r.stdout).toContain('stopped at the 2 s time limit: not every path was checked');
		expect(r.stdout).toMatch(/figures below are sampled from \d+ random playthroughs/);
		expect(r.stdout).toMatch(/ending dropped-out: \d+–\d+ decisions/);
	});
});
