import type { Assignment, CustomStory } from './assignment.ts';
import type { TopicId } from '../quiz/schema.ts';

export interface AssignmentDraft {
	title: string;
	note: string;
	scenarios: string[];
	custom: CustomStory[];
	mode: 'practice' | 'exam';
	quizTopics: TopicId[];
	mockPaper: boolean;
	passMark: number;
	due: string;
}

/** Ten URL-safe random characters: unguessable enough to tell assignments apart. */
export function newAssignmentId(random: (n: number) => Uint8Array): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	return [...random(10)].map((b) => alphabet[b & 63]).join('');
}

/** Turns the composer's form into an assignment; `problem` names what is missing. */
export function buildAssignment(draft: AssignmentDraft, id: string, now: Date): { assignment?: Assignment; problem?: 'title' | 'work' } {
	if (!draft.title.trim()) return { problem: 'title' };
	if (!draft.scenarios.length && !draft.custom.length && !draft.quizTopics.length && !draft.mockPaper) return { problem: 'work' };
	return {
		assignment: {
			kind: 'casework-assignment',
			v: 1,
			id,
			title: draft.title.trim(),
			note: draft.note.trim(),
			scenarios: draft.scenarios,
			custom: draft.custom,
			mode: draft.mode,
			quizTopics: draft.quizTopics,
			mockPaper: draft.mockPaper,
			passMark: Math.min(100, Math.max(0, Math.round(draft.passMark))),
			due: draft.due || undefined,
			createdAt: now.toISOString()
		}
	};
}

/** The learner-facing link: the code rides in the fragment, which browsers never send to a server. */
export function assignmentLink(origin: string, prefix: string, code: string): string {
	return `${origin}${prefix}/assignment#${code}`;
}
