// Prints the blind-strategy table (issue #13 item 3) for one case or all: `npx tsx scripts/lib/strat-table.ts [case]`.
import { outOfBounds, strategyRow } from './strategies.ts';
import { compileFile } from './stories.ts';
const only = process.argv[2];
for (const id of ['elderly-wang', 'truant-li', 'noise-dispute'].filter((c) => !only || c === only))
	for (const loc of ['zh-CN', 'en']) {
		const row = strategyRow(compileFile(`stories/${id}/${loc}.ink`));
		console.log(id, loc, JSON.stringify({ best: row.best, ...row.means }), outOfBounds(row).join('; '));
	}
