/**
 * Instructors' own stories: checking an .ink source (input limits, compile,
 * the all-paths audit), turning the compiled story into a `CustomStory`
 * record, and the shape that record is saved in. Pure: storing it is
 * progress/custom-stories.ts's job.
 *
 * The ink compiler is passed in (`compile`), never imported here: this module
 * is also used by pages that must not download the compiler, and a static
 * import would pull it into their bundles. Only type imports of compile.ts
 * appear below, and those vanish at build time.
 */
import * as v from 'valibot';
import type { TechniqueId } from '../domain/casework.ts';
import { auditStory, type AuditProgress, type AuditReport } from '../engine/audit.ts';
import type { CompileMessage, CompileResult } from '../engine/compile.ts';
import { StoryEngine } from '../engine/story-engine.ts';
import { CustomStorySchema, firstIssue, type CustomStory } from './assignment.ts';
import { LIMITS } from './limits.ts';

/** The record id of the story with this hash: `custom-<hash>`. */
export const customStoryId = (hash: string): string => `custom-${hash}`;

/** Thrown when a record cannot be made or stored; the message says why. */
export class CustomStoryError extends Error {
	override name = 'CustomStoryError';
}

// ---------------------------------------------------------------- input

/** Why an input was refused before compiling. */
export type InputProblem = { code: 'empty' } | { code: 'too-large'; bytes: number; limit: number } | { code: 'binary' };

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

// NUL and the C0 controls other than tab, newline, form feed and carriage
// return never occur in a text file an editor wrote; they mean binary data.
// eslint-disable-next-line no-control-regex
const BINARY_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/**
 * Checks pasted (or already decoded) ink text: empty, over `LIMITS.inkBytes`
 * once UTF-8 encoded, or holding control characters that only binary data has.
 * @returns the problem, or null when the text may be compiled.
 */
export function checkInkText(text: string): InputProblem | null {
	const bytes = utf8Length(text);
	if (bytes > LIMITS.inkBytes) return { code: 'too-large', bytes, limit: LIMITS.inkBytes };
	if (!text.replace(/^\uFEFF/, '').trim()) return { code: 'empty' };
	if (BINARY_CHARS.test(text)) return { code: 'binary' };
	return null;
}

/**
 * Reads the bytes of a loaded file as ink source: strict UTF-8 (a byte
 * sequence that is not UTF-8 is binary, or a text file in another encoding),
 * a leading byte-order mark dropped, then the same checks as `checkInkText`.
 */
export function readInkBytes(bytes: Uint8Array): { source: string } | { problem: InputProblem } {
	if (bytes.length > LIMITS.inkBytes) return { problem: { code: 'too-large', bytes: bytes.length, limit: LIMITS.inkBytes } };
	let text: string;
	try {
		// ignoreBOM: false (the default) strips a leading BOM.
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { problem: { code: 'binary' } };
	}
	const problem = checkInkText(text);
	return problem ? { problem } : { source: text };
}

// ---------------------------------------------------------------- checking

/** One row of the contract check: a compiler warning or an audit issue. */
export interface CheckIssue {
	level: 'error' | 'warning' | 'info';
	/** The audit's issue code, or `compile-warning`, `lang-unsupported`, `title-too-long`, `json-too-large`, `audit-failed`. */
	code: string;
	message: string;
	/** Knot (and stitch) where it happens, when known. */
	where?: string;
	/** 1-based line in the source, when known. */
	line?: number;
	/** The source line itself, for display. */
	source?: string;
}

/** What the authoring page shows about a story that compiled. */
export interface StoryStats {
	/** Fewest and most decisions on a playthrough. */
	decisions: { min: number; max: number };
	endings: { kind: string; minDecisions: number; maxDecisions: number }[];
	techniquesWell: TechniqueId[];
	techniquesMisused: TechniqueId[];
	/** Distinct decision states the audit explored. */
	states: number;
	/** Set when not every path was walked: the decision and ending figures then come from this many random playthroughs. */
	sampled?: number;
	/** Why the walk stopped early: too many states, or the time limit. */
	stopped?: 'states' | 'time';
	/** The time limit it stopped at, in seconds. */
	seconds?: number;
}

