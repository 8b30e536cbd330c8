// Prints the blind-strategy table (issue #13 item 3) for one case or all: `npx tsx scripts/lib/strat-table.ts [case]`.
import { STRATEGIES, bestOption, playMany } from './strategies.ts';
import { compileFile } from './stories.ts';
const only = process.argv[2];
for (const id of ['elderly-wang', 'truant-li', 'noise-dispute'].filter((c) => !only || c === only))
	for (const loc of ['zh-CN', 'en']) {
		const json = compileFile(`stories/${id}/${loc}.ink`);
		const row: Record<string, number> = { best: playMany(json, bestOption, 1).mean };
		for (const [name, pick] of Object.entries(STRATEGIES)) row[name] = playMany(json, pick, 200).mean;
		console.log(id, loc, JSON.stringify(row));
	}
