/**
 * The casework vocabulary the whole app shares: phase and technique ids are
 * fixed by docs/domain.md and used verbatim in ink tags, quiz items and
 * stored results.
 */

export const PHASES = ['intake', 'assessment', 'planning', 'intervention', 'evaluation', 'closing', 'follow-up'] as const;
export type PhaseId = (typeof PHASES)[number];

/** The exam counts six stages; follow-up is shown as the last task of closing. */
export const STAGES = ['intake', 'assessment', 'planning', 'intervention', 'evaluation', 'closing'] as const;
export type StageId = (typeof STAGES)[number];

export function stageOf(phase: PhaseId): StageId {
	return phase === 'follow-up' ? 'closing' : phase;
}

export const FAMILIES = ['supportive', 'leading', 'influencing'] as const;
export type FamilyId = (typeof FAMILIES)[number];

export const TECHNIQUES = [
	'attending',
	'listening',
	'empathy',
	'encouragement',
	'clarification',
	'focusing',
	'summarising',
	'information',
	'self-disclosure',
	'suggestion',
	'advice',
	'confrontation'
] as const;
export type TechniqueId = (typeof TECHNIQUES)[number];

export const FAMILY_OF: Record<TechniqueId, FamilyId> = {
	attending: 'supportive',
	listening: 'supportive',
	empathy: 'supportive',
	encouragement: 'supportive',
	clarification: 'leading',
	focusing: 'leading',
	summarising: 'leading',
	information: 'influencing',
	'self-disclosure': 'influencing',
	suggestion: 'influencing',
	advice: 'influencing',
	confrontation: 'influencing'
};

export const QUALITIES = ['best', 'good', 'weak', 'harmful'] as const;
export type Quality = (typeof QUALITIES)[number];

export const CLOSE_REASONS = ['goals-met', 'can-cope', 'relationship', 'new-needs', 'unforeseen'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const CLOSE_FORMS = ['direct', 'intervals', 'contact'] as const;
export type CloseForm = (typeof CLOSE_FORMS)[number];

export const REACTIONS = ['denial', 'regression', 'dependence', 'complaint', 'anger', 'bargaining', 'depression'] as const;
export type Reaction = (typeof REACTIONS)[number];

export function isPhase(v: string): v is PhaseId {
	return (PHASES as readonly string[]).includes(v);
}
export function isTechnique(v: string): v is TechniqueId {
	return (TECHNIQUES as readonly string[]).includes(v);
}
export function isQuality(v: string): v is Quality {
	return (QUALITIES as readonly string[]).includes(v);
}
