/**
 * The all-paths check every scenario must pass: built-in stories in the test
 * suite and the CLI, instructors' stories on the authoring page. It walks
 * every reachable decision with state snapshots, merging states that are
 * identical (same choices offered, call stack, variables and visit counts),
 * so a branching story that re-joins stays small enough to explore fully.
 * A passage that loops is an error at its knot (StoryEngine's step limit);
 * a walk too large for its state bound or time limit stops, says so, and
 * samples random playthroughs for its figures.
 */
import { TECHNIQUES, type TechniqueId } from '../domain/casework.ts';
import { bestPath, describeFinding } from './audit-best.ts';
import { pathLengths } from './audit-paths.ts';
import { knotOf, placeOf, type AuditIssue, type AuditLevel, type AuditOptions, type AuditReport, type Edge } from './audit-report.ts';
import { reportCast } from './audit-cast.ts';
import { sampleRuns } from './audit-sample.ts';
import { normaliseTags, stateKey } from './audit-state.ts';
import { lineOfPlace, textAt } from './compile-map.ts';
import { findEnding } from './replay.ts';
import { StoryEngine, StoryLoopError, type Line, type OfferedChoice, type Passage } from './story-engine.ts';
import { parseGlobalTags, type TagProblem } from './tags.ts';

export type { AuditIssue, AuditLevel, AuditOptions, AuditProgress, AuditReport, EndingStats } from './audit-report.ts';
export { compareSkeletons } from './audit-skeleton.ts';

/** Choice-level findings that only matter when the story is scored: dropped for a story with none of our choice tags. */
const SCORED_ONLY = new Set(['missing-phase', 'missing-quality', 'no-feedback', 'no-ending']);

