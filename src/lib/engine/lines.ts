import type { Line } from './story-engine.ts';

/*
 * Reading a passage's lines. Kept apart from replay.ts so the player can use
 * them without loading the ink runtime.
 */

/** The `#ending:` kind among a passage's lines, if any. */
export function findEnding(lines: readonly Line[]): string | undefined {
	for (let i = lines.length - 1; i >= 0; i--) if (lines[i].ending) return lines[i].ending;
	return undefined;
}

/** The lines the story says aloud or narrates: everything but coaching feedback and empty lines. */
export function spokenLines(lines: readonly Line[]): Line[] {
	return lines.filter((l) => !l.feedback && l.text);
}
