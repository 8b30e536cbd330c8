/**
 * The free-text coach (issue #16): accuracy on the corpus's test split,
 * which training never sees, per language; the time to read one reply
 * (p50/p95 over the test replies, each read 20 times after the scoring
 * pass has warmed the code up); and
 * the gzipped size of the lazy chunks the coach ships in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { COACH_LANGS } from '../src/lib/coach/corpus.ts';
import { coachReply } from '../src/lib/coach/coach.ts';
import { meetsTargets, score, TARGETS } from '../src/lib/coach/evaluate.ts';
import { load } from '../src/lib/coach/model.ts';
import { TECHNIQUES } from '../src/lib/domain/casework.ts';
import { coachModels, readCorpus } from '../scripts/lib/coach-models.ts';
import { percentile } from './stats.ts';
import { renderTable } from './table.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * The lazy chunks the coach ships in: one model chunk per language (its
 * vocabulary is unmistakable) and the code chunks that read it. Sizes gzipped.
 */
function coachChunks(site: string): { models: { file: string; gz: number }[]; code: { file: string; gz: number }[] } {
	const dir = join(site, '_app', 'immutable');
	const chunks = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.js'))
		.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }))
		.filter(({ text }) => text.includes('unsureBelow'))
		.map(({ file, text }) => ({ file, text, gz: gzipSync(text, { level: 9 }).length }));
	const isModel = (text: string) => /\bvocab:/.test(text);
	return {
		models: chunks.filter((c) => isModel(c.text)).map(({ file, gz }) => ({ file, gz })),
		code: chunks.filter((c) => !isModel(c.text)).map(({ file, gz }) => ({ file, gz }))
	};
}

export function reportCoach(site?: string): void {
	const corpus = readCorpus();
	const models = coachModels();
	const rows: string[][] = [];
	const times: number[] = [];
	const confusions: string[] = [];
	for (const lang of COACH_LANGS) {
		const model = load(models[lang]);
		const test = corpus.filter((l) => l.lang === lang && l.split === 'test');
		const s = score(test.map((gold) => ({ gold, reading: coachReply(model, gold.text, gold.client) })));
		for (const l of test)
			for (let i = 0; i < 20; i++) {
				const t0 = performance.now();
				coachReply(model, l.text, l.client);
				times.push(performance.now() - t0);
			}
		const misses = meetsTargets(s);
		rows.push([
			lang,
			String(s.n),
			pct(s.top1),
			pct(s.top2),
			pct(s.family),
			pct(s.use),
			pct(s.unsure),
			misses.length ? `MISS: ${misses.join('; ')}` : 'PASS'
		]);
		const short = (t: string) => t.slice(0, 5);
		confusions.push(
			`\n${lang}: rows are the true technique, columns the coach's first pick\n` +
				renderTable(
					['', ...TECHNIQUES.map(short)],
					TECHNIQUES.map((g) => [short(g), ...TECHNIQUES.map((p) => String(s.confusion[g][p] || '·'))])
				)
		);
	}
	console.log(`\nFree-text coach on its test split (${corpus.filter((l) => l.split === 'test').length} replies never trained on)\n`);
	console.log(renderTable(['lang', 'replies', 'top-1', 'top-2', 'family', 'well/misuse', 'not sure', 'status'], rows));
	console.log(
		`Targets: top-1 ≥ ${pct(TARGETS.top1)}, top-2 ≥ ${pct(TARGETS.top2)}, family ≥ ${pct(TARGETS.family)}, well/misuse ≥ ${pct(TARGETS.use)}, not sure ≤ ${pct(TARGETS.unsureAtMost)}.`
	);
	for (const c of confusions) console.log(c);
	const p95 = percentile(times, 95);
	console.log(
		`\nReading one reply: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (goal ≤ 50 ms p95) ${p95 <= 50 ? 'PASS' : 'OVER'}`
	);
	if (site) {
		const { models, code } = coachChunks(site);
		const codeGz = code.reduce((n, c) => n + c.gz, 0);
		for (const m of models) {
			const total = m.gz + codeGz;
			console.log(
				`Coach download: model ${m.file} ${(m.gz / 1024).toFixed(1)} KB + code ${(codeGz / 1024).toFixed(1)} KB = ${(total / 1024).toFixed(1)} KB gz (goal ≤ 150 KB) ${total <= 150 * 1024 ? 'PASS' : 'OVER'}`
			);
		}
		if (!models.length) console.log('Coach download: no model chunk in the build');
	}
}

if (import.meta.url === `file://${process.argv[1]}`) reportCoach(process.argv[2]);
