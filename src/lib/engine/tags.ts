/**
 * Tag parsing for the scenario contract (docs/scenario-tags.md), plus the
 * tags this project adds (stories/AUTHORING.md). Every tag the app
 * understands is listed here:
 *
 * Global: `title` `summary` `minutes` `lang`, added `difficulty` (1–3), `cast` (`id=Name; id=Name`),
 *         `skills` (`empathy, focusing`: the techniques the case is built to train).
 * Choice: `phase:<id>` `technique:<id>` (≤ 2) `quality:<level>` `critical:<principle>` `pinned`,
 *         added `referral`, `close-reason:<id>` `close-form:<id>`.
 * Line:   `feedback` `phase:<id>` `speaker:<id>` `ending:<kind>`, added `reaction:<id>`,
 *         `close-reason:<id>` `close-form:<id>`.
 *
 * Whitespace after `#` and around `:` is allowed. Unknown keys are kept as
 * warnings (the contract may grow); unknown values of known keys are errors.
 */
import {
	CLOSE_FORMS,
	CLOSE_REASONS,
	REACTIONS,
	isPhase,
	isQuality,
	isTechnique,
	type CloseForm,
	type CloseReason,
	type PhaseId,
	type Quality,
	type Reaction,
	type TechniqueId
} from '../domain/casework.ts';

/** The principles a `#critical:<principle>` choice can breach. */
export const PRINCIPLES = [
	'confidentiality',
	'safety',
	'self-determination',
	'informed-consent',
	'boundaries',
	'non-discrimination'
] as const;
export type Principle = (typeof PRINCIPLES)[number];

export interface ParsedTag {
	key: string;
	/** null for flag tags such as `feedback`. */
	value: string | null;
}

