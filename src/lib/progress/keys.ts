/**
 * Every storage key and key prefix, defined once. Only src/lib/progress reads
 * or writes records; everything else asks it by these names. No imports: the
 * lightest page can know the keys without loading any record code.
 */

export const PREFIX = {
	run: 'run:',
	attempt: 'attempt:',
	paper: 'paper:',
	setAside: 'set-aside:',
	instructorResult: 'instructor:result:',
	instructorStory: 'instructor:story:',
	instructorAssignment: 'instructor:assignment:',
	learnerAssignment: 'learner:assignment:',
	learnerSubmission: 'learner:submission:'
} as const;

export const KEY = {
	run: (scenarioId: string) => `${PREFIX.run}${scenarioId}`,
	attempt: (id: string) => `${PREFIX.attempt}${id}`,
	settings: 'settings',
	deck: 'quiz:deck',
	mistakes: 'quiz:mistakes',
	history: 'quiz:history',
	notes: 'quiz:notes',
	paper: (id: string) => `${PREFIX.paper}${id}`,
	paperCurrent: 'paper-current',
	setAside: (key: string, at: string) => `${PREFIX.setAside}${at}:${key}`,
	instructorStory: (hash: string) => `${PREFIX.instructorStory}${hash}`,
	instructorAssignment: (id: string) => `${PREFIX.instructorAssignment}${id}`,
	learnerAssignment: (id: string) => `${PREFIX.learnerAssignment}${id}`,
	learnerSubmission: (assignmentId: string, scenarioId: string) => `${PREFIX.learnerSubmission}${assignmentId}:${scenarioId}`,
	/** The whole key of one imported result; its identity part comes from class-store's resultKey. */
	instructorResult: (scenarioId: string, identity: string) => `${PREFIX.instructorResult}${scenarioId}:${identity}`
} as const;
