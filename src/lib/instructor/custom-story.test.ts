import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileInk } from '../engine/compile.ts';
import {
	CustomStoryError,
	checkInkSource,
	type InkCheck,
	checkInkText,
	readInkBytes,
	recordProblem,
	storyHash,
	toCustomStory
} from './custom-story.ts';
import { LIMITS } from './limits.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/author/${name}.ink`, 'utf8');
const VALID = fixture('valid');
const BROKEN = fixture('broken');
const XSS = fixture('xss');

/** Replaces the first occurrence of `from` on line `line` (1-based) of the valid story. */
function editLine(line: number, from: string | RegExp, to: string): string {
	const lines = VALID.split('\n');
	const edited = lines[line - 1].replace(from, to);
	if (edited === lines[line - 1]) throw new Error(`line ${line} has no ${from}`);
	lines[line - 1] = edited;
	return lines.join('\n');
}
const lineOf = (needle: string) => VALID.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** The example's best path closes with no evaluation and no follow-up (rules 2): two warnings every check of it carries. */
const BEST_PATH = 'best-path-order';
const besides = (c: InkCheck) => c.issues.filter((i) => i.code !== BEST_PATH);

describe('checkInkSource', () => {
	it('accepts the valid example, warning only that its best path breaks the casework order, and reports its shape', () => {
		const c = checkInkSource(VALID, compileInk);
		expect(c.errors).toEqual([]);
		const closing = lineOf('我们一起回顾一下这个月的变化');
		expect(c.issues.map((i) => [i.level, i.code, i.line, i.where])).toEqual([
			['warning', BEST_PATH, closing, 'closing'],
			['warning', BEST_PATH, closing, 'closing']
		]);
		expect(c.issues[0].message).toMatch(/^Decision 4 on the best path, .*closes the case with no evaluation choice before it/);
		expect(c.issues[1].message).toMatch(/without a follow-up choice/);
		expect(c).toMatchObject({ accepted: true, playable: true, unscored: false, title: '失业的陈先生', lang: 'zh-CN' });
		expect(c.cast).toEqual({ chen: '陈先生', worker: '社工（你）' });
		expect(c.stats).toMatchObject({
			decisions: { min: 1, max: 4 },
			endings: [
				{ kind: 'dropped-out', minDecisions: 1, maxDecisions: 1 },
				{ kind: 'premature-close', minDecisions: 3, maxDecisions: 4 },
				{ kind: 'well-closed', minDecisions: 4, maxDecisions: 4 }
			],
			techniquesWell: ['listening', 'empathy', 'summarising', 'suggestion'],
			techniquesMisused: ['encouragement', 'clarification', 'advice']
		});
		expect(JSON.parse(c.json!).inkVersion).toBeGreaterThan(0);
	});

	it('names the line and quotes the offending source of a compile error', () => {
		const c = checkInkSource(BROKEN, compileInk);
		expect(c.accepted).toBe(false);
		expect(c.json).toBeUndefined();
		expect(c.errors).toEqual([{ level: 'error', line: 12, message: "Divert target not found: '-> assesment'", source: '  -> assesment' }]);
	});

	it('lists contract problems from the all-paths audit, with line numbers and source', () => {
		const noQuality = lineOf('#technique:empathy');
		const c = checkInkSource(editLine(noQuality, ' #quality:best', ''), compileInk);
		expect(c.json).toBeDefined();
		expect(c.accepted).toBe(false);
		expect(c.playable).toBe(true);
		expect(besides(c)).toEqual([
			expect.objectContaining({ level: 'error', code: 'missing-quality', line: noQuality, where: 'assessment' })
		]);
		expect(besides(c)[0].source).toContain('投了那么多都没有回音');

		const tech = checkInkSource(editLine(noQuality, '#technique:empathy', '#technique:hugging'), compileInk);
		expect(besides(tech)).toEqual([expect.objectContaining({ level: 'error', code: 'unknown-value', line: noQuality })]);

		const ending = lineOf('#ending:dropped-out');
		const noEnding = checkInkSource(editLine(ending, ' #ending:dropped-out', ''), compileInk);
		expect(besides(noEnding).map((i) => i.code)).toEqual(['no-ending']);
		expect(besides(noEnding)[0].line).toBe(lineOf('我帮您报一个再就业培训班吧'));
	});

	it('requires a language a record can carry and a title that fits', () => {
		const fr = checkInkSource(VALID.replace('# lang: zh-CN', '# lang: fr'), compileInk);
		expect(besides(fr)).toEqual([expect.objectContaining({ level: 'error', code: 'lang-unsupported' })]);
		expect(fr.accepted).toBe(false);
		const long = checkInkSource(VALID.replace('# title: 失业的陈先生', `# title: ${'长'.repeat(121)}`), compileInk);
		expect(besides(long).map((i) => i.code)).toEqual(['title-too-long']);
		expect(checkInkSource(VALID.replace('# lang: zh-CN', '# lang: ZH-cn'), compileInk).accepted).toBe(true);
	});

	it('keeps markup in the story as plain data (rendering it as text is the page’s job)', () => {
		const c = checkInkSource(XSS, compileInk);
		expect(c.accepted).toBe(true);
		expect(c.title).toBe("<img src=x onerror=alert('title')> XSS 测试");
		expect(besides(c)).toEqual([
			expect.objectContaining({
				level: 'warning',
				code: 'no-feedback',
				line: 15,
				source: "+ [<svg onload=alert('svg')></svg> #phase:intake #quality:weak]"
			})
		]);
	});

	it('refuses empty, oversized and binary input before compiling', () => {
		const compile = () => {
			throw new Error('must not compile');
		};
		expect(checkInkSource('', compile).problem).toEqual({ code: 'empty' });
		expect(checkInkSource(' \n\t\uFEFF', compile).problem).toEqual({ code: 'empty' });
		expect(checkInkSource(`${VALID}\u0000`, compile).problem).toEqual({ code: 'binary' });
		expect(checkInkSource('x'.repeat(LIMITS.inkBytes + 1), compile).problem).toEqual({
			code: 'too-large',
			bytes: LIMITS.inkBytes + 1,
			limit: LIMITS.inkBytes
		});
	});
});

