import { knotOf, type AuditIssue, type AuditReport } from './audit-report.ts';

/** zh-CN and en must share one skeleton: the same choices, at the same places, with the same tags. */
export function compareSkeletons(a: AuditReport, b: AuditReport, names: [string, string]): AuditIssue[] {
	const issues: AuditIssue[] = [];
	for (const [path, tags] of a.skeleton) {
		const other = b.skeleton.get(path);
		if (other === undefined)
			issues.push({
				level: 'error',
				code: 'skeleton',
				message: `${names[0]} has a choice at ${path} that ${names[1]} lacks`,
				where: knotOf(path)
			});
		else if (other !== tags)
			issues.push({
				level: 'error',
				code: 'skeleton',
				message: `Choice at ${path} is tagged "${tags}" in ${names[0]} but "${other}" in ${names[1]}`,
				where: knotOf(path)
			});
	}
	for (const path of b.skeleton.keys())
		if (!a.skeleton.has(path))
			issues.push({
				level: 'error',
				code: 'skeleton',
				message: `${names[1]} has a choice at ${path} that ${names[0]} lacks`,
				where: knotOf(path)
			});
	const ea = Object.keys(a.endings).sort().join(', ');
	const eb = Object.keys(b.endings).sort().join(', ');
	if (ea !== eb)
		issues.push({ level: 'error', code: 'skeleton', message: `Endings differ: ${names[0]} has [${ea}], ${names[1]} has [${eb}]` });
	if (a.states !== b.states)
		issues.push({ level: 'error', code: 'skeleton', message: `${names[0]} has ${a.states} decision states, ${names[1]} has ${b.states}` });
	return issues;
}
