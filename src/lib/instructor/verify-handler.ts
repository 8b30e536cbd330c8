/**
 * The verifier behind verify.worker.ts, as a plain function so that the page
 * can run the very same code on its own thread when a worker cannot start,
 * and tests can run it in Node.
 */
import { misfit } from '../engine/replay.ts';
import { StoryEngine } from '../engine/story-engine.ts';
import type { ResultPackage } from './result.ts';
import { verifyMany } from './verify-many.ts';
import type { Verification } from './verify.ts';

/** Page → verifier: these packages, and any story versions it has not been sent yet. */
export interface VerifyRequest {
	id: number;
	stories: { hash: string; json: string }[];
	packages: ResultPackage[];
}

/** Verifier → page: one verification per package, in order; or why none could be made. */
export type VerifyReply = { id: number; checks: Verification[]; failure?: undefined } | { id: number; failure: string; checks?: undefined };

/** A verifier that keeps one parsed engine per story version across requests. */
export function createVerifier(): (request: VerifyRequest) => VerifyReply {
	// A story that does not load stays as its JSON: verifyMany then reports every package of it as a mismatch.
	const engines = new Map<string, StoryEngine | string>();
	return ({ id, stories, packages }) => {
		try {
			for (const { hash, json } of stories) {
				if (engines.has(hash)) continue;
				try {
					engines.set(hash, new StoryEngine(json));
				} catch (e) {
					misfit(e);
					engines.set(hash, json);
				}
			}
			const checks: Verification[] = new Array(packages.length);
			const byStory = new Map<string, number[]>();
			packages.forEach((p, i) => byStory.set(p.storyHash, [...(byStory.get(p.storyHash) ?? []), i]));
			for (const [hash, at] of byStory) {
				const story = engines.get(hash);
				const group = at.map((i) => packages[i]);
				const verified: Verification[] = story
					? verifyMany(group, story)
					: group.map(() => ({ verdict: 'unknown-story', differences: [] }));
				at.forEach((i, k) => (checks[i] = verified[k]));
			}
			return { id, checks };
		} catch (e) {
			return { id, failure: e instanceof Error ? e.message : String(e) };
		}
	};
}
