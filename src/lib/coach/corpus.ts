/**
 * The coach's labelled corpus (corpus/<lang>/<technique>.jsonl): worker
 * replies with the technique they use, whether the use is sound or the
 * technique's common misuse, the words that show it, and the split they
 * belong to. Parsing is strict: a corpus line that is wrong is a build error.
 */
import * as v from 'valibot';
import { PHASES, TECHNIQUES } from '../domain/casework.ts';

export const COACH_LANGS = ['zh-CN', 'en'] as const;
export type CoachLang = (typeof COACH_LANGS)[number];
export const USES = ['well', 'misuse'] as const;
export type Use = (typeof USES)[number];

const text = v.pipe(v.string(), v.trim(), v.minLength(1));

export const CorpusLineSchema = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.regex(/^(zh|en)-[a-z-]+-\d{3}$/)),
		lang: v.picklist(COACH_LANGS),
		technique: v.picklist(TECHNIQUES),
		use: v.picklist(USES),
		phase: v.picklist(PHASES),
		client: text,
		text,
		evidence: v.pipe(v.array(text), v.minLength(1), v.maxLength(3)),
		split: v.picklist(['train', 'test'])
	}),
	v.check((o) => o.evidence.every((e) => o.text.includes(e)), 'every evidence string occurs in the text')
);
export type CorpusLine = v.InferOutput<typeof CorpusLineSchema>;

/** Parses one .jsonl file; `name` goes into the error of a bad line. */
export function parseCorpus(jsonl: string, name: string): CorpusLine[] {
	return jsonl
		.split('\n')
		.map((line, i) => [line.trim(), i + 1] as const)
		.filter(([line]) => line)
		.map(([line, n]) => {
			let raw: unknown;
			try {
				raw = JSON.parse(line);
			} catch {
				throw new Error(`${name}:${n}: not JSON`);
			}
			const r = v.safeParse(CorpusLineSchema, raw);
			if (!r.success) throw new Error(`${name}:${n}: ${r.issues[0].message}`);
			return r.output;
		});
}
