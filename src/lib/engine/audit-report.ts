/** What the all-paths audit (audit.ts) finds in a story, and the shared shape of its findings. */
import type { TechniqueId } from '../domain/casework.ts';
import type { SourceMap } from './compile-map.ts';
import type { GlobalTags } from './tags.ts';

/** `info` says something the author should know that needs no change (an unscored story). */
export type AuditLevel = 'error' | 'warning' | 'info';

export interface AuditIssue {
	level: AuditLevel;
	code: string;
	message: string;
	/** Knot (and stitch) where it happens, when known. */
	where?: string;
	/** 1-based line in the .ink source, when the source was given. */
	line?: number;
}

export interface EndingStats {
	/** Fewest and most decisions on a path to this ending. */
	minDecisions: number;
	maxDecisions: number;
}

export interface AuditReport {
	issues: AuditIssue[];
	globals: GlobalTags;
	/** Distinct decision states explored. */
	states: number;
	/** The walk stopped before every state was seen: at the state bound or the time limit. */
	truncated: boolean;
	/** Why the walk stopped early, when it did. */
	stopped?: 'states' | 'time';
	/** Set when the decision and ending figures come from this many random playthroughs, not from every path. */
	sampled?: number;
	/** No choice carries #phase, #technique or #quality: the story can be played, but not scored. */
	unscored: boolean;
	/** The total of the path that takes the best option at every decision (undefined when unscored or not found). */
	bestPathTotal?: number;
	endings: Record<string, EndingStats>;
	/** Fewest and most decisions to any ending. */
	minDecisions: number;
	maxDecisions: number;
	/** Smallest and largest number of options at a decision. */
	minOptions: number;
	maxOptions: number;
	techniquesWell: TechniqueId[];
	techniquesMisused: TechniqueId[];
	/** How many distinct choices use each technique well (best or good). */
	wellCounts: Partial<Record<TechniqueId, number>>;
	/** Every distinct choice: sourcePath → normalised tags. Equal across locales. */
	skeleton: Map<string, string>;
	/** Every tag value seen, `key:value`, for coverage checks. */
	tagsSeen: Set<string>;
}

/** How far a running audit has got. */
export interface AuditProgress {
	/** Distinct decision states explored. */
	states: number;
	/** Distinct choices found. */
	decisions: number;
}

export interface AuditOptions {
	maxStates?: number;
	/** The .ink source, to point issues at line numbers when there is no `map`. */
	source?: string;
	/** The compiler's map of where things sit in the source (compileInk's `map`): exact line numbers. */
	map?: SourceMap;
	/** Stop walking after this many milliseconds, keeping what was found; sampling the rest may take a tenth more. */
	timeLimitMs?: number;
	/** Called about once a second while walking, and once at the end. */
	onProgress?: (p: AuditProgress) => void;
	/** The clock (`performance.now` by default); tests pass their own. */
	now?: () => number;
	/** Seed of the random playthroughs sampled when the walk stops early. */
	seed?: number;
}

/** A decision state's ways out: to another state, or to an ending. */
export type Edge = { to: string } | { ending: string | null };

/** The knot, or knot.stitch, a runtime path is in: `k.s.0.c-1.3` → `k.s`. */
export const placeOf = (path: string) =>
	path
		.split('.')
		.filter((p) => !/^\d+$/.test(p) && !/^[cg]-\d+$/.test(p))
		.join('.');

/** The knot a choice sits in, from its source path. */
export const knotOf = (sourcePath: string) => sourcePath.split('.').filter((p) => !/^\d+$/.test(p) && !p.startsWith('c-'))[0];
