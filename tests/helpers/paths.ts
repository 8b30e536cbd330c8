import { StoryEngine } from '../../src/lib/engine/story-engine.ts';
import { compileFile } from './ink.ts';

/** Follows the first `best` option at every decision: the path a model worker takes. */
export function bestPath(inkFile: string): { choices: number[]; texts: string[]; ending?: string } {
	const engine = new StoryEngine(compileFile(inkFile));
	let passage = engine.continue();
	const choices: number[] = [];
	const texts: string[] = [];
	while (!passage.ended) {
		const pick = passage.choices.find((c) => c.tags.quality === 'best') ?? passage.choices[0];
		choices.push(passage.choices.indexOf(pick));
		texts.push(pick.text);
		passage = engine.choose(pick.index);
		if (choices.length > 500) throw new Error('no ending within 500 decisions');
	}
	return { choices, texts, ending: passage.lines.findLast((l) => l.ending)?.ending };
}
