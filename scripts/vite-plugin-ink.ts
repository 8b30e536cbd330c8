/**
 * Compiles `stories/<id>/<locale>.ink` with the real inkjs compiler when Vite
 * loads it, so a broken story fails `dev`, `build` and `test` at file:line.
 *   import json from '…/zh-CN.ink'        → the compiled story JSON (a string)
 *   import meta from '…/zh-CN.ink?meta'   → title, summary, skills… (no story text)
 * Built-in stories must also pass the all-paths audit.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { auditStory } from '../src/lib/engine/audit.ts';
import { compileInk } from '../src/lib/engine/compile.ts';
import { storyMeta } from '../src/lib/content/story-meta.ts';

interface Compiled {
	json: string;
	meta: ReturnType<typeof storyMeta>;
}

/**
 * The all-paths audit takes seconds per story; a story whose source and
 * checking code are unchanged is not audited again. The key covers every
 * source file of the folders the audit and the metadata are made from (the
 * engine, the scoring rules the best path is scored by, the tag vocabulary),
 * so changing any of them re-checks every story.
 */
const CACHE_DIR = 'node_modules/.cache/casework-ink';
const CHECKING_CODE = ['engine', 'scoring', 'domain', 'content'].flatMap((folder) => {
	const dir = fileURLToPath(new URL(`../src/lib/${folder}/`, import.meta.url));
	return readdirSync(dir)
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
		.sort()
		.map((f) => join(dir, f));
});

/** A built-in story walks in a few seconds; one that needs more than this is too large to ship. */
const AUDIT_TIME_LIMIT_MS = 120_000;

function cacheKey(source: string): string {
	const h = createHash('sha256').update(source);
	for (const f of CHECKING_CODE) h.update(readFileSync(f));
	return h.digest('hex');
}

function readDiskCache(key: string): Compiled | undefined {
	const file = join(CACHE_DIR, `${key}.json`);
	if (!existsSync(file)) return undefined;
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Compiled;
	} catch {
		return undefined;
	}
}

function writeDiskCache(key: string, compiled: Compiled) {
	try {
		mkdirSync(CACHE_DIR, { recursive: true });
		writeFileSync(join(CACHE_DIR, `${key}.json`), JSON.stringify(compiled));
	} catch {
		// A read-only tree only costs speed.
	}
}

export function ink(): Plugin {
	const cache = new Map<string, { source: string; compiled: Compiled }>();

	function compile(file: string, fail: (message: string, line?: number) => never): Compiled {
		const source = readFileSync(file, 'utf8');
		const hit = cache.get(file);
		if (hit && hit.source === source) return hit.compiled;
		const key = cacheKey(source + file);
		const stored = readDiskCache(key);
		if (stored) {
			cache.set(file, { source, compiled: stored });
			return stored;
		}
		const result = compileInk(source, basename(file));
		if (!result.json) {
			const first = result.errors[0];
			fail(`${file}:${first?.line ?? '?'} ${first?.message ?? 'ink compilation failed'}`, first?.line);
		}
		const json = result.json!;
		// A built-in story is walked in full; the limit only keeps a story too large to walk from stalling the build.
		const report = auditStory(json, { source, map: result.map, timeLimitMs: AUDIT_TIME_LIMIT_MS });
		// Built-in cases are scored and walked in full: what only warns an instructor stops the build here.
		const problems = report.issues.filter((i) => i.level === 'error' || ['too-many-states', 'time-limit', 'unscored'].includes(i.code));
		if (problems.length) {
			const first = problems[0];
			fail(
				`${file}:${first.line ?? '?'} ${first.message}` +
					(problems.length > 1 ? ` (+${problems.length - 1} more; run npx tsx scripts/audit-story.ts ${dirname(file)})` : ''),
				first.line
			);
		}
		const id = basename(dirname(file));
		const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
		const compiled = { json, meta: storyMeta(id, hash, report) };
		cache.set(file, { source, compiled });
		writeDiskCache(key, compiled);
		return compiled;
	}

	return {
		name: 'casework-ink',
		enforce: 'pre',
		load(id) {
			const [file, query] = id.split('?');
			if (!file.endsWith('.ink')) return null;
			this.addWatchFile(file);
			const compiled = compile(file, (message, line) =>
				this.error({ message, id: file, loc: line ? { file, line, column: 0 } : undefined })
			);
			if (query === 'meta') return `export default ${JSON.stringify(compiled.meta)};`;
			return { code: `export default ${JSON.stringify(compiled.json)};`, map: { mappings: '' } };
		}
	};
}