export function parseTag(raw: string): ParsedTag {
	const text = raw.replace(/^\s*#?\s*/, '').trim();
	const colon = text.indexOf(':');
	if (colon < 0) return { key: text.toLowerCase(), value: null };
	return { key: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

/** A problem found while reading tags; the audit turns these into report rows. */
export interface TagProblem {
	code: 'unknown-value' | 'unknown-key' | 'too-many-techniques' | 'duplicate-key' | 'missing-value';
	tag: string;
}

export interface ChoiceTags {
	phase?: PhaseId;
	quality?: Quality;
	techniques: TechniqueId[];
	referral: boolean;
	/** The ethical or safety principle the choice breaches. */
	critical?: Principle;
	/** Keeps its written place when options are shuffled. */
	pinned?: boolean;
	closeReason?: CloseReason;
	closeForm?: CloseForm;
	problems: TagProblem[];
}

export interface LineTags {
	speaker?: string;
	feedback: boolean;
	phase?: PhaseId;
	ending?: string;
	reaction?: Reaction;
	closeReason?: CloseReason;
	closeForm?: CloseForm;
	problems: TagProblem[];
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function oneOf<T extends string>(list: readonly T[], v: string): v is T {
	return (list as readonly string[]).includes(v);
}

/** The closing tags that choices and lines share; false when `key` is not one of them. */
function readClosingTag(
	key: string,
	value: string | null,
	tag: string,
	out: { closeReason?: CloseReason; closeForm?: CloseForm; problems: TagProblem[] }
): boolean {
	if (key === 'close-reason') {
		if (value && oneOf(CLOSE_REASONS, value)) out.closeReason = value;
		else out.problems.push({ code: 'unknown-value', tag });
		return true;
	}
	if (key === 'close-form') {
		if (value && oneOf(CLOSE_FORMS, value)) out.closeForm = value;
		else out.problems.push({ code: 'unknown-value', tag });
		return true;
	}
	return false;
}

export function parseChoiceTags(raw: readonly string[]): ChoiceTags {
	const out: ChoiceTags = { techniques: [], referral: false, problems: [] };
	const seen = new Set<string>();
	for (const tag of raw) {
		const { key, value } = parseTag(tag);
		if (key !== 'technique' && seen.has(key)) out.problems.push({ code: 'duplicate-key', tag });
		seen.add(key);
		switch (key) {
			case 'phase':
				if (value && isPhase(value)) out.phase = value;
				else out.problems.push({ code: 'unknown-value', tag });
				break;
			case 'quality':
				if (value && isQuality(value)) out.quality = value;
				else out.problems.push({ code: 'unknown-value', tag });
				break;
			case 'technique':
				if (!value || !isTechnique(value)) out.problems.push({ code: 'unknown-value', tag });
				else if (out.techniques.includes(value)) out.problems.push({ code: 'duplicate-key', tag });
				else if (out.techniques.length >= 2) out.problems.push({ code: 'too-many-techniques', tag });
				else out.techniques.push(value);
				break;
			case 'referral':
				out.referral = true;
				break;
			case 'critical':
				if (value && oneOf(PRINCIPLES, value)) out.critical = value;
				else out.problems.push({ code: 'unknown-value', tag });
				break;
			case 'pinned':
				out.pinned = true;
				break;
			default:
				if (!readClosingTag(key, value, tag, out)) out.problems.push({ code: 'unknown-key', tag });
		}
	}
	return out;
}

export function parseLineTags(raw: readonly string[]): LineTags {
	const out: LineTags = { feedback: false, problems: [] };
	for (const tag of raw) {
		const { key, value } = parseTag(tag);
		switch (key) {
			case 'feedback':
				out.feedback = true;
				break;
			case 'speaker':
				if (value) out.speaker = value;
				else out.problems.push({ code: 'missing-value', tag });
				break;
			case 'phase':
				if (value && isPhase(value)) out.phase = value;
				else out.problems.push({ code: 'unknown-value', tag });
				break;
			case 'ending':
				if (value && KEBAB.test(value)) out.ending = value;
				else out.problems.push({ code: 'unknown-value', tag });
				break;
			case 'reaction':
				if (value && oneOf(REACTIONS, value)) out.reaction = value;
				else out.problems.push({ code: 'unknown-value', tag });
				break;
			default:
				if (!readClosingTag(key, value, tag, out)) out.problems.push({ code: 'unknown-key', tag });
		}
	}
	return out;
}

export interface GlobalTags {
	title: string;
	summary: string;
	minutes: number;
	lang: string;
	/** 1 introductory · 2 intermediate · 3 advanced. */
	difficulty: number;
	/** Speaker id → display name in this locale. */
	cast: Record<string, string>;
	/** The techniques the author built the case to train. */
	skills: TechniqueId[];
	problems: TagProblem[];
}

export function parseGlobalTags(raw: readonly string[]): GlobalTags {
	const out: GlobalTags = { title: '', summary: '', minutes: 0, lang: '', difficulty: 1, cast: {}, skills: [], problems: [] };
	for (const tag of raw) {
		const { key, value } = parseTag(tag);
		const v = value ?? '';
		switch (key) {
			case 'title':
				out.title = v;
				break;
			case 'summary':
				out.summary = v;
				break;
			case 'lang':
				out.lang = v;
				break;
			case 'minutes':
			case 'difficulty': {
				const n = Number(v);
				if (Number.isInteger(n) && n > 0) out[key] = n;
				else out.problems.push({ code: 'unknown-value', tag });
				break;
			}
			case 'cast':
				for (const pair of v.split(';')) {
					const eq = pair.indexOf('=');
					if (eq < 1) {
						if (pair.trim()) out.problems.push({ code: 'unknown-value', tag });
						continue;
					}
					out.cast[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
				}
				break;
			case 'skills':
				for (const skill of v
					.split(',')
					.map((x) => x.trim())
					.filter(Boolean)) {
					if (isTechnique(skill)) out.skills.push(skill);
					else out.problems.push({ code: 'unknown-value', tag });
				}
				break;
			default:
				out.problems.push({ code: 'unknown-key', tag });
		}
	}
	return out;
}
