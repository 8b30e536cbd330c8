import { describe, expect, it } from 'vitest';
import { auditStory } from './audit.ts';
import { compileInk } from './compile.ts';

const head = '# title: T\n# summary: s\n# minutes: 1\n# lang: zh-CN\n';
const build = (src: string) => {
	const r = compileInk(src, 't.ink');
	if (!r.json) throw new Error(JSON.stringify(r.errors));
	return r;
};
const audit = (src: string, options: Parameters<typeof auditStory>[1] = {}) => {
	const r = build(src);
	return auditStory(r.json!, { source: src, map: r.map, ...options });
};

describe('auditStory on stories that loop', () => {
	it(
		'refuses a story that diverts in a circle before the first choice, within seconds, naming the knot and its line',
		{ timeout: 30_000 },
		() => {
			const src = head + '-> loop\n=== loop ===\n-> loop\n';
			const t0 = performance.now();
			const r = audit(src);
			expect(performance.now() - t0).toBeLessThan(10_000);
			expect(r.issues).toEqual([
				expect.objectContaining({
					level: 'error',
					code: 'loop',
					where: 'loop',
					line: 6,
					message: expect.stringMatching(/circle in "loop"/)
				})
			]);
		}
	);

	it('finds a loop behind a choice and names the stitch', { timeout: 30_000 }, () => {
		const src = head + 'Hi\n+ [A #phase:intake #quality:best]\n  ok #feedback\n  -> k.inner\n=== k ===\nx\n= inner\nround\n-> inner\n';
		const r = audit(src);
		const loop = r.issues.find((i) => i.code === 'loop');
		expect(loop).toMatchObject({ level: 'error', where: 'k.inner', line: 11 });
		expect(loop?.message).toMatch(/After choice "A"/);
	});
});

describe('auditStory time limit and progress', () => {
	// A story with more states than any walk finishes: n grows on every round.
	const endless =
		head +
		'VAR n = 0\n-> round\n=== round ===\n~ n = n + 1\nRound {n}\n+ [Go on #phase:intake #quality:good]\n  ok #feedback\n  -> round\n+ [Again #phase:intake #quality:good]\n  ok #feedback\n  -> round\n+ [Stop #phase:intake #quality:best]\n  ok #feedback\n  End #ending:done\n  -> END\n';

	it('stops at the time limit with what it found, says so, and reports progress on the way', () => {
		let clock = 0;
		const now = () => (clock += 50);
		const seen: { states: number; decisions: number }[] = [];
		const r = audit(endless, { timeLimitMs: 3000, now, onProgress: (p) => seen.push(p) });
		expect(r.stopped).toBe('time');
		expect(r.truncated).toBe(true);
		expect(r.issues.find((i) => i.code === 'time-limit')).toMatchObject({ level: 'warning' });
		expect(r.issues.find((i) => i.code === 'time-limit')?.message).toMatch(/Stopped after 3 s/);
		expect(seen.length).toBeGreaterThan(2);
		expect(seen.at(-1)!.states).toBeGreaterThan(seen[0].states);
		expect(r.states).toBe(seen.at(-1)!.states);
		expect(r.sampled).toBeGreaterThan(0);
		expect(Object.keys(r.endings)).toEqual(['done']);
	});
});

describe('auditStory line numbers from the compiler', () => {
	it('points a repeated choice text at its own line, not the first line with that text', () => {
		const src =
			head +
			'-> a\n=== a ===\nFirst\n+ [Same words #phase:intake #quality:best]\n  ok #feedback\n  -> b\n=== b ===\nSecond\n+ [Same words #phase:intake]\n  ok #feedback\n  Bye #ending:x\n  -> END\n';
		const r = audit(src);
		const missing = r.issues.find((i) => i.code === 'missing-quality');
		expect(missing).toMatchObject({ where: 'b', line: 13 });
		// What searching the text found: the first "Same words", in knot a.
		expect(src.split('\n').findIndex((l) => l.includes('Same words')) + 1).toBe(8);
	});

	it('points a problem on a repeated line of text at the copy in the knot it was found in', () => {
		const src =
			head +
			'-> a\n=== a ===\nHello #reaction:anger\n+ [Go #phase:intake #quality:best]\n  ok #feedback\n  -> b\n=== b ===\nHello #reaction:sleepy\n+ [End #phase:intake #quality:best]\n  ok #feedback\n  Bye #ending:x\n  -> END\n';
		const r = audit(src);
		expect(r.issues.find((i) => i.code === 'unknown-value')).toMatchObject({ line: 12, where: 'b' });
	});
});

