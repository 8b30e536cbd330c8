/** What the all-paths audit (audit.ts) finds in a story, and the shared shape of its findings. */
import type { TechniqueId } from '../domain/casework.ts';
import type { GlobalTags } from './tags.ts';

export type AuditLevel = 'error' | 'warning';

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
	truncated: boolean;
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

export interface AuditOptions {
	maxStates?: number;
	/** The .ink source, to point issues at line numbers. */
	source?: string;
}

/** A decision state's ways out: to another state, or to an ending. */
export type Edge = { to: string } | { ending: string | null };

/** The knot a choice sits in, from its source path. */
export const knotOf = (sourcePath: string) => sourcePath.split('.').filter((p) => !/^\d+$/.test(p) && !p.startsWith('c-'))[0];
