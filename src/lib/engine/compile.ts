/**
 * The ink compiler, for build time (Vite plugin, scripts, tests) and for the
 * authoring page's lazy chunk only: it imports `inkjs/full`, which must never
 * reach the player's bundle.
 */
import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/full';
import { sourceMapOf, type SourceMap } from './compile-map.ts';

export type { SourceMap } from './compile-map.ts';

export interface CompileMessage {
	level: 'error' | 'warning';
	/** 1-based line in the source, when the compiler named one. */
	line?: number;
	message: string;
	/** The offending source line, for display. */
	source?: string;
	/** Set for problems the page words itself: `include` (an INCLUDE line). */
	code?: 'include';
}

export interface CompileResult {
	json?: string;
	errors: CompileMessage[];
	warnings: CompileMessage[];
	/** Where each choice, knot and line of text sits in the source, from the compiler's debug metadata. */
	map?: SourceMap;
}

const LINE = /line (\d+):\s*(.*)$/s;
const INCLUDE = /^\s*INCLUDE\b\s*(.*)$/;

/**
 * INCLUDE lines, as errors: only one file is ever given here (a paste or one
 * dropped file), so an included file can never be found, and the compiler's
 * own message for it names no line.
 */
function includes(lines: readonly string[]): CompileMessage[] {
	return lines.flatMap((text, i) => {
		const m = INCLUDE.exec(text);
		return m
			? [
					{
						level: 'error' as const,
						code: 'include' as const,
						line: i + 1,
						message: `INCLUDE ${m[1].trim()}: included files are not supported here; paste the whole story as one file`,
						source: text
					}
				]
			: [];
	});
}

export function compileInk(source: string, filename = 'story.ink'): CompileResult {
	const lines = source.split(/\r?\n/);
	const included = includes(lines);
	if (included.length) return { errors: included, warnings: [] };
	const errors: CompileMessage[] = [];
	const warnings: CompileMessage[] = [];
	const seen = new Set<string>();
	const onMessage = (raw: string, type: number) => {
		// type 2 = error, 1 = warning, 0 = an author's TODO (not a problem).
		if (type === 0 || seen.has(raw)) return;
		seen.add(raw);
		const m = LINE.exec(raw);
		const line = m ? Number(m[1]) : undefined;
		const entry: CompileMessage = {
			level: type === 2 ? 'error' : 'warning',
			line,
			message: (m ? m[2] : raw.replace(/^(ERROR|WARNING):\s*/, '')).trim(),
			source: line ? lines[line - 1] : undefined
		};
		(type === 2 ? errors : warnings).push(entry);
	};
	const files = new JsonFileHandler({ [filename]: source });
	const compiler = new Compiler(source, new CompilerOptions(filename, [], false, onMessage, files));
	try {
		const story = compiler.Compile();
		if (errors.length) return { errors, warnings };
		return { json: story.ToJson() ?? undefined, errors, warnings, map: sourceMapOf(story.mainContentContainer) };
	} catch (e) {
		if (!errors.length) errors.push({ level: 'error', message: e instanceof Error ? e.message : String(e) });
		return { errors, warnings };
	}
}
