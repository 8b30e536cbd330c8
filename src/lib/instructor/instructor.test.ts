import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MINI } from '../../../tests/helpers/ink.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { scoreRun } from '../scoring/index.ts';
import { assignmentCode, assignmentFile, readAssignmentCode, readAssignmentFile, ImportError, type Assignment } from './assignment.ts';
import { decodeCompact, encodeCompact, CodecError } from './codec.ts';
import { csvCell, toCsv } from './csv.ts';
import { importResults, loadResults, planImport, resultKey } from '../progress/class-results.ts';
import { claimedScores, readResultCode, readResultFile, resultCode, resultFile, type ResultPackage } from './result.ts';
import { verifyResult } from './verify.ts';
import { isoDuration, statementsFor } from './xapi.ts';

const json = MINI.zh();
const choices = [0, 0, 0, 0, 0];
const result = scoreRun(json, choices);

const pkg: ResultPackage = {
	kind: 'casework-result',
	v: 1,
	learner: '李同学',
	assignmentId: 'abc123XYZ',
	scenarioId: 'mini',
	locale: 'zh-CN',
	storyHash: '0123456789abcdef',
	mode: 'exam',
	startedAt: '2026-11-22T09:00:00.000Z',
	finishedAt: '2026-11-22T09:25:30.000Z',
	choices,
	scores: claimedScores(result)
};

const assignment: Assignment = {
	kind: 'casework-assignment',
	v: 1,
	id: 'abc123XYZ',
	title: '第三周作业：独居老人个案',
	note: '请在周五前完成，注意结案前的评估。',
	scenarios: ['elderly-wang'],
	custom: [],
	mode: 'exam',
	quizTopics: ['closing'],
	mockPaper: false,
	passMark: 70,
	due: '2026-11-29',
	createdAt: '2026-11-22T08:00:00.000Z'
};

describe('codec', () => {
	it('round-trips JSON through a URL-safe code', () => {
		const code = encodeCompact({ a: '王阿姨', b: [1, 2, 3] });
		expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeCompact(code, { maxChars: 1000, maxBytes: 1000 })).toEqual({ a: '王阿姨', b: [1, 2, 3] });
	});
	it('refuses a code that would inflate past the limit (a zip bomb)', () => {
		const bomb = encodeCompact({ x: 'a'.repeat(100_000) });
		expect(bomb.length).toBeLessThan(500);
		expect(() => decodeCompact(bomb, { maxChars: 1000, maxBytes: 10_000 })).toThrow(expect.objectContaining({ code: 'too-large' }));
	});
	it('names each kind of damage', () => {
		const lim = { maxChars: 100, maxBytes: 1000 };
		expect(() => decodeCompact('a'.repeat(101), lim)).toThrow(expect.objectContaining({ code: 'too-long' }));
		expect(() => decodeCompact('not base64!', lim)).toThrow(expect.objectContaining({ code: 'not-base64' }));
		expect(() => decodeCompact('AAAA', lim)).toThrow(CodecError);
	});
});

describe('assignments', () => {
	it('travel as a short link code and as a file', () => {
		const code = assignmentCode(assignment)!;
		expect(code.length).toBeLessThan(400);
		expect(readAssignmentCode(code)).toEqual(assignment);
		expect(readAssignmentFile(assignmentFile(assignment))).toEqual(assignment);
	});
	it('say no link when an embedded story makes the code too long', () => {
		const big = {
			...assignment,
			custom: [{ id: 'custom-abc', title: 'x', locale: 'zh-CN' as const, hash: '0123456789abcdef', json: randomText(20_000) }]
		};
		expect(assignmentCode(big)).toBeNull();
		expect(readAssignmentFile(assignmentFile(big)).custom[0].json).toHaveLength(20_000);
	});
	it('reject an assignment that sets no work, or with a bad field, saying which', () => {
		expect(() => readAssignmentFile(JSON.stringify({ ...assignment, scenarios: [], quizTopics: [] }))).toThrow('sets no work');
		expect(() => readAssignmentFile(JSON.stringify({ ...assignment, passMark: 140 }))).toThrow(/passMark/);
		expect(() => readAssignmentFile('{"kind":')).toThrow(ImportError);
	});
});

describe('result packages', () => {
	it('round-trip as a code and as a file', () => {
		expect(readResultCode(resultCode(pkg))).toEqual(pkg);
		expect(readResultFile(resultFile(pkg))).toEqual(pkg);
		expect(readResultFile(`  ${resultCode(pkg)}\n`)).toEqual(pkg);
	});
	it('reject a wrong prefix, a truncated code and a negative choice', () => {
		expect(() => readResultCode('hello')).toThrow(/CWR1/);
		const code = resultCode(pkg);
		expect(() => readResultCode(code.slice(0, code.length - 10))).toThrow(ImportError);
		expect(() => readResultFile(JSON.stringify({ ...pkg, choices: [0, -1] }))).toThrow(/choices/);
	});
});

