/**
 * Compiles `stories/<id>/<locale>.ink` with the real inkjs compiler when Vite
 * loads it, so a broken story fails `dev`, `build` and `test` at file:line.
 *   import json from '…/zh-CN.ink'        → the compiled story JSON (a string)
 *   import meta from '…/zh-CN.ink?meta'   → title, summary, skills… (no story text)
 * Built-in stories must also pass the all-paths audit.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Plugin } from 'vite';
import { auditStory } from '../src/lib/engine/audit.ts';
import { compileInk } from '../src/lib/engine/compile.ts';
import { storyMeta } from '../src/lib/content/story-meta.ts';

interface Compiled {
	json: string;
	meta: ReturnType<typeof storyMeta>;
}

export function ink(): Plugin {
	const cache = new Map<string, { source: string; compiled: Compiled }>();

	function compile(file: string, fail: (message: string, line?: number) => never): Compiled {
		const source = readFileSync(file, 'utf8');
		const hit = cache.get(file);
		if (hit && hit.source === source) return hit.compiled;
		const result = compileInk(source, basename(file));
		if (!result.json) {
			const first = result.errors[0];
			fail(`${file}:${first?.line ?? '?'} ${first?.message ?? 'ink compilation failed'}`, first?.line);
		}
		const json = result.json!;
		const report = auditStory(json, { source });
		const problems = report.issues.filter((i) => i.level === 'error');
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