/** The result of checking one source. */
export interface InkCheck {
	/** Set when the input was refused before compiling. */
	problem?: InputProblem;
	/** Compile errors, each with its line and the offending source line when the compiler named one. */
	errors: CompileMessage[];
	/** Compiler warnings and contract problems found by the all-paths audit, source order. */
	issues: CheckIssue[];
	/** The compiled story, when it compiled. */
	json?: string;
	title?: string;
	lang?: string;
	cast: Record<string, string>;
	stats?: StoryStats;
	/** Compiled, and neither compile errors nor error-level issues: it may be saved and assigned. */
	accepted: boolean;
	/** Compiled and starts without a runtime error: it may be played. */
	playable: boolean;
	/** No choice carries our tags: it is played as it is, with no score or ratings. */
	unscored: boolean;
}

/** How a check runs: the compiler's file name, and the audit's bounds and progress reports. */
export interface CheckOptions {
	filename?: string;
	maxStates?: number;
	/** Stop the all-paths walk after this long and report what was found. */
	timeLimitMs?: number;
	onProgress?: (p: AuditProgress) => void;
	now?: () => number;
}

/** The compiler, injected: `compileInk` from `$lib/engine/compile` (Node, tests, or the authoring page's worker). */
export type CompileFn = (source: string, filename: string) => CompileResult;

const LOCALES = { 'zh-cn': 'zh-CN', en: 'en' } as const satisfies Record<string, CustomStory['locale']>;
const TITLE_MAX = 120;

/** `# lang:` as a record locale; authors may write `zh-cn` or `EN`. */
function localeOf(lang: string): CustomStory['locale'] | undefined {
	return LOCALES[lang.trim().toLowerCase() as keyof typeof LOCALES];
}

/**
 * Checks one ink source end to end: the input limits, the compiler, then the
 * same all-paths audit the built-in cases pass, plus what a `CustomStory`
 * needs (a supported `# lang:`, a title that fits, JSON within the limit).
 * Pure apart from the injected compiler; never throws.
 */
export function checkInkSource(source: string, compile: CompileFn, options: CheckOptions = {}): InkCheck {
	const out: InkCheck = { errors: [], issues: [], cast: {}, accepted: false, playable: false, unscored: false };
	const problem = checkInkText(source);
	if (problem) return { ...out, problem };
	source = source.replace(/^\uFEFF/, '');
	const lines = source.split(/\r?\n/);

	let compiled: CompileResult;
	try {
		compiled = compile(source, options.filename ?? 'story.ink');
	} catch (e) {
		// compileInk catches the compiler's own failures; this is the last line of defence.
		return { ...out, errors: [{ level: 'error', message: e instanceof Error ? e.message : String(e) }] };
	}
	out.errors = compiled.errors;
	const issues: CheckIssue[] = compiled.warnings.map((w) => ({
		level: 'warning',
		code: 'compile-warning',
		message: w.message,
		line: w.line
	}));
	if (!compiled.json || compiled.errors.length) {
		out.issues = withSource(issues, lines);
		return out;
	}
	out.json = compiled.json;

	let report: AuditReport;
	try {
		report = auditStory(compiled.json, {
			source,
			map: compiled.map,
			maxStates: options.maxStates,
			timeLimitMs: options.timeLimitMs,
			onProgress: options.onProgress,
			now: options.now
		});
	} catch (e) {
		issues.push({ level: 'error', code: 'audit-failed', message: e instanceof Error ? e.message : String(e) });
		out.issues = withSource(issues, lines);
		return out;
	}
	issues.push(...report.issues);
	const g = report.globals;
	out.title = g.title;
	out.lang = g.lang;
	out.cast = g.cast;
	if (g.lang && !localeOf(g.lang))
		issues.push({ level: 'error', code: 'lang-unsupported', message: `"# lang: ${g.lang}" must be zh-CN or en` });
	if (g.title.length > TITLE_MAX)
		issues.push({
			level: 'error',
			code: 'title-too-long',
			message: `"# title:" has ${g.title.length} characters; at most ${TITLE_MAX} fit`
		});
	if (compiled.json.length > LIMITS.jsonBytes)
		issues.push({ level: 'error', code: 'json-too-large', message: `The compiled story is larger than ${LIMITS.jsonBytes / 1e6} MB` });
	out.stats = {
		decisions: { min: report.minDecisions, max: report.maxDecisions },
		endings: Object.entries(report.endings)
			.map(([kind, e]) => ({ kind, ...e }))
			.sort((a, b) => a.minDecisions - b.minDecisions || a.kind.localeCompare(b.kind)),
		techniquesWell: report.techniquesWell,
		techniquesMisused: report.techniquesMisused,
		states: report.states,
		...(report.sampled !== undefined ? { sampled: report.sampled } : {}),
		...(report.stopped ? { stopped: report.stopped } : {}),
		...(report.stopped === 'time' ? { seconds: Math.round((options.timeLimitMs ?? 0) / 1000) } : {})
	};
	out.unscored = report.unscored;
	out.issues = withSource(issues, lines);
	out.playable = !report.issues.some((i) => i.code === 'load' || i.code === 'runtime' || i.code === 'loop');
	out.accepted = !out.issues.some((i) => i.level === 'error');
	return out;
}

