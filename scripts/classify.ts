/**
 * The coach on the command line, for evaluation:
 *   npx tsx scripts/classify.ts < in.jsonl > out.jsonl
 * Each input line is {"id","lang","client","text"}; each output line is
 * {"id","techniques","use","unsure","evidence"}, or {"id","error"} for a
 * line that cannot be read, so one bad line costs only itself.
 */
import { createInterface } from 'node:readline';
import { coachModels } from './lib/coach-models.ts';
import { COACH_LANGS, type CoachLang } from '../src/lib/coach/corpus.ts';
import { coachReply } from '../src/lib/coach/coach.ts';
import { load } from '../src/lib/coach/model.ts';

const models = coachModels();
const loaded = Object.fromEntries(COACH_LANGS.map((l) => [l, load(models[l])])) as Record<CoachLang, ReturnType<typeof load>>;

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
	if (!line.trim()) continue;
	let input: { id?: unknown; lang?: unknown; client?: unknown; text?: unknown };
	try {
		input = JSON.parse(line);
	} catch {
		process.stdout.write(JSON.stringify({ id: null, error: 'not JSON' }) + '\n');
		continue;
	}
	const id = input.id ?? null;
	const lang = COACH_LANGS.includes(input.lang as CoachLang) ? (input.lang as CoachLang) : undefined;
	if (!lang || typeof input.text !== 'string') {
		process.stdout.write(JSON.stringify({ id, error: 'needs lang (zh-CN or en) and text' }) + '\n');
		continue;
	}
	const r = coachReply(loaded[lang], input.text, typeof input.client === 'string' ? input.client : '');
	process.stdout.write(
		JSON.stringify({ id, techniques: r.techniques.map((t) => t.id), use: r.use, unsure: r.unsure, evidence: r.evidence }) + '\n'
	);
}
