import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { MINI, compileFile } from '../../../tests/helpers/ink.ts';
import { compileInk } from '../engine/compile.ts';
import { StoryEngine } from '../engine/story-engine.ts';
import { scoreRun } from '../scoring/index.ts';
import { claimedScores, type ResultPackage } from './result.ts';
import { verifyMany } from './verify-many.ts';
import { verifyResult } from './verify.ts';

function pkg(json: string, choices: number[], learner = '学员'): ResultPackage {
	let scores: ResultPackage['scores'];
	try {
		scores = claimedScores(scoreRun(json, choices));
	} catch {
		scores = { total: 50, quality: 50, process: 50, families: {}, orderingErrors: 0 };
	}
	return {
		kind: 'casework-result',
		v: 1,
		learner,
		scenarioId: 'case',
		locale: 'zh-CN',
		storyHash: '0123456789abcdef',
		mode: 'exam',
		startedAt: '2026-11-22T09:00:00.000Z',
		finishedAt: '2026-11-22T09:20:00.000Z',
		choices,
		scoring: 2,
		scores
	};
}

/** A seeded walk to an ending, as a learner would play it. */
function walk(engine: StoryEngine, rng: () => number): number[] {
	engine.reset();
	let p = engine.continue();
	const choices: number[] = [];
	while (!p.ended) {
		const k = Math.floor(rng() * p.choices.length);
		choices.push(k);
		p = engine.choose(p.choices[k].index);
	}
	return choices;
}

function mulberry32(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fresh, one at a time: what verifyMany must reproduce exactly. */
const oneByOne = (packages: ResultPackage[], json: string) => packages.map((p) => verifyResult(p, json));

describe('verifyMany', () => {
	it('gives each run of a real case exactly what a fresh replay gives: played, cut short, wrong turns, edited scores, twins', () => {
		const json = compileFile('stories/elderly-wang/zh-CN.ink');
		const engine = new StoryEngine(json);
		const rng = mulberry32(5);
		const packages: ResultPackage[] = [];
		for (let i = 0; i < 40; i++) {
			const choices = walk(engine, rng);
			const p = pkg(json, choices, `学员${i}`);
			packages.push(p);
			const cut = 1 + Math.floor(rng() * (choices.length - 1));
			// Stops before an ending.
			if (i % 4 === 0) packages.push(pkg(json, choices.slice(0, cut)));
			// A choice that is not offered, after a shared opening.
			if (i % 4 === 1) packages.push(pkg(json, [...choices.slice(0, cut), 9, ...choices.slice(cut + 1)]));
			// A hand-edited score on a real path.
			if (i % 4 === 2) packages.push({ ...p, learner: '改分', scores: { ...p.scores, total: (p.scores.total + 7) % 101 } });
			// The very same run twice.
			if (i % 4 === 3) packages.push({ ...p, learner: `${p.learner}（重复）` });
		}
		const expected = oneByOne(packages, json);
		expect(verifyMany(packages, engine)).toEqual(expected);
		expect(verifyMany(packages, json)).toEqual(expected);
		// Every kind of verdict is in there.
		const differences = expected.flatMap((v) => v.differences).join('\n');
		expect(expected.filter((v) => v.verdict === 'verified').length).toBeGreaterThan(20);
		expect(differences).toMatch(/stop before an ending/);
		expect(differences).toMatch(/is not offered/);
		expect(differences).toMatch(/total: claimed/);
		// Hundreds of real replays, twice over: seconds of work that a busy machine stretches.
	}, 60_000);

	it('agrees with fresh replays on any list of choice sequences, in any order', () => {
		const json = MINI.zh();
		const engine = new StoryEngine(json);
		const choices = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 7 });
		fc.assert(
			fc.property(fc.array(choices, { minLength: 1, maxLength: 12 }), (runs) => {
				const packages = runs.map((c) => pkg(json, c));
				expect(verifyMany(packages, engine)).toEqual(oneByOne(packages, json));
			}),
			{ numRuns: 150, seed: 20261122 }
		);
	}, 60_000);

	it('replays a shared opening once', () => {
		const json = compileFile('stories/elderly-wang/zh-CN.ink');
		const engine = new StoryEngine(json);
		const a = walk(engine, mulberry32(11));
		// The same run, then one that branches off at the last decision where there is another option.
		engine.reset();
		let p = engine.continue();
		let branch = -1;
		for (let d = 0; d < a.length; d++) {
			if (p.choices.length > 1) branch = d;
			p = engine.choose(p.choices[a[d]].index);
		}
		const b = [...a.slice(0, branch), a[branch] === 0 ? 1 : 0];
		const packages = [pkg(json, b), pkg(json, a), pkg(json, a)];
		const choose = vi.spyOn(StoryEngine.prototype, 'choose');
		const checks = verifyMany(packages, engine);
		// The opening before the branch once, then each run's own way from there (b may stop early).
		expect(choose).toHaveBeenCalledTimes(a.length + 1);
		choose.mockRestore();
		expect(checks[1].verdict).toBe('verified');
		expect(checks).toEqual(oneByOne(packages, json));
	});

	it('reports every run as unfitting when the story does not load', () => {
		const checks = verifyMany([pkg(MINI.zh(), [0, 0, 0, 0, 0])], '{"not":"ink"}');
		expect(checks).toEqual(oneByOne([pkg(MINI.zh(), [0, 0, 0, 0, 0])], '{"not":"ink"}'));
		expect(checks[0].differences[0]).toMatch(/do not fit the story/);
	});
});

describe('verifying a story that loops', () => {
	it('reports the run through the loop as not fitting, within the step limit, and still verifies the others', () => {
		const loop = compileInk('Hello.\n* [Go] -> loop\n* [Stay] Fine. #ending:well-closed\n-> END\n=== loop ===\n-> loop\n').json!;
		const [through, around] = verifyMany([pkg(loop, [0]), pkg(loop, [1])], loop);
		expect(through.verdict).toBe('mismatch');
		expect(through.differences.join()).toMatch(/circle/);
		expect(around.differences.join()).not.toMatch(/circle/);
		expect(around.result?.ending).toBe('well-closed');
	});
});
