/**
 * The coach's trained models, for the build (vite-plugin-coach.ts), the
 * command line (scripts/classify.ts) and the bench: read the corpus, train
 * one model per language, and keep the result on disk keyed by the corpus
 * and the coach's code, so a build with neither changed does not train again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COACH_LANGS, parseCorpus, type CoachLang, type CorpusLine } from '../../src/lib/coach/corpus.ts';
import { makeDrills, type DrillSet } from '../../src/lib/coach/drills.ts';
import type { CoachModel } from '../../src/lib/coach/model.ts';
import { train } from '../../src/lib/coach/train.ts';

const COACH_DIR = fileURLToPath(new URL('../../src/lib/coach/', import.meta.url));
export const CORPUS_DIR = join(COACH_DIR, 'corpus');
const CACHE_DIR = 'node_modules/.cache/casework-coach';

/** Every corpus file, in a fixed order. */
export function corpusFiles(): string[] {
	return COACH_LANGS.flatMap((lang) =>
		readdirSync(join(CORPUS_DIR, lang))
			.filter((f) => f.endsWith('.jsonl'))
			.sort()
			.map((f) => join(CORPUS_DIR, lang, f))
	);
}

export function readCorpus(): CorpusLine[] {
	return corpusFiles().flatMap((file) => {
		const lines = parseCorpus(readFileSync(file, 'utf8'), file);
		const lang = file.split('/').at(-2);
		for (const l of lines) if (l.lang !== lang) throw new Error(`${file}: ${l.id} says lang ${l.lang}`);
		return lines;
	});
}

function cacheKey(): string {
	const h = createHash('sha256');
	const code = readdirSync(COACH_DIR)
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
		.sort()
		.map((f) => join(COACH_DIR, f));
	for (const f of [...corpusFiles(), ...code]) h.update(f.slice(COACH_DIR.length)).update(readFileSync(f));
	return h.digest('hex').slice(0, 32);
}

let memo: { key: string; corpus: CorpusLine[]; models?: Record<CoachLang, CoachModel> } | undefined;

/** The corpus, read and parsed once for as long as no file of it or of the coach's code changes. */
function current(): NonNullable<typeof memo> {
	const key = cacheKey();
	if (memo?.key !== key) memo = { key, corpus: readCorpus() };
	return memo;
}

/** The drills of one language, from its train split. */
export function coachDrills(lang: CoachLang): DrillSet {
	return makeDrills(current().corpus.filter((l) => l.lang === lang));
}

/** Both languages' models, trained (or read from the cache). */
export function coachModels(): Record<CoachLang, CoachModel> {
	const now = current();
	if (now.models) return now.models;
	const file = join(CACHE_DIR, `${now.key}.json`);
	let models: Record<CoachLang, CoachModel> | undefined;
	if (existsSync(file)) {
		try {
			models = JSON.parse(readFileSync(file, 'utf8'));
		} catch {
			models = undefined;
		}
	}
	if (!models) {
		models = { 'zh-CN': train(now.corpus, 'zh-CN'), en: train(now.corpus, 'en') };
		try {
			mkdirSync(CACHE_DIR, { recursive: true });
			writeFileSync(file, JSON.stringify(models));
		} catch {
			// A read-only tree only costs speed.
		}
	}
	now.models = models;
	return models;
}