export function auditStory(json: string | object, options: AuditOptions = {}): AuditReport {
	const maxStates = options.maxStates ?? 20000;
	const now = options.now ?? (() => performance.now());
	const started = now();
	const deadline = options.timeLimitMs === undefined ? Infinity : started + options.timeLimitMs;
	const issues: AuditIssue[] = [];
	const seenIssue = new Set<string>();
	const map = options.map;
	const sourceLines = options.source?.split(/\r?\n/);
	// Without the compiler's map (built-in stories checked from JSON), the first line with the text is the best guess.
	const search = (needle: string) => {
		const i = sourceLines && needle ? sourceLines.findIndex((l) => l.includes(needle)) : -1;
		return i >= 0 ? i + 1 : undefined;
	};
	/** What an issue is about: a choice (`path`), a place a loop was stopped at, or a line of text (with the tag at fault). */
	type At = { path?: string; text?: string; place?: string; tag?: string };
	const report = (level: AuditLevel, code: string, message: string, where?: string, at?: At) => {
		let line: number | undefined;
		if (map && at?.path && map.at[at.path]) line = map.at[at.path];
		else if (map && at?.place) line = lineOfPlace(map, at.place);
		else if (map && at?.text) {
			// A line of text may sit in another knot than the choice it followed: name the knot it was written in.
			const hit = textAt(map, at.text, where, at.tag);
			line = hit?.line;
			if (hit) where = placeOf(hit.path) || where;
		} else if (at) line = search(at.place ? `=== ${at.place.split('.')[0]}` : (at.text ?? ''));
		const key = `${code}|${message}|${where}`;
		if (seenIssue.has(key)) return;
		seenIssue.add(key);
		issues.push({ level, code, message, where, line });
	};
	const failure = (e: unknown, where: string | undefined, after: string, choice?: OfferedChoice) => {
		if (e instanceof StoryLoopError) {
			const place = placeOf(e.at) || e.at;
			report('error', 'loop', `${after}the story runs in a circle in "${place}" without reaching a choice or an ending`, place, {
				place: e.at
			});
		} else
			report(
				'error',
				'runtime',
				`${after}${(e as Error).message}`,
				where,
				choice ? { path: choice.sourcePath, text: choice.text } : undefined
			);
	};

	const result: AuditReport = {
		issues,
		globals: parseGlobalTags([]),
		states: 0,
		truncated: false,
		unscored: false,
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
	/** Speakers missing from the cast, with where each was first seen. */
	const strangers = new Map<string, { where?: string; text: string }>();
	/** Findings kept back until we know whether the story is scored at all. */
	const scoredOnly: Parameters<typeof report>[] = [];
	const defer = (...args: Parameters<typeof report>) => (SCORED_ONLY.has(args[1]) ? scoredOnly.push(args) : report(...args));

	const tagProblem = (p: TagProblem, where: string | undefined, at: At) => {
		const level: AuditLevel = p.code === 'unknown-key' ? 'warning' : 'error';
		const what = {
			'unknown-value': 'has an unknown value',
			'unknown-key': 'is not part of the tag contract',
			'too-many-techniques': 'is a third technique (at most two per choice)',
			'duplicate-key': 'is repeated',
			'missing-value': 'needs a value'
		}[p.code];
		report(level, p.code, `Tag "#${p.tag}" ${what}`, where, at);
	};

	const checkLines = (lines: readonly Line[], where: string | undefined) => {
		for (const l of lines) {
			for (const p of l.tags.problems) tagProblem(p, where, { text: l.text, tag: p.tag });
			if (l.speaker) {
				result.tagsSeen.add(`speaker:${l.speaker}`);
				if (!cast.has(l.speaker) && !strangers.has(l.speaker)) strangers.set(l.speaker, { where, text: l.text });
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
		const at = { path: c.sourcePath, text: c.text };
		const t = c.tags;
		if (!t.phase && !t.problems.some((p) => p.tag.replace(/\s/g, '').startsWith('phase:')))
			defer('error', 'missing-phase', `Choice "${c.text}" has no #phase tag`, where, at);
		if (!t.quality && !t.problems.some((p) => p.tag.replace(/\s/g, '').startsWith('quality:')))
			defer('error', 'missing-quality', `Choice "${c.text}" has no #quality tag`, where, at);
		for (const p of t.problems) tagProblem(p, where, at);
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
		failure(e, undefined, 'Before the first choice, ');
		result.minOptions = 0;
		return result;
	}
	const start = engine.snapshot();
	checkLines(root.lines, undefined);
	if (root.ended) {
		const ending = findEnding(root.lines) ?? null;
		if (!ending) defer('error', 'no-ending', 'The story ends before the first choice without an #ending tag');
		nodes.set(rootKey, [{ ending }]);
	} else {
		nodes.set(rootKey, []);
		pending.push({ key: rootKey, state: start, choices: root.choices });
	}

	let nextProgress = started;
	while (pending.length) {
		const t = now();
		if (t > deadline) {
			result.stopped = 'time';
			break;
		}
		if (options.onProgress && t >= nextProgress) {
			nextProgress = t + 1000;
			options.onProgress({ states: nodes.size, decisions: result.skeleton.size });
		}
		const node = pending.pop()!;
		const edges = nodes.get(node.key)!;
		result.minOptions = Math.min(result.minOptions, node.choices.length);
		result.maxOptions = Math.max(result.maxOptions, node.choices.length);
		for (const c of node.choices) {
			checkChoice(c);
			// A choice that loops costs STEP_LIMIT steps: a node full of them must not run far past the limit.
			if (now() > deadline) {
				result.stopped = 'time';
				break;
			}
			const where = knotOf(c.sourcePath);
			const at = { path: c.sourcePath, text: c.text };
			engine.restore(node.state);
			let next: Passage;
			try {
				next = engine.choose(c.index);
			} catch (e) {
				failure(e, where, `After choice "${c.text}": `, c);
				continue;
			}
			checkLines(next.lines, where);
			if (!next.lines.some((l) => l.feedback))
				defer('warning', 'no-feedback', `Choice "${c.text}" is not followed by a #feedback line`, where, at);
			if (next.ended) {
				const ending = findEnding(next.lines) ?? null;
				if (!ending) defer('error', 'no-ending', `The path through "${c.text}" ends without an #ending tag`, where, at);
				edges.push({ ending });
				continue;
			}
			if (next.lines.some((l) => l.ending))
				report('error', 'ending-not-final', `After "${c.text}" an #ending line is followed by more choices`, where, at);
			const key = stateKey(engine);
			edges.push({ to: key });
			if (nodes.has(key)) continue;
			if (nodes.size >= maxStates) {
				result.stopped ??= 'states';
				continue;
			}
			nodes.set(key, []);
			pending.push({ key, state: engine.snapshot(), choices: next.choices });
		}
	}
	result.truncated = !!result.stopped;
	options.onProgress?.({ states: nodes.size, decisions: result.skeleton.size });

	// No choice carries any of our tags: a story written elsewhere, played as it is and not scored.
	result.unscored = result.skeleton.size > 0 && ![...result.tagsSeen].some((t) => /^(phase|quality|technique):/.test(t));
	if (result.unscored)
		report(
			'info',
			'unscored',
			'No choice carries #phase, #technique or #quality: the story can be saved and played, but it is not scored and the player shows no ratings'
		);
	else for (const args of scoredOnly) report(...args);
	reportCast(strangers, cast.size > 0, report);

	for (const skill of g.skills)
		if (!well.has(skill)) report('warning', 'skill-unused', `"# skills:" names ${skill}, but no choice uses it well`);
	if (result.stopped === 'states')
		report('warning', 'too-many-states', `Stopped after ${maxStates} distinct states: not every path was checked`);
	if (result.stopped === 'time')
		report(
			'warning',
			'time-limit',
			`Stopped after ${Math.round((options.timeLimitMs ?? 0) / 1000)} s with ${nodes.size} states checked: not every path was checked`
		);

	if (!root.ended && !result.unscored) {
		const best = bestPath(engine, start, root);
		result.bestPathTotal = best?.total;
		for (const f of best?.findings ?? [])
			report('warning', 'best-path-order', describeFinding(f), knotOf(f.choice.sourcePath), {
				path: f.choice.sourcePath,
				text: f.choice.text
			});
	}

	result.states = nodes.size;
	result.techniquesWell = TECHNIQUES.filter((t) => well.has(t));
	result.techniquesMisused = TECHNIQUES.filter((t) => misused.has(t));
	if (result.minOptions === Infinity) result.minOptions = 0;
	if (result.truncated && !root.ended) {
		// Sampling gets a tenth of the time limit (at most 2 s) beyond it.
		const budget = options.timeLimitMs === undefined ? 2000 : Math.min(2000, options.timeLimitMs / 10);
		sampleRuns(engine, start, root, result, Math.max(now(), deadline === Infinity ? now() : deadline) + budget, now, options.seed ?? 1);
	} else pathLengths(nodes, rootKey, result);
	return result;
}