describe('verifyResult', () => {
	it('verifies a package whose scores the replay reproduces', () => {
		const v = verifyResult(pkg, json);
		expect(v.verdict).toBe('verified');
		expect(v.result?.total).toBe(result.total);
	});
	it('flags a hand-edited score as a mismatch and says which figure', () => {
		const v = verifyResult({ ...pkg, scores: { ...pkg.scores, total: 100 } }, json);
		expect(v.verdict).toBe('mismatch');
		expect(v.differences).toEqual([`total: claimed 100, replay gives ${result.total}`]);
	});
	it('flags choices that do not fit the story as a mismatch', () => {
		expect(verifyResult({ ...pkg, choices: [0, 0, 9] }, json).verdict).toBe('mismatch');
		expect(verifyResult({ ...pkg, choices: [0, 0] }, json).differences[0]).toMatch(/before an ending/);
	});
	it('says when the story version is unknown', () => {
		expect(verifyResult(pkg, undefined).verdict).toBe('unknown-story');
	});
});

describe('importResults', () => {
	it('adds valid packages once and reports the rest by name', async () => {
		const store = new MemoryStore();
		const r = await importResults(store, [
			{ name: 'a.json', content: resultFile(pkg) },
			{ name: 'b.txt', content: resultCode({ ...pkg, learner: '王同学' }) },
			{ name: 'c.json', content: '{"nope": true}' }
		]);
		expect(r.added.map((p) => p.learner)).toEqual(['李同学', '王同学']);
		expect(r.rejected).toEqual([{ name: 'c.json', reason: expect.stringMatching(/Not a valid result/) }]);
		const again = await importResults(store, [{ name: 'a.json', content: resultFile(pkg) }]);
		expect(again).toMatchObject({ added: [], duplicates: 1 });
		expect((await loadResults(store)).length).toBe(2);
	});

	it('hands the accepted packages to the batch writer in one call, and calls it not at all for nothing new', async () => {
		const store = new MemoryStore();
		const batches: (readonly (readonly [string, unknown])[])[] = [];
		const writeMany = async (entries: readonly (readonly [string, unknown])[]) => {
			batches.push(entries);
			for (const [k, v] of entries) await store.set(k, v);
		};
		const inputs = [0, 1, 2].map((i) => ({ name: `${i}.json`, content: resultFile({ ...pkg, learner: `学员${i}` }) }));
		const r = await importResults(store, [...inputs, { name: 'bad.json', content: '{}' }], writeMany);
		expect(r.added).toHaveLength(3);
		expect(batches.map((b) => b.map(([k]) => k))).toEqual([r.added.map(resultKey)]);
		// Duplicates and rejects alone: nothing to write.
		await importResults(store, [inputs[0], { name: 'bad.json', content: '{}' }], writeMany);
		expect(batches).toHaveLength(1);
		expect((await loadResults(store)).map((p) => p.learner).sort()).toEqual(['学员0', '学员1', '学员2']);
	});

	it('plans an import without touching storage: rejected, duplicate and new, in input order', () => {
		const existing = [resultKey({ ...pkg, learner: '旧学员' })];
		const plan = planImport(existing, [
			{ name: 'old.json', content: resultFile({ ...pkg, learner: '旧学员' }) },
			{ name: 'new.json', content: resultFile({ ...pkg, learner: '新学员' }) },
			{ name: 'again.json', content: resultFile({ ...pkg, learner: '新学员' }) },
			{ name: 'junk.txt', content: 'CWR1.???' }
		]);
		expect(plan.report.added.map((p) => p.learner)).toEqual(['新学员']);
		expect(plan.report.duplicates).toBe(2);
		expect(plan.report.rejected.map((r) => r.name)).toEqual(['junk.txt']);
		expect(plan.entries).toEqual([[resultKey({ ...pkg, learner: '新学员' }), plan.report.added[0]]]);
	});

	it('accepts none of 1,000+ malformed inputs and leaves storage byte-for-byte unchanged', async () => {
		const store = new MemoryStore();
		await importResults(store, [{ name: 'seed.json', content: resultFile(pkg) }]);
		const before = JSON.stringify([...store.data.entries()]);
		const code = resultCode(pkg);
		const keys = Object.keys(pkg) as (keyof ResultPackage)[];
		const malformed = fc.oneof(
			fc.string(),
			fc.jsonValue().map((j) => JSON.stringify(j)),
			fc.constantFrom(...keys).map((k) => {
				const copy: Record<string, unknown> = { ...pkg };
				delete copy[k];
				return JSON.stringify(copy);
			}),
			fc
				.tuple(
					fc.constantFrom(...keys),
					fc.oneof(fc.integer({ min: -5, max: -1 }), fc.constant(null), fc.object(), fc.constant('<script>alert(1)</script>'.repeat(10)))
				)
				.map(([k, value]) => JSON.stringify({ ...pkg, [k]: k === 'learner' ? '' : value })),
			fc.integer({ min: 5, max: code.length - 4 }).map((n) => code.slice(0, n)),
			fc.string({ minLength: 1 }).map((junk) => `CWR1.${junk}`)
		);
		await fc.assert(
			fc.asyncProperty(malformed, async (content) => {
				const r = await importResults(store, [{ name: 'x', content }]);
				expect(r.added).toEqual([]);
				expect(JSON.stringify([...store.data.entries()])).toBe(before);
			}),
			{ numRuns: 1200, seed: 20261122 }
		);
	});
});

