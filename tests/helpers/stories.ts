import { readdirSync, existsSync } from 'node:fs';
import { StoryEngine } from '../../src/lib/engine/story-engine.ts';
import { replayStep, type Transcript, type Turn } from '../../src/lib/engine/replay.ts';
import { compileFile } from '../../scripts/lib/stories.ts';

/** Every built-in scenario id: a folder under stories/ with both locales. */
export const SCENARIOS = readdirSync('stories', { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(`stories/${d.name}/zh-CN.ink`))
	.map((d) => d.name)
	.sort();

const cache = new Map<string, string>();
export function storyJson(id: string, locale: 'zh-CN' | 'en'): string {
	const key = `${id}/${locale}`;
	if (!cache.has(key)) cache.set(key, compileFile(`stories/${id}/${locale}.ink`));
	return cache.get(key)!;
}

/**
 * Jumps to `path` (after setting story variables) and takes `choices` from
 * there, returning a transcript that scoring understands.
 */
export function playFrom(json: string, path: string, choices: number[], vars: Record<string, number | boolean> = {}): Transcript {
	const engine = new StoryEngine(json);
	engine.continue();
	for (const [k, v] of Object.entries(vars)) engine.story.variablesState[k] = v;
	let passage = engine.jumpTo(path);
	const turns: Turn[] = [];
	for (const c of choices) {
		turns.push({ lines: passage.lines, choices: passage.choices, chosen: c });
		passage = engine.choose(c);
	}
	turns.push({ lines: passage.lines, choices: passage.choices });
	return { turns, ended: passage.ended, ending: passage.lines.findLast((l) => l.ending)?.ending };
}

/** The story's first option at every decision: a blind path, with weak and harmful choices on it. */
export function firstOptionPath(json: string): number[] {
	const engine = new StoryEngine(json);
	let passage = engine.continue();
	const path: number[] = [];
	while (passage.choices.length) {
		const index = passage.choices[0].index;
		passage = replayStep(engine, passage, index, path.length);
		path.push(index);
	}
	return path;
}
