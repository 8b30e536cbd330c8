// Prints the path one blind strategy takes (seed 1): `npx tsx scripts/lib/strat-path.ts <case> <locale> "<strategy>"`.
import { STRATEGIES, playRun, type StrategyName } from './strategies.ts';
import { compileFile } from './stories.ts';
import { StoryEngine } from '../../src/lib/engine/story-engine.ts';
import { scoreTranscript } from '../../src/lib/scoring/score.ts';
import { replay } from '../../src/lib/engine/replay.ts';
const [id, loc, strat] = process.argv.slice(2);
const json = compileFile(`stories/${id}/${loc}.ink`);
const engine = new StoryEngine(json);
const picks: number[] = [];
const pick = STRATEGIES[strat as StrategyName];
playRun(
	engine,
	(shown, r) => {
		const c = pick(shown, r);
		picks.push(c.index);
		return c;
	},
	1
);
const res = scoreTranscript(replay(json, picks));
console.log(
	'total',
	res.total,
	'quality',
	res.quality,
	'process',
	res.process,
	'errors',
	JSON.stringify(res.orderingErrors),
	'crit',
	res.criticalErrors.length
);
const t = replay(json, picks);
t.turns.forEach((turn, k) => {
	if (turn.chosen === undefined) return;
	const lens = turn.choices.map((c) => `${[...c.text].length}${c.tags.quality![0]}${c.tags.techniques.length}`);
	const ch = turn.choices.find((c) => c.index === turn.chosen)!;
	console.log(k + 1, ch.tags.quality, ch.tags.phase, lens.join(' '), ch.sourcePath, ch.text.slice(0, 50));
});