describe('input checks', () => {
	it('measures the limit in UTF-8 bytes, not characters', () => {
		const cjk = '陈'.repeat(Math.floor(LIMITS.inkBytes / 3) + 1);
		expect(cjk.length).toBeLessThan(LIMITS.inkBytes);
		expect(checkInkText(cjk)).toMatchObject({ code: 'too-large' });
		expect(checkInkText('陈'.repeat(Math.floor(LIMITS.inkBytes / 3)))).toBeNull();
	});

	it('reads UTF-8 files, drops a byte-order mark, and calls anything else binary', () => {
		const enc = new TextEncoder();
		expect(readInkBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('你好')]))).toEqual({ source: '你好' });
		expect(readInkBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({ problem: { code: 'binary' } });
		// UTF-16 text: valid UTF-8 byte by byte, but full of NULs.
		expect(readInkBytes(new Uint8Array([0x23, 0x00, 0x20, 0x00, 0x74, 0x00]))).toEqual({ problem: { code: 'binary' } });
		expect(readInkBytes(new Uint8Array(0))).toEqual({ problem: { code: 'empty' } });
		expect(readInkBytes(new Uint8Array(LIMITS.inkBytes + 1).fill(0x61))).toEqual({
			problem: { code: 'too-large', bytes: LIMITS.inkBytes + 1, limit: LIMITS.inkBytes }
		});
	});
});

describe('CustomStory records', () => {
	const json = checkInkSource(VALID, compileInk).json!;

	it('hash the compiled JSON like the built-in stories: sha256, first 16 hex digits', async () => {
		expect(await storyHash(json)).toBe(createHash('sha256').update(json).digest('hex').slice(0, 16));
	});

	it('take the title from "# title:" and the locale from "# lang:"', async () => {
		const hash = await storyHash(json);
		const s = toCustomStory(json, hash);
		expect(s).toEqual({ id: `custom-${hash}`, title: '失业的陈先生', locale: 'zh-CN', hash, json });
		expect(() => toCustomStory(json, 'not-a-hash')).toThrow(CustomStoryError);
		const en = checkInkSource(XSS, compileInk).json!;
		expect(toCustomStory(en, await storyHash(en)).locale).toBe('en');
	});

	it('are sound only when id, hash and story agree', async () => {
		const s = toCustomStory(json, await storyHash(json));
		expect(await recordProblem(s)).toBeNull();
		expect(await recordProblem({ ...s, id: 'custom-0123456789abcdef' })).toMatch(/does not match hash/);
		expect(await recordProblem({ ...s, json: json + ' ' })).toMatch(/does not match its hash/);
	});

	it('refuse a story without a usable language or title', async () => {
		const noLang = compileInk(VALID.replace('# lang: zh-CN\n', ''), 'x.ink').json!;
		expect(() => toCustomStory(noLang, '0123456789abcdef')).toThrow(/no "# lang:"/);
		const fr = compileInk(VALID.replace('# lang: zh-CN', '# lang: fr'), 'x.ink').json!;
		expect(() => toCustomStory(fr, '0123456789abcdef')).toThrow(/must be zh-CN or en/);
		const noTitle = compileInk(VALID.replace('# title: 失业的陈先生\n', ''), 'x.ink').json!;
		expect(() => toCustomStory(noTitle, '0123456789abcdef')).toThrow(/no "# title:"/);
		expect(() => toCustomStory('{"nope":1}', '0123456789abcdef')).toThrow(/Not a compiled ink story/);
	});
});

describe('reading file bytes (property)', () => {
	it('reads no malformed file bytes as ink', () => {
		const notUtf8 = fc
			.tuple(fc.uint8Array({ maxLength: 200 }), fc.nat(), fc.constantFrom(0x00, 0xff, 0xfe, 0xc0))
			.map(([bytes, at, bad]) => {
				const i = at % (bytes.length + 1);
				return new Uint8Array([...bytes.slice(0, i), bad, ...bytes.slice(i)]);
			});
		fc.assert(
			fc.property(notUtf8, (bytes) => {
				expect(readInkBytes(bytes)).toHaveProperty('problem');
			}),
			{ numRuns: 1000, seed: 20261122 }
		);
	});
});
