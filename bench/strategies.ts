/**
 * The blind-strategy table (issue #13, item 3): what picking without reading
 * scores in every story and locale. The same figures the strategy test holds
 * to its bounds; printed here so a content change shows its effect.
 */
import { BOUNDS, CUE_STRATEGIES, STRATEGIES, outOfBounds, strategyRow, type StrategyName } from '../scripts/lib/strategies.ts';
import { compileFile } from '../scripts/lib/stories.ts';
import { renderTable } from './table.ts';

export function reportStrategies(ids: string[]): void {
	const names = Object.keys(STRATEGIES) as StrategyName[];
	const rows: string[][] = [];
	for (const id of ids)
		for (const locale of ['zh-CN', 'en']) {
			const row = strategyRow(compileFile(`stories/${id}/${locale}.ink`));
			const broken = outOfBounds(row);
			rows.push([
				`${id} ${locale}`,
				String(row.best),
				...names.map((n) => String(row.means[n])),
				broken.length ? `OVER: ${broken.join('; ')}` : 'PASS'
			]);
		}
	console.log('\nBlind strategies: mean total of 200 seeded runs each (options in the shuffled order a learner sees)\n');
	console.log(renderTable(['story', 'best path', ...names, 'status'], rows));
	console.log(
		`Bounds: every strategy ≤ ${BOUNDS.blindMean}; ${CUE_STRATEGIES.join(', ')} ≤ random + ${BOUNDS.overRandom}; best path ≥ ${BOUNDS.best}.`
	);
}