/** Attaches the source line to each issue that names one; issues with a line come first, in line order. */
function withSource(issues: CheckIssue[], lines: string[]): CheckIssue[] {
	return issues
		.map((i) => (i.line && lines[i.line - 1] !== undefined ? { ...i, source: lines[i.line - 1] } : i))
		.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

// ---------------------------------------------------------------- records

/**
 * sha256 of the compiled JSON, first 16 hex digits: the same version hash as
 * the built-in stories carry (scripts/vite-plugin-ink.ts), via Web Crypto.
 * @throws CustomStoryError where Web Crypto is missing (a page not served over https or localhost).
 */
export async function storyHash(json: string): Promise<string> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) throw new CustomStoryError('This browser cannot compute the story version here (Web Crypto needs https)');
	const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(json)));
	return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Turns a compiled story into the record an assignment carries: title from
 * `# title:`, locale from `# lang:`, id `custom-<hash>`. Pure.
 * @param json the compiled story (`compileInk(...).json`)
 * @param hash `storyHash(json)`
 * @throws CustomStoryError when the story has no usable title or language, or does not fit the record.
 */
export function toCustomStory(json: string, hash: string): CustomStory {
	let globals;
	try {
		globals = new StoryEngine(json).globals;
	} catch (e) {
		throw new CustomStoryError(`Not a compiled ink story: ${e instanceof Error ? e.message : String(e)}`);
	}
	const locale = localeOf(globals.lang);
	if (!globals.title) throw new CustomStoryError('The story has no "# title:" tag');
	if (!locale)
		throw new CustomStoryError(globals.lang ? `"# lang: ${globals.lang}" must be zh-CN or en` : 'The story has no "# lang:" tag');
	const parsed = v.safeParse(CustomStorySchema, { id: customStoryId(hash), title: globals.title, locale, hash, json });
	if (!parsed.success) throw new CustomStoryError(`Not a valid story record (${firstIssue(parsed.issues)})`);
	return parsed.output;
}

/** What is kept under `instructor:story:<hash>`: the record, versioned, with when it was saved and (optionally) its source. */
export const StoredStorySchema = v.object({
	v: v.literal(1),
	...CustomStorySchema.entries,
	savedAt: v.pipe(v.string(), v.isoTimestamp()),
	/** The .ink source, so the author can reopen it for editing. */
	source: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.inkBytes)))
});

/** A saved story as the authoring page lists it. */
export interface SavedStory {
	story: CustomStory;
	savedAt: string;
	source?: string;
}

/** Checks a record against its own id and hash; the reason, or null when it is sound. */
export async function recordProblem(record: Pick<CustomStory, 'id' | 'hash' | 'json'>): Promise<string | null> {
	if (record.id !== customStoryId(record.hash)) return `id ${record.id} does not match hash ${record.hash}`;
	if ((await storyHash(record.json)) !== record.hash) return 'the story does not match its hash (damaged or edited)';
	return null;
}
