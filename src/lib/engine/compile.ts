/**
 * The ink compiler, for build time (Vite plugin, scripts, tests) and for the
 * authoring page's lazy chunk only: it imports `inkjs/full`, which must never
 * reach the player's bundle.
 */
import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/full';

export interface CompileMessage {
	level: 'error' | 'warning';
	/** 1-based line in the source, when the compiler named one. */
	line?: number;
	message: string;
	/** The offending source line, for display. */
	source?: string;
}

export interface CompileResult {
	json?: string;
	errors: CompileMessage[];
	warnings: CompileMessage[];
}

const LINE = /line (\d+):\s*(.*)$/s;

export function compileInk(source: string, filename = 'story.ink'): CompileResult {
	const lines = source.split(/\r?\n/);
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
	// Only the one file is known: an INCLUDE of anything else is reported as an error.
	const files = new JsonFileHandler({ [filename]: source });
	const compiler = new Compiler(source, new CompilerOptions(filename, [], false, onMessage, files));
	try {
		const story = compiler.Compile();
		if (errors.length) return { errors, warnings };
		return { json: story.ToJson() ?? undefined, errors, warnings };
	} catch (e) {
		if (!errors.length) errors.push({ level: 'error', message: e instanceof Error ? e.message : String(e) });
		return { errors, warnings };
	}
}
