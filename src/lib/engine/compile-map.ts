/**
 * Exact source lines for what the audit finds, from the debug metadata the
 * compiler attaches to every runtime object it builds (the JSON drops it).
 * Searching the source for a choice's text found the first line with the same
 * text, so a line repeated in a story pointed at the wrong place.
 */

/** Paths as the runtime names them (a choice's `sourcePath`, a knot `k` or stitch `k.s`) → 1-based line. */
export interface SourceMap {
	at: Record<string, number>;
	/** Every line of text the story can show: its container's path, line and text. */
	text: { path: string; line: number; text: string }[];
}

/** The parts of an inkjs runtime object read here (its classes are not exported by name). */
interface RuntimeObject {
	path: { toString(): string };
	ownDebugMetadata: { startLineNumber: number } | null;
	content?: RuntimeObject[];
	namedOnlyContent?: Map<string, RuntimeObject> | null;
	name?: string | null;
	pathOnChoice?: unknown;
	hasCondition?: boolean;
	value?: unknown;
	isNewline?: boolean;
}

const parentOf = (path: string) => path.split('.').slice(0, -1).join('.');

export function sourceMapOf(root: unknown): SourceMap {
	const map: SourceMap = { at: {}, text: [] };
	const seen = new Set<RuntimeObject>();
	const walk = (o: RuntimeObject) => {
		if (seen.has(o)) return;
		seen.add(o);
		const line = o.ownDebugMetadata?.startLineNumber;
		const isContainer = Array.isArray(o.content);
		if (line) {
			if (isContainer && o.name && !/^\d+$/.test(o.name)) map.at[o.path.toString()] = line;
			else if ('hasCondition' in o && 'pathOnChoice' in o) map.at[o.path.toString()] = line;
			else if (typeof o.value === 'string' && !o.isNewline && o.value.trim())
				map.text.push({ path: parentOf(o.path.toString()), line, text: o.value.trim() });
		}
		for (const c of o.content ?? []) walk(c);
		for (const c of o.namedOnlyContent?.values() ?? []) walk(c);
	};
	walk(root as RuntimeObject);
	return map;
}

/** The line of the innermost named container (stitch, then knot) that holds `path`, e.g. a loop's `k.s.3`. */
export function lineOfPlace(map: SourceMap | undefined, path: string): number | undefined {
	if (!map) return undefined;
	for (let p = path; p; p = parentOf(p)) if (map.at[p]) return map.at[p];
	return undefined;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Where a line of text shown in `where` (a knot or stitch) was written. A line
 * repeated word for word is told apart by its tag (`tag`, e.g. the
 * `reaction:sleepy` a problem is about), which sits on the same source line;
 * then the copy inside `where` wins, then the first anywhere.
 */
export function textAt(map: SourceMap | undefined, text: string, where?: string, tag?: string): { line: number; path: string } | undefined {
	if (!map || !text) return undefined;
	let hits = map.text.filter((t) => t.text === text);
	if (!hits.length) hits = map.text.filter((t) => text.includes(t.text) && t.text.length > 1);
	if (tag && hits.length > 1) {
		const withTag = hits.filter((h) => map.text.some((t) => t.line === h.line && squash(t.text) === squash(tag)));
		if (withTag.length) hits = withTag;
	}
	const inside = where ? hits.find((t) => t.path === where || t.path.startsWith(`${where}.`)) : undefined;
	return inside ?? hits[0];
}
