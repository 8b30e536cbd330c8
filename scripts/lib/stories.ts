import { bestOf } from '../../src/lib/engine/audit-best.ts';
import { readFileSync } from 'node:fs';
import { compileInk } from '../../src/lib/engine/compile.ts';
import { StoryEngine } from '../../src/lib/engine/story-engine.ts';

/** Compiles an .ink file with the real compiler; fails loudly on any error. */
export function compileFile(path: string): string {
	const result = compileInk(readFileSync(path, 'utf8'), path.split('/').pop());
	if (!result.json) throw new Error(`${path}: ${result.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
	return result.json;
}

/** Follows the first `best` option at every decision: the path a model worker takes. */
export function bestPath(inkFile: string): { choices: number[]; texts: string[]; ending?: string } {
	const engine = new StoryEngine(compileFile(inkFile));
	let passage = engine.continue();
	const choices: number[] = [];
	const texts: string[] = [];
	while (!passage.ended) {
		const pick = bestOf(passage.choices);
		choices.push(passage.choices.indexOf(pick));
		texts.push(pick.text);
		passage = engine.choose(pick.index);
		if (choices.length > 500) throw new Error('no ending within 500 decisions');
	}
	return { choices, texts, ending: passage.lines.findLast((l) => l.ending)?.ending };
}