describe('CSV', () => {
	it('quotes commas, quotes and newlines, and defuses formulas', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell(-3)).toBe('-3');
		expect(toCsv(['名字', 'score'], [['李同学', 80]])).toBe('\uFEFF名字,score\r\n李同学,80\r\n');
	});
});

describe('xAPI', () => {
	it('makes one completed statement and one answered statement per decision', () => {
		const s = statementsFor(pkg, result, 'https://trainer.example', '测试小案例', 60);
		expect(s).toHaveLength(1 + choices.length);
		expect(s[0].verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
		expect(s[0].result).toMatchObject({
			score: { raw: result.total, scaled: result.total / 100 },
			completion: true,
			success: true,
			duration: 'PT25M30S'
		});
		expect(s[1].verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
		expect(s[1].result.extensions).toMatchObject({
			'https://trainer.example/xapi/extension/technique': ['listening'],
			'https://trainer.example/xapi/extension/phase': 'intake',
			'https://trainer.example/xapi/extension/quality': 'best'
		});
		expect(s[1].context.contextActivities?.parent[0].id).toBe('https://trainer.example/xapi/scenario/mini');
	});
	it('writes ISO 8601 durations', () => {
		expect(isoDuration(0)).toBe('PT0S');
		expect(isoDuration(3_723_000)).toBe('PT1H2M3S');
	});
});

function randomText(n: number): string {
	let s = '';
	let x = 7;
	for (let i = 0; i < n; i++) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		s += String.fromCharCode(0x4e00 + (x % 2000));
	}
	return s;
}

describe('assignment import under hostile input', () => {
	it('accepts none of 1,000+ malformed assignment files or codes, and stores nothing', async () => {
		const { acceptAssignment } = await import('../progress/learner-assignments.ts');
		const store = new MemoryStore();
		await acceptAssignment(store, assignment, '李同学', new Date('2026-11-22T10:00:00.000Z'));
		const before = JSON.stringify([...store.data.entries()]);
		const code = assignmentCode(assignment)!;
		// `due` is optional: removing it leaves a valid assignment.
		const keys = (Object.keys(assignment) as (keyof Assignment)[]).filter((k) => k !== 'due');
		const malformed = fc.oneof(
			fc.string().map((s) => ({ kind: 'file' as const, s })),
			fc.jsonValue().map((j) => ({ kind: 'file' as const, s: JSON.stringify(j) })),
			fc.constantFrom(...keys).map((k) => {
				const copy: Record<string, unknown> = { ...assignment };
				delete copy[k];
				return { kind: 'file' as const, s: JSON.stringify(copy) };
			}),
			fc
				.tuple(
					fc.constantFrom(...keys),
					fc.oneof(fc.constant(null), fc.integer({ min: -9, max: -1 }), fc.object(), fc.constant('x'.repeat(3000)))
				)
				.map(([k, value]) => ({ kind: 'file' as const, s: JSON.stringify({ ...assignment, [k]: value }) })),
			fc.integer({ min: 1, max: code.length - 4 }).map((n) => ({ kind: 'code' as const, s: code.slice(0, n) })),
			fc.string({ minLength: 1 }).map((s) => ({ kind: 'code' as const, s }))
		);
		await fc.assert(
			fc.asyncProperty(malformed, async (input) => {
				let accepted: Assignment | undefined;
				try {
					accepted = input.kind === 'file' ? readAssignmentFile(input.s) : readAssignmentCode(input.s);
				} catch (e) {
					expect(e).toBeInstanceOf(ImportError);
				}
				// Only an accepted assignment is ever written; none may be accepted here.
				if (accepted) await acceptAssignment(store, accepted, 'x', new Date());
				expect(accepted).toBeUndefined();
				expect(JSON.stringify([...store.data.entries()])).toBe(before);
			}),
			{ numRuns: 1200, seed: 20261122 }
		);
	});
});

describe('verifying many packages with one engine', () => {
	it('gives the same verdicts as fresh replays, in any order', async () => {
		const { StoryEngine } = await import('../engine/story-engine.ts');
		const engine = new StoryEngine(json);
		const edited = { ...pkg, scores: { ...pkg.scores, total: 1 } };
		const other = { ...pkg, choices: [2, 0, 1, 0, 1], scores: claimedScores(scoreRun(json, [2, 0, 1, 0, 1])) };
		for (const p of [pkg, edited, other, pkg, other]) {
			expect(verifyResult(p, engine)).toEqual(verifyResult(p, json));
		}
		expect(verifyResult(other, engine).verdict).toBe('verified');
		expect(verifyResult(edited, engine).verdict).toBe('mismatch');
	});
});
