/** A result package and an assignment shared by the instructor tests. */
import { MINI } from '../../../tests/helpers/ink.ts';
import { scoreRun } from '../scoring/index.ts';
import type { Assignment } from './assignment.ts';
import { claimedScores, type ResultPackage } from './result.ts';

export const json = MINI.zh();
export const choices = [0, 0, 0, 0, 0];
export const result = scoreRun(json, choices);

export const pkg: ResultPackage = {
	kind: 'casework-result',
	v: 1,
	learner: '李同学',
	assignmentId: 'abc123XYZ',
	scenarioId: 'mini',
	locale: 'zh-CN',
	storyHash: '0123456789abcdef',
	mode: 'exam',
	startedAt: '2026-11-22T09:00:00.000Z',
	finishedAt: '2026-11-22T09:25:30.000Z',
	choices,
	scoring: 2,
	scores: claimedScores(result)
};

export const assignment: Assignment = {
	kind: 'casework-assignment',
	v: 1,
	id: 'abc123XYZ',
	title: '第三周作业：独居老人个案',
	note: '请在周五前完成，注意结案前的评估。',
	scenarios: ['elderly-wang'],
	custom: [],
	mode: 'exam',
	quizTopics: ['closing'],
	mockPaper: false,
	passMark: 70,
	due: '2026-11-29',
	createdAt: '2026-11-22T08:00:00.000Z'
};

/** The smallest assignment: the mini story, nothing else. */
export const miniAssignment: Assignment = {
	kind: 'casework-assignment',
	v: 1,
	id: 'abc123XYZ',
	title: '第三周作业',
	note: '',
	scenarios: ['mini'],
	custom: [],
	mode: 'exam',
	quizTopics: [],
	mockPaper: false,
	passMark: 70,
	createdAt: '2026-11-22T08:00:00.000Z'
};