describe('auditStory on the best path', () => {
	it('warns when the best option at every decision still breaks the casework order, naming the decision', () => {
		const src =
			head +
			'Hi #phase:intake\n' +
			'+ [Listen #phase:intake #quality:best]\n  ok #feedback\n  -> eval\n' +
			'=== eval ===\n#phase:evaluation\n+ [Review #phase:evaluation #quality:best]\n  ok #feedback\n  -> fu\n' +
			'=== fu ===\n+ [Call next month #phase:follow-up #quality:best]\n  ok #feedback\n  Bye #ending:x\n  -> END\n' +
			'+ [Stop #phase:follow-up #quality:weak]\n  ok #feedback\n  Bye #ending:y\n  -> END\n';
		const r = audit(src);
		const found = r.issues.filter((i) => i.code === 'best-path-order');
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((i) => i.level === 'warning')).toBe(true);
		const fu = found.find((i) => /Call next month/.test(i.message));
		expect(fu?.message).toMatch(/^Decision 3 on the best path, "Call next month" \(#phase:follow-up\)/);
		expect(fu).toMatchObject({ where: 'fu', line: 15 });
		expect(r.bestPathTotal).toBeLessThan(100);
	});

	it('says nothing when the best path keeps the order', () => {
		const src = head + 'Hi #phase:intake\n+ [Listen #phase:intake #quality:best]\n  ok #feedback\n  Bye #ending:x\n  -> END\n';
		expect(audit(src).issues.filter((i) => i.code === 'best-path-order')).toEqual([]);
	});
});

describe('auditStory on stories without our tags', () => {
	it('calls a story with no #phase, #technique or #quality at all unscored, as information, not as errors', () => {
		const src = head + 'A door.\n* [Open it]\n  A room.\n  -> END\n* [Leave]\n  -> END\n';
		const r = audit(src);
		expect(r.unscored).toBe(true);
		expect(r.issues.map((i) => [i.level, i.code])).toEqual([['info', 'unscored']]);
	});

	it('still requires the tags of a story that uses them on some choices', () => {
		const src =
			head + 'A door.\n* [Open it #phase:intake #quality:best]\n  ok #feedback\n  A room. #ending:x\n  -> END\n* [Leave]\n  -> END\n';
		const r = audit(src);
		expect(r.unscored).toBe(false);
		expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['missing-phase', 'missing-quality']));
	});
});

describe('auditStory and the cast', () => {
	it('names every speaker id used when there is no "# cast:" tag', () => {
		const src =
			head +
			'Hi #speaker:mum\nYo #speaker:kid\n+ [A #phase:intake #quality:best]\n  ok #feedback #speaker:mum\n  Bye #ending:x\n  -> END\n';
		const r = audit(src);
		const w = r.issues.find((i) => i.code === 'no-cast');
		expect(w).toMatchObject({ level: 'warning', line: 5 });
		expect(w?.message).toMatch(/"mum", "kid"/);
	});

	it('names the ids missing from the cast, once', () => {
		const src =
			head +
			'# cast: mum=Mum\nHi #speaker:mum\nYo #speaker:kid\nYo #speaker:kid\n+ [A #phase:intake #quality:best]\n  ok #feedback\n  Bye #ending:x\n  -> END\n';
		const found = audit(src).issues.filter((i) => i.code === 'unknown-speaker');
		expect(found).toHaveLength(1);
		expect(found[0].message).toMatch(/Speakers "kid" are not/);
	});
});

describe('compileInk and INCLUDE', () => {
	it('names the line of an INCLUDE and says included files are not supported here', () => {
		const r = compileInk('Hi\nINCLUDE other.ink\n-> END\n', 'a.ink');
		expect(r.json).toBeUndefined();
		expect(r.errors).toEqual([
			expect.objectContaining({
				code: 'include',
				line: 2,
				source: 'INCLUDE other.ink',
				message: expect.stringMatching(/not supported here/)
			})
		]);
		expect(r.errors[0].message).not.toMatch(/not yet implemented/);
	});
});

describe('auditStory on stories that thread or tunnel into themselves', () => {
	it('stops them at the nesting limit within seconds, however much text each round shows', { timeout: 60_000 }, () => {
		for (const back of ['<- k0', '-> k0 ->']) {
			const src = `${head}-> k0\n=== k0 ===\nSome text\nMore text\n${back}\n-> DONE\n`;
			const t0 = performance.now();
			const r = audit(src);
			expect(performance.now() - t0).toBeLessThan(10_000);
			expect(r.issues.find((i) => i.code === 'loop')).toMatchObject({ level: 'error', where: 'k0', line: 6 });
		}
	});
});
