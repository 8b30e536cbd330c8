/**
 * The shape of the quiz bank (src/lib/quiz/bank/*.json), as content authors
 * write it. Everything that reads the bank goes through these schemas, so a
 * malformed item fails the build with its id named instead of reaching a
 * learner as an unanswerable question.
 *
 * Format rules follow the junior exam (docs/domain.md, "The exam's formats"):
 * - single: 4 options, exactly one answer index.
 * - multiple: 5 options, 2–4 answer indices, ascending (so also unique).
 * - order: 3–7 options shown in scrambled order; `answer` lists the option
 *   indices in the correct order, so it is a permutation of the indices.
 */
import * as v from 'valibot';
import { PHASES, TECHNIQUES, type PhaseId, type TechniqueId } from '../domain/casework.ts';
import { TOPIC_IDS } from './topics.ts';

// The chapter list lives in topics.ts, which has no valibot in it, so storage
// and the home page can name chapters without loading the bank's validators.
export { TOPICS, TOPIC_IDS, isTopic, topicName, type TopicId } from './topics.ts';

export const FORMATS = ['single', 'multiple', 'order'] as const;
export type Format = (typeof FORMATS)[number];

/** Option and answer counts per format, [min, max] (the exam's for single and multiple). */
export const FORMAT_RULES = {
	single: { options: [4, 4], answers: [1, 1] },
	multiple: { options: [5, 5], answers: [2, 4] },
	order: { options: [3, 7], answers: [3, 7] }
} as const satisfies Record<Format, { options: readonly [number, number]; answers: readonly [number, number] }>;

const nonBlank = v.pipe(
	v.string(),
	v.check((s) => s.trim() !== '', 'is empty')
);

/** Every learner-facing string exists in both languages. */
export const TextSchema = v.strictObject({ 'zh-CN': nonBlank, en: nonBlank });
export type Text = v.InferOutput<typeof TextSchema>;

/** Lower-case kebab ids; they end up in stored records and review-card ids. */
const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'), v.maxLength(64));

const unique = <T>(label: string) => v.check<T[], string>((xs) => new Set(xs).size === xs.length, `${label} must not repeat`);

const optionIndex = (max: number) =>
	v.pipe(
		v.number(),
		v.integer('must be a whole number'),
		v.minValue(0, 'must be an option index (0 or more)'),
		v.maxValue(max, (i) => `index ${i.input} is out of range (options 0–${max})`)
	);

const options = ([min, max]: readonly [number, number], label: string) =>
	v.pipe(
		v.array(TextSchema),
		v.check(
			(xs) => xs.length >= min && xs.length <= max,
			(i) => `${label} needs ${min === max ? `exactly ${min}` : `${min}–${max}`} options (has ${(i.input as unknown[]).length})`
		)
	);

const common = {
	id: idSchema,
	difficulty: v.picklist([1, 2, 3], 'difficulty must be 1, 2 or 3'),
	techniques: v.optional(
		v.pipe(v.array(v.picklist(TECHNIQUES, (i) => `unknown technique ${JSON.stringify(i.input)}`)), unique<TechniqueId>('techniques'))
	),
	phases: v.optional(v.pipe(v.array(v.picklist(PHASES, (i) => `unknown phase ${JSON.stringify(i.input)}`)), unique<PhaseId>('phases'))),
	stem: TextSchema,
	explanation: TextSchema
};

const SingleSchema = v.strictObject({
	...common,
	format: v.literal('single'),
	options: options(FORMAT_RULES.single.options, 'a single-choice item'),
	answer: v.pipe(
		v.array(optionIndex(3)),
		v.length(1, (i) => `a single-choice item has exactly 1 answer (has ${i.received})`)
	)
});

const MultipleSchema = v.strictObject({
	...common,
	format: v.literal('multiple'),
	options: options(FORMAT_RULES.multiple.options, 'a multiple-choice item'),
	answer: v.pipe(
		v.array(optionIndex(4)),
		v.check(
			(xs) => xs.length >= FORMAT_RULES.multiple.answers[0] && xs.length <= FORMAT_RULES.multiple.answers[1],
			(i) => `a multiple-choice item has 2–4 correct options (has ${(i.input as unknown[]).length})`
		),
		v.check((xs) => xs.every((x, k) => k === 0 || x > xs[k - 1]), 'multiple-choice answers must be ascending and unique')
	)
});

const OrderSchema = v.strictObject({
	...common,
	format: v.literal('order'),
	options: options(FORMAT_RULES.order.options, 'an ordering item'),
	answer: v.pipe(v.array(optionIndex(6)), unique<number>('answer indices'))
});

