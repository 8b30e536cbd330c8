/**
 * What makes two decision states one for the audit: the same choices offered,
 * call stack, variables and visit counts. Merging them keeps a branching story
 * that re-joins small enough to walk.
 */
import type { StoryEngine } from './story-engine.ts';

export function stateKey(engine: StoryEngine): string {
	const s = JSON.parse(engine.snapshot());
	const flow = s.flows[s.currentFlowName];
	return JSON.stringify([
		flow.currentChoices.map((c: { targetPath: string; text: string; tags?: string[] }) => [c.targetPath, c.text, c.tags]),
		flow.callstack.threads.map((t: { callstack: { cPath?: string; idx?: number; type: number }[] }) =>
			t.callstack.map((f) => [f.cPath, f.idx, f.type])
		),
		s.variablesState,
		s.visitCounts
	]);
}

export function normaliseTags(raw: readonly string[]): string {
	return raw
		.map((t) => t.replace(/\s+/g, '').toLowerCase())
		.sort()
		.join(' ');
}
