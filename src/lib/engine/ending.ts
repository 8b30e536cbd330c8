import type { Line } from './story-engine.ts';

/**
 * The `#ending:` kind among a passage's lines, if any. Kept apart from
 * replay.ts so the player can tell an ending without loading the ink runtime.
 */
export function findEnding(lines: readonly Line[]): string | undefined {
	for (let i = lines.length - 1; i >= 0; i--) if (lines[i].ending) return lines[i].ending;
	return undefined;
}