/**
 * One question. Checks that need two fields (an ordering answer must be a
 * permutation of exactly its options) run after the fields themselves are
 * valid, and are reported on `answer`.
 */
export const ItemSchema = v.pipe(
	v.variant(
		'format',
		[SingleSchema, MultipleSchema, OrderSchema],
		(i) => `format must be single, multiple or order (got ${JSON.stringify(i.input)})`
	),
	v.forward(
		v.check(
			(item) => item.format !== 'order' || isPermutation(item.answer, item.options.length),
			'an ordering answer must list every option index exactly once'
		),
		['answer']
	),
	v.forward(
		v.check(
			// Options already in the right order would give the answer away.
			(item) => item.format !== 'order' || !item.answer.every((x, k) => x === k),
			'ordering options must be scrambled (the answer is the order they are shown in)'
		),
		['answer']
	)
);
export type Item = v.InferOutput<typeof ItemSchema>;

/** A case vignette followed by several items (docs/domain.md). */
export const CaseSetSchema = v.strictObject({
	id: idSchema,
	vignette: TextSchema,
	items: v.pipe(v.array(ItemSchema), v.minLength(1, 'a case set needs at least one item'))
});
export type CaseSet = v.InferOutput<typeof CaseSetSchema>;

export const BankFileSchema = v.strictObject({
	topic: v.picklist(TOPIC_IDS, (i) => `unknown topic ${JSON.stringify(i.input)}`),
	items: v.array(ItemSchema),
	sets: v.optional(v.array(CaseSetSchema))
});
export type BankFile = v.InferOutput<typeof BankFileSchema>;

function isPermutation(xs: readonly number[], n: number): boolean {
	if (xs.length !== n) return false;
	const seen = new Set(xs);
	return seen.size === n && xs.every((x) => x >= 0 && x < n);
}

export type ParseResult = { ok: true; file: BankFile } | { ok: false; errors: string[] };

/**
 * Validates one bank file. Beyond the schema it checks what a single file can
 * know: the topic matches the file name (`intake.json` holds topic `intake`)
 * and no id is used twice within it. Errors read
 * `intake.json: item intake-007 — answer: …` so an author can find the line.
 */
export function parseBankFile(raw: unknown, fileName: string): ParseResult {
	const parsed = v.safeParse(BankFileSchema, raw);
	if (!parsed.success) {
		return { ok: false, errors: parsed.issues.map((issue) => `${fileName}: ${describeIssue(issue)}`) };
	}
	const file = parsed.output;
	const errors: string[] = [];
	const base = fileName.replace(/^.*\//, '').replace(/\.json$/, '');
	if (base !== file.topic)
		errors.push(`${fileName}: file — topic "${file.topic}" does not match the file name (expected ${file.topic}.json)`);
	const seen = new Set<string>();
	const ids = [
		...file.items.map((i) => ['item', i.id] as const),
		...(file.sets ?? []).flatMap((s) => [['set', s.id] as const, ...s.items.map((i) => ['item', i.id] as const)])
	];
	for (const [kind, id] of ids) {
		if (seen.has(id)) errors.push(`${fileName}: ${kind} ${id} — id is used more than once`);
		seen.add(id);
	}
	return errors.length ? { ok: false, errors } : { ok: true, file };
}

type Issue = v.BaseIssue<unknown>;

/** "item techniques-012 — options.2.en: is empty": the nearest object with an id, then the field path below it. */
function describeIssue(issue: Issue): string {
	let where = 'file';
	let field: string[] = [];
	let parentKey: unknown;
	for (const step of issue.path ?? []) {
		const key = step.key;
		const value = step.value as unknown;
		if (typeof key === 'number' && (parentKey === 'items' || parentKey === 'sets')) {
			const kind = parentKey === 'items' ? 'item' : 'set';
			const id =
				value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;
			where = id ? `${kind} ${id}` : `${where === 'file' ? '' : where + ', '}${kind} #${key + 1} (no valid id)`;
			field = [];
		} else {
			field.push(String(key));
		}
		parentKey = key;
	}
	const path = field.join('.');
	// valibot words a missing field as "Invalid key: Expected "id" but received undefined".
	const missing = (issue.type === 'strict_object' || issue.type === 'object') && issue.received === 'undefined' && path;
	return `${where} — ${path ? path + ': ' : ''}${missing ? 'is missing' : issue.message}`;
}
