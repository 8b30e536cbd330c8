/**
 * Compile and audit one scenario folder (both locales):
 *   npx tsx scripts/audit-story.ts stories/elderly-wang
 * Exits 1 on any compile error, audit error or warning.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { compileInk } from '../src/lib/engine/compile.ts';
import { auditStory, compareSkeletons, type AuditReport } from '../src/lib/engine/audit.ts';
import { TECHNIQUES } from '../src/lib/domain/casework.ts';

const dir = process.argv[2];
if (!dir) {
	console.error('usage: npx tsx scripts/audit-story.ts stories/<id>');
	process.exit(2);
}
let failed = false;
const reports: [string, AuditReport][] = [];
for (const locale of ['zh-CN', 'en']) {
	const file = join(dir, `${locale}.ink`);
	if (!existsSync(file)) {
		console.log(`✗ ${file} is missing`);
		failed = true;
		continue;
	}
	const source = readFileSync(file, 'utf8');
	const compiled = compileInk(source, basename(file));
	for (const m of [...compiled.errors, ...compiled.warnings]) {
		console.log(`${m.level === 'error' ? '✗' : '!'} ${file}:${m.line ?? '?'} ${m.message}${m.source ? `\n    ${m.source.trim()}` : ''}`);
	}
	if (!compiled.json) {
		failed = true;
		continue;
	}
	const t0 = performance.now();
	const r = auditStory(compiled.json, { source });
	const ms = Math.round(performance.now() - t0);
	reports.push([locale, r]);
	for (const i of r.issues) {
		console.log(`${i.level === 'error' ? '✗' : '!'} ${file}:${i.line ?? '?'} [${i.code}] ${i.where ? `(${i.where}) ` : ''}${i.message}`);
		failed = true;
	}
	console.log(`\n${file}: ${r.states} decision states explored in ${ms} ms`);
	console.log(`  decisions per playthrough: ${r.minDecisions}–${r.maxDecisions}; options per decision: ${r.minOptions}–${r.maxOptions}`);
	for (const [e, s] of Object.entries(r.endings)) console.log(`  ending ${e}: ${s.minDecisions}–${s.maxDecisions} decisions`);
	console.log(`  techniques used well (${r.techniquesWell.length}): ${r.techniquesWell.join(' ')}`);
	console.log(`  techniques misused (${r.techniquesMisused.length}): ${r.techniquesMisused.join(' ')}`);
	const both = TECHNIQUES.filter((t) => r.techniquesWell.includes(t) && r.techniquesMisused.includes(t));
	console.log(`  well AND misused (${both.length}): ${both.join(' ')}`);
	const extra = [...r.tagsSeen].filter((t) => /^(close-|reaction|referral)/.test(t));
	console.log(`  coverage tags: ${extra.join(' ') || '(none)'}`);
}
if (reports.length === 2) {
	for (const i of compareSkeletons(reports[0][1], reports[1][1], ['zh-CN', 'en'])) {
		console.log(`✗ [skeleton] ${i.where ? `(${i.where}) ` : ''}${i.message}`);
		failed = true;
	}
}
console.log(failed ? '\nFAILED' : '\nOK: compiles, every path ends, tags valid, skeletons match');
process.exit(failed ? 1 : 0);
