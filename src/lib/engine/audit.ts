/**
 * The all-paths check every scenario must pass: built-in stories in the test
 * suite and the CLI, instructors' stories on the authoring page. It walks
 * every reachable decision with state snapshots, merging states that are
 * identical (same choices offered, call stack, variables and visit counts),
 * so a branching story that re-joins stays small enough to explore fully.
 */
import { TECHNIQUES, type TechniqueId } from '../domain/casework.ts';
import { pathLengths } from './audit-paths.ts';
import { knotOf, type AuditIssue, type AuditLevel, type AuditOptions, type AuditReport, type Edge } from './audit-report.ts';
import { findEnding } from './replay.ts';
import { StoryEngine, type Line, type OfferedChoice, type Passage } from './story-engine.ts';
import { parseGlobalTags, type TagProblem } from './tags.ts';

export type { AuditIssue, AuditLevel, AuditOptions, AuditReport, EndingStats } from './audit-report.ts';
export { compareSkeletons } from './audit-skeleton.ts';

function stateKey(engine: StoryEngine): string {
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

function normaliseTags(raw: readonly string[]): string {
	return raw
		.map((t) => t.replace(/\s+/g, '').toLowerCase())
		.sort()
		.join(' ');
}

export function auditStory(json: string | object, options: AuditOptions = {}): AuditReport {
	const maxStates = options.maxStates ?? 20000;
	const issues: AuditIssue[] = [];
	const seenIssue = new Set<string>();
	const sourceLines = options.source?.split(/\r?\n/);
	const lineOf = (needle: string) => {
		if (!sourceLines || !needle) return undefined;
		const i = sourceLines.findIndex((l) => l.includes(needle));
		return i >= 0 ? i + 1 : undefined;
	};
	const report = (level: AuditLevel, code: string, message: string, where?: string, needle?: string) => {
		const key = `${code}|${message}|${where}`;
		if (seenIssue.has(key)) return;
		seenIssue.add(key);
		issues.push({ level, code, message, where, line: needle ? lineOf(needle) : undefined });
	};

	const result: AuditReport = {
		issues,
		globals: parseGlobalTags([]),
		states: 0,
		truncated: false,
		endings: {},
		minDecisions: 0,
		maxDecisions: 0,
		minOptions: Infinity,
		maxOptions: 0,
		techniquesWell: [],
		techniquesMisused: [],
		wellCounts: {},
		skeleton: new Map(),
		tagsSeen: new Set()
	};

	let engine: StoryEngine;
	try {
		engine = new StoryEngine(json);
	} catch (e) {
		report('error', 'load', `The story could not be loaded: ${(e as Error).message}`);
		return result;
	}
	const g = engine.globals;
	result.globals = g;
	for (const key of ['title', 'lang'] as const) {
		if (!g[key]) report('error', 'global-missing', `Global tag "# ${key}: …" is missing`);
	}
	if (!g.summary) report('warning', 'global-missing', 'Global tag "# summary: …" is missing');
	if (!g.minutes) report('warning', 'global-missing', 'Global tag "# minutes: N" is missing');
	for (const p of g.problems) report('warning', p.code, `Global tag "# ${p.tag}" is not understood`);

	const well = new Set<TechniqueId>();
	const misused = new Set<TechniqueId>();
	const cast = new Set(Object.keys(g.cast));

	const tagProblem = (p: TagProblem, where: string | undefined, needle: string) => {
		const level: AuditLevel = p.code === 'unknown-key' ? 'warning' : 'error';
		const what = {
			'unknown-value': 'has an unknown value',
			'unknown-key': 'is not part of the tag contract',
			'too-many-techniques': 'is a third technique (at most two per choice)',
			'duplicate-key': 'is repeated',
			'missing-value': 'needs a value'
		}[p.code];
		report(level, p.code, `Tag "#${p.tag}" ${what}`, where, needle);
	};

	const checkLines = (lines: readonly Line[], where: string | undefined) => {
		for (const l of lines) {
			for (const p of l.tags.problems) tagProblem(p, where, l.text);
			if (l.speaker) {
				result.tagsSeen.add(`speaker:${l.speaker}`);
				if (cast.size && !cast.has(l.speaker))
					report('warning', 'unknown-speaker', `Speaker "${l.speaker}" is not in the "# cast:" tag`, where, l.text);
			}
			if (l.reaction) result.tagsSeen.add(`reaction:${l.reaction}`);
			if (l.tags.closeReason) result.tagsSeen.add(`close-reason:${l.tags.closeReason}`);
			if (l.tags.closeForm) result.tagsSeen.add(`close-form:${l.tags.closeForm}`);
		}
	};

	const checkChoice = (c: OfferedChoice) => {
		if (result.skeleton.has(c.sourcePath)) return;
		result.skeleton.set(c.sourcePath, normaliseTags(c.rawTags));
		const where = knotOf(c.sourcePath);
		const needle = c.text;
		const t = c.tags;
		if (!t.phase && !t.problems.some((p) => p.tag.replace(/\s/g, '').startsWith('phase:')))
			report('error', 'missing-phase', `Choice "${c.text}" has no #phase tag`, where, needle);
		if (!t.quality && !t.problems.some((p) => p.tag.replace(/\s/g, '').startsWith('quality:')))
			report('error', 'missing-quality', `Choice "${c.text}" has no #quality tag`, where, needle);
		for (const p of t.problems) tagProblem(p, where, needle);
		if (t.phase) result.tagsSeen.add(`phase:${t.phase}`);
		if (t.quality) result.tagsSeen.add(`quality:${t.quality}`);
		if (t.referral) result.tagsSeen.add('referral');
		if (t.closeReason) result.tagsSeen.add(`close-reason:${t.closeReason}`);
		if (t.closeForm) result.tagsSeen.add(`close-form:${t.closeForm}`);
		for (const tech of t.techniques) {
			result.tagsSeen.add(`technique:${tech}`);
			if (t.quality === 'best' || t.quality === 'good') {
				well.add(tech);
				result.wellCounts[tech] = (result.wellCounts[tech] ?? 0) + 1;
			}
			if (t.quality === 'weak' || t.quality === 'harmful') misused.add(tech);
		}
	};

	const nodes = new Map<string, Edge[]>();
	const pending: { key: string; state: string; choices: OfferedChoice[] }[] = [];
	const rootKey = '(start)';
	let root: Passage;
	try {
		root = engine.continue();
	} catch (e) {
		report('error', 'runtime', `The story stops with an error before the first choice: ${(e as Error).message}`);
		return result;
	}
	checkLines(root.lines, undefined);
	if (root.ended) {
		const ending = findEnding(root.lines) ?? null;
		if (!ending) report('error', 'no-ending', 'The story ends before the first choice without an #ending tag');
		nodes.set(rootKey, [{ ending }]);
	} else {
		nodes.set(rootKey, []);
		pending.push({ key: rootKey, state: engine.snapshot(), choices: root.choices });
	}

	while (pending.length) {
		const node = pending.pop()!;
		const edges = nodes.get(node.key)!;
		result.minOptions = Math.min(result.minOptions, node.choices.length);
		result.maxOptions = Math.max(result.maxOptions, node.choices.length);
		for (const c of node.choices) {
			checkChoice(c);
			const where = knotOf(c.sourcePath);
			engine.restore(node.state);
			let next: Passage;
			try {
				next = engine.choose(c.index);
			} catch (e) {
				report('error', 'runtime', `After choice "${c.text}": ${(e as Error).message}`, where, c.text);
				continue;
			}
			checkLines(next.lines, where);
			if (!next.lines.some((l) => l.feedback))
				report('warning', 'no-feedback', `Choice "${c.text}" is not followed by a #feedback line`, where, c.text);
			if (next.ended) {
				const ending = findEnding(next.lines) ?? null;
				if (!ending) report('error', 'no-ending', `The path through "${c.text}" ends without an #ending tag`, where, c.text);
				edges.push({ ending });
				continue;
			}
			if (next.lines.some((l) => l.ending))
				report('error', 'ending-not-final', `After "${c.text}" an #ending line is followed by more choices`, where, c.text);
			const key = stateKey(engine);
			edges.push({ to: key });
			if (nodes.has(key)) continue;
			if (nodes.size >= maxStates) {
				result.truncated = true;
				continue;
			}
			nodes.set(key, []);
			pending.push({ key, state: engine.snapshot(), choices: next.choices });
		}
	}
	for (const skill of g.skills)
		if (!well.has(skill)) report('warning', 'skill-unused', `"# skills:" names ${skill}, but no choice uses it well`);
	if (result.truncated)
		report('error', 'too-many-states', `Stopped after ${maxStates} distinct states: the story has too many to check every path`);

	result.states = nodes.size;
	result.techniquesWell = TECHNIQUES.filter((t) => well.has(t));
	result.techniquesMisused = TECHNIQUES.filter((t) => misused.has(t));
	if (result.minOptions === Infinity) result.minOptions = 0;
	pathLengths(nodes, rootKey, result);
	return result;
}
