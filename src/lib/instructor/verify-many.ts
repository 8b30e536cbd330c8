/**
 * Verifies many packages of one story version, replaying each shared opening
 * once. A class's runs share their first decisions (everyone meets the
 * client the same way; most take the same sound first steps), and replaying
 * is seconds of inkjs for a class of 500, so: the runs are walked in
 * lexicographic order of their choices, the engine's state is saved (ink's
 * own save format) at each decision point a later run branches from, and a
 * run starts from the deepest one it shares. The passages along the way are
 * kept and reused, so each run's transcript is exactly the one a fresh
 * replay gives; verify-many.test.ts checks that on real stories.
 */
import { misfit, replayStep, transcriptOf } from '../engine/replay.ts';
import { StoryEngine, type Passage } from '../engine/story-engine.ts';
import type { Transcript } from '../engine/replay.ts';
import { rulesOf, scoreTranscript } from '../scoring/score.ts';
import type { ResultPackage } from './result.ts';
import { compareScores, unfitting, type Verification } from './verify.ts';

function compareChoices(a: readonly number[], b: readonly number[]): number {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
	return a.length - b.length;
}

function commonPrefix(a: readonly number[], b: readonly number[]): number {
	const n = Math.min(a.length, b.length);
	let i = 0;
	while (i < n && a[i] === b[i]) i++;
	return i;
}

/** The outcome of replaying one sequence of choices: its transcript, or why it does not fit. */
type Replayed = { transcript: Transcript } | { error: string };

/**
 * One verification per package, in order; the same verdicts, differences
 * and results as `verifyResult(pkg, story)` for each package alone.
 * @param story the compiled story (or its parsed engine) that every package names.
 */
export function verifyMany(packages: readonly ResultPackage[], story: string | StoryEngine): Verification[] {
	let engine: StoryEngine;
	try {
		engine = story instanceof StoryEngine ? story : new StoryEngine(story);
	} catch (e) {
		const reason = misfit(e);
		return packages.map(() => unfitting(reason));
	}
	const order = packages.map((_, i) => i).sort((a, b) => compareChoices(packages[a].choices, packages[b].choices) || a - b);
	const runs = order.map((i) => packages[i].choices);
	// lcp[k]: decisions run k shares with run k + 1.
	const lcp = runs.map((c, k) => (k + 1 < runs.length ? commonPrefix(c, runs[k + 1]) : 0));

	/** The passages of the current path: path[d] is shown after d choices. */
	const path: Passage[] = [];
	/** Saved engine states on the current path, by depth: where later runs branch off. */
	const saved = new Map<number, string>();
	/** How many choices of the current path the engine's state is at, or -1 when unknown. */
	let at = -1;
	const out: Verification[] = new Array(packages.length);
	let previous: { choices: readonly number[]; replayed: Replayed } | undefined;

	for (let k = 0; k < runs.length; k++) {
		const choices = runs[k];
		const pkg = packages[order[k]];
		// An identical run (the same learner imported twice under other names, say) is not replayed again.
		if (previous && compareChoices(previous.choices, choices) === 0) {
			out[order[k]] = judge(pkg, previous.replayed);
			continue;
		}
		// Depths that later runs branch from, deeper than where this one starts: save the state there.
		const from = k > 0 ? lcp[k - 1] : 0;
		const wanted = new Set<number>();
		for (let j = k, m = Infinity; j < runs.length - 1; j++) {
			m = Math.min(m, lcp[j]);
			if (m <= from) break;
			wanted.add(m);
		}
		const replayed = walk(choices, from, wanted);
		previous = { choices, replayed };
		out[order[k]] = judge(pkg, replayed);
	}
	return out;

	/** Brings the engine to `depth` decisions along the current path, from the deepest saved state. */
	function goTo(depth: number, choices: readonly number[]): void {
		if (at === depth) return;
		let base = -1;
		for (const d of saved.keys()) if (d <= depth && d > base) base = d;
		if (base >= 0) engine.restore(saved.get(base)!);
		else {
			engine.reset();
			path[0] = engine.continue();
			base = 0;
		}
		for (let d = base; d < depth; d++) path[d + 1] = replayStep(engine, path[d], choices[d], d);
		at = depth;
	}

	function walk(choices: readonly number[], from: number, wanted: ReadonlySet<number>): Replayed {
		let depth = Math.min(from, path.length - 1);
		try {
			if (depth < 0) {
				engine.reset();
				path.length = 0;
				saved.clear();
				path[0] = engine.continue();
				at = depth = 0;
			} else goTo(depth, choices);
		} catch (e) {
			at = -1;
			return failure(e);
		}
		// Forget what lies beyond the shared part: this run takes another way from here.
		path.length = depth + 1;
		for (const d of saved.keys()) if (d > depth) saved.delete(d);
		try {
			for (; depth < choices.length; depth++) {
				if (wanted.has(depth) && !saved.has(depth)) saved.set(depth, engine.snapshot());
				path[depth + 1] = replayStep(engine, path[depth], choices[depth], depth);
				at = depth + 1;
			}
		} catch (e) {
			// The engine is somewhere past the failure: nothing beyond `depth` may be reused.
			path.length = depth + 1;
			at = -1;
			return failure(e);
		}
		return { transcript: transcriptOf(path, choices) };
	}
}

function failure(e: unknown): Replayed {
	return { error: misfit(e) };
}

function judge(pkg: ResultPackage, replayed: Replayed): Verification {
	if ('error' in replayed) return unfitting(replayed.error);
	// Scored by the rules the package was made under, so a package made before rules 2 still verifies.
	return compareScores(pkg, scoreTranscript(replayed.transcript, [], rulesOf(pkg)), replayed.transcript.ended);
}
