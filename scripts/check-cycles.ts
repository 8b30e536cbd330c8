/**
 * Fails (exit 1) when source modules import each other in a cycle, type-only
 * imports included (they still tie the two modules' designs together). Part
 * of `npm run lint`; `$lib/` resolves to src/lib/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = /\.(ts|js|svelte)$/;
const IMPORT =
	/(?:^|[\s;])(?:import|export)\s+[\s\S]*?\s*from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
const EXTENSIONS = ['', '.ts', '.js', '.svelte', '.svelte.ts', '/index.ts', '/index.js'];

function walk(dir: string, out: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path, out);
		} else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
	}
	return out;
}

/** Every module specifier one file imports or re-exports, statically or dynamically. */
export function importsOf(code: string): string[] {
	return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function resolveSpec(root: string, from: string, spec: string): string | undefined {
	let base: string;
	if (spec.startsWith('$lib/')) base = join(root, 'src/lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return undefined;
	for (const ext of EXTENSIONS) {
		const path = base + ext;
		if (existsSync(path) && statSync(path).isFile()) return path;
	}
	return undefined;
}

/** Every import cycle among the source files under `dirs` (relative to `root`), each as a list of paths. */
export function findCycles(root: string, dirs: string[]): string[][] {
	const files = dirs.filter((d) => existsSync(join(root, d))).flatMap((d) => walk(join(root, d)));
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const targets = importsOf(readFileSync(file, 'utf8'))
			.map((spec) => resolveSpec(root, file, spec))
			.filter((t): t is string => t !== undefined);
		graph.set(file, [...new Set(targets)]);
	}

	// Tarjan's strongly connected components: any component of two or more files (or a self-import) is a cycle.
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	let next = 0;
	const visit = (v: string) => {
		index.set(v, next);
		low.set(v, next++);
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) === index.get(v)) {
			const component: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				onStack.delete(w);
				component.push(w);
			} while (w !== v);
			if (component.length > 1 || graph.get(v)?.includes(v)) cycles.push(component.map((f) => relative(root, f)).sort());
		}
	};
	for (const file of graph.keys()) if (!index.has(file)) visit(file);
	return cycles;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const cycles = findCycles(process.cwd(), ['src', 'scripts', 'bench', 'tests']).map((c) => c.join(' ⇄ '));
	for (const cycle of cycles) console.error(`import cycle: ${cycle}`);
	if (cycles.length > 0) process.exit(1);
	console.log('no import cycles');
}
