import { describe, expect, it } from 'vitest';
import { scoreRun } from '../scoring/index.ts';
import { assignmentCode, assignmentFile, readAssignmentCode, readAssignmentFile, ImportError } from './assignment.ts';
import { decodeCompact, encodeCompact, CodecError } from './codec.ts';
import { csvCell, toCsv } from './csv.ts';
import { assignment, choices, json, pkg, result } from './fixtures.test-helpers.ts';
import { claimedScores, readResultCode, readResultFile, resultCode, resultFile } from './result.ts';
import { verifyResult } from './verify.ts';
import { isoDuration, statementsFor, uuidV5 } from './xapi.ts';

function randomText(n: number): string {
	let s = '';
	let x = 7;
	for (let i = 0; i < n; i++) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		s += String.fromCharCode(0x4e00 + (x % 2000));
	}
	return s;
}

describe('codec', () => {
	it('round-trips JSON through a URL-safe code', () => {
		const code = encodeCompact({ a: '王阿姨', b: [1, 2, 3] });
		expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeCompact(code, { maxChars: 1000, maxBytes: 1000 })).toEqual({ a: '王阿姨', b: [1, 2, 3] });
	});
	it('refuses a code that would inflate past the limit (a zip bomb)', () => {
		const bomb = encodeCompact({ x: 'a'.repeat(100_000) });
		expect(bomb.length).toBeLessThan(500);
		expect(() => decodeCompact(bomb, { maxChars: 1000, maxBytes: 10_000 })).toThrow(
			expect.objectContaining({ problem: { code: 'too-large', max: 10_000 } })
		);
	});
	it('names each kind of damage', () => {
		const lim = { maxChars: 100, maxBytes: 1000 };
		const problem = (text: string) => {
			try {
				decodeCompact(text, lim);
			} catch (e) {
				expect(e).toBeInstanceOf(CodecError);
				return (e as CodecError).problem;
			}
			throw new Error('decoded');
		};
		expect(problem('a'.repeat(101))).toEqual({ code: 'too-long', max: 100 });
		expect(problem('not base64!')).toEqual({ code: 'bad-characters' });
		expect(problem('AAAA')).toEqual({ code: 'damaged' });
		expect(problem('   ')).toEqual({ code: 'empty' });
		// One character short of a whole code: cut off, not foreign characters.
		let code = '';
		for (let n = 0; code.length % 4 !== 2; n++) code = encodeCompact({ n, pad: 'x'.repeat(n) });
		expect(problem(code.slice(0, -1))).toEqual({ code: 'incomplete' });
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
		expect(() => readAssignmentFile(JSON.stringify({ ...assignment, scenarios: [], quizTopics: [] }))).toThrow(
			expect.objectContaining({ problem: { code: 'no-work' } })
		);
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
		expect(() => readResultCode('hello')).toThrow(expect.objectContaining({ problem: { code: 'not-result-code' } }));
		// The prefix alone is an empty code, not one that "expands to more than" anything.
		expect(() => readResultCode('CWR1.')).toThrow(expect.objectContaining({ problem: { code: 'empty' } }));
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
	it('makes one completed statement and one answered statement per decision', async () => {
		const s = await statementsFor(pkg, result, 'https://trainer.example', '测试小案例', 60);
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
	it('gives stable statement ids: the same attempt exported twice yields the same ids, another attempt other ids', async () => {
		const once = await statementsFor(pkg, result, 'https://trainer.example', '测试小案例', 60);
		const twice = await statementsFor(pkg, result, 'https://another.example', 'Mini', 60);
		expect(twice.map((x) => x.id)).toEqual(once.map((x) => x.id));
		expect(new Set(once.map((x) => x.id)).size).toBe(once.length);
		for (const id of once.map((x) => x.id)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		const other = await statementsFor(
			{ ...pkg, startedAt: '2026-11-22T09:01:00.000Z' },
			result,
			'https://trainer.example',
			'测试小案例',
			60
		);
		expect(other[0].id).not.toBe(once[0].id);
	});
	it('judges success against the pass mark, and speaks the story’s language', async () => {
		const [passed] = await statementsFor(pkg, result, 'https://trainer.example', 'Mini', result.total);
		const [failed] = await statementsFor(pkg, result, 'https://trainer.example', 'Mini', result.total + 1);
		expect([passed.result.success, failed.result.success]).toEqual([true, false]);
		expect(passed.context.language).toBe('zh-CN');
		const [en] = await statementsFor({ ...pkg, locale: 'en' }, result, 'https://trainer.example', 'Mini', 60);
		expect(en.context.language).toBe('en');
		expect(en.object.definition.name).toEqual({ en: 'Mini' });
	});
	it('matches the RFC 4122 version 5 test vector', async () => {
		// Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
		expect(await uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
	});
	it('writes ISO 8601 durations', () => {
		expect(isoDuration(0)).toBe('PT0S');
		expect(isoDuration(3_723_000)).toBe('PT1H2M3S');
		expect(isoDuration(NaN)).toBe('PT0S');
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
