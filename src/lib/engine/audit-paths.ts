import type { AuditReport, Edge } from './audit-report.ts';

/** Fewest and most decisions from the start to each ending (cycles are not unrolled). */
export function pathLengths(nodes: Map<string, Edge[]>, rootKey: string, out: AuditReport): void {
	const memo = new Map<string, Map<string, [number, number]>>();
	const onStack = new Set<string>();
	const visit = (key: string): Map<string, [number, number]> => {
		const done = memo.get(key);
		if (done) return done;
		const here = new Map<string, [number, number]>();
		if (onStack.has(key)) return here;
		onStack.add(key);
		const add = (ending: string, lo: number, hi: number) => {
			const cur = here.get(ending);
			here.set(ending, cur ? [Math.min(cur[0], lo), Math.max(cur[1], hi)] : [lo, hi]);
		};
		for (const e of nodes.get(key) ?? []) {
			if ('ending' in e) {
				// The root's own ending is reached with no decision at all.
				add(e.ending ?? '(none)', key === rootKey && !nodes.get(key)?.some((x) => 'to' in x) ? 0 : 1, 1);
			} else {
				for (const [ending, [lo, hi]] of visit(e.to)) add(ending, lo + 1, hi + 1);
			}
		}
		onStack.delete(key);
		memo.set(key, here);
		return here;
	};
	const all = visit(rootKey);
	let lo = Infinity;
	let hi = 0;
	for (const [ending, [a, b]] of all) {
		if (ending === '(none)') continue;
		out.endings[ending] = { minDecisions: a, maxDecisions: b };
		lo = Math.min(lo, a);
		hi = Math.max(hi, b);
	}
	out.minDecisions = lo === Infinity ? 0 : lo;
	out.maxDecisions = hi;
}
