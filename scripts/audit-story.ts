/**
 * Compile and audit one scenario folder (both locales), or one .ink file:
 *   npx tsx scripts/audit-story.ts stories/elderly-wang
 *   npx tsx scripts/audit-story.ts my-case.ink [--seconds 60]
 * Exits 1 on any compile error, audit error or warning. The walk of every
 * path stops after --seconds (60 by default) per file, saying so, and a
 * story that loops is reported at its knot within seconds.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { compileInk } from '../src/lib/engine/compile.ts';
import { auditStory, compareSkeletons, type AuditReport } from '../src/lib/engine/audit.ts';
import { TECHNIQUES } from '../src/lib/domain/casework.ts';

const args = process.argv.slice(2);
const secondsAt = args.indexOf('--seconds');
const seconds = secondsAt >= 0 ? Number(args.splice(secondsAt, 2)[1]) : 60;
const target = args[0];
if (!target || !(seconds > 0)) {
	console.error('usage: npx tsx scripts/audit-story.ts stories/<id> | <file>.ink [--seconds N]');
	process.exit(2);
}
const single = existsSync(target) && statSync(target).isFile();
const files = single ? [target] : ['zh-CN', 'en'].map((locale) => join(target, `${locale}.ink`));

let failed = false;
const reports: [string, AuditReport][] = [];
for (const file of files) {
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
	const r = auditStory(compiled.json, { source, map: compiled.map, timeLimitMs: seconds * 1000 });
	const ms = Math.round(performance.now() - t0);
	reports.push([file, r]);
	const mark = { error: '✗', warning: '!', info: 'i' };
	for (const i of r.issues) {
		console.log(`${mark[i.level]} ${file}:${i.line ?? '?'} [${i.code}] ${i.where ? `(${i.where}) ` : ''}${i.message}`);
		if (i.level !== 'info') failed = true;
	}
	console.log(`\n${file}: ${r.states} decision states explored in ${ms} ms`);
	if (r.stopped === 'time') console.log(`  stopped at the ${seconds} s time limit: not every path was checked`);
	if (r.sampled) console.log(`  figures below are sampled from ${r.sampled} random playthroughs, not every path`);
	console.log(`  decisions per playthrough: ${r.minDecisions}–${r.maxDecisions}; options per decision: ${r.minOptions}–${r.maxOptions}`);
	for (const [e, s] of Object.entries(r.endings)) console.log(`  ending ${e}: ${s.minDecisions}–${s.maxDecisions} decisions`);
	if (r.bestPathTotal !== undefined) console.log(`  the best option at every decision scores ${r.bestPathTotal}`);
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
const ok = single ? 'compiles, every path ends, tags valid' : 'compiles, every path ends, tags valid, skeletons match';
console.log(failed ? '\nFAILED' : `\nOK: ${ok}`);
process.exit(failed ? 1 : 0);
