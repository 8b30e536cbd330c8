/**
 * Finds quiz-bank text copied from the source notes: any run of SHINGLE
 * characters (after normalising width, case, spaces and punctuation) that
 * also occurs in a seed file.
 *
 *   npx tsx scripts/seed-shingles.ts <seed dir>           list the overlaps
 *   npx tsx scripts/seed-shingles.ts <seed dir> --write   also store the seeds' hashed shingles
 *
 * The stored file lets the unit test check the bank without the seeds, and
 * without shipping their text in the repo.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHINGLE = 18;
/** Hex digits kept per hash: 40 bits make a chance collision over the whole bank unlikely. */
export const HASH_HEX = 10;
export const FIXTURE = fileURLToPath(new URL('../tests/fixtures/seed-shingles.json', import.meta.url));
const BANK_DIR = fileURLToPath(new URL('../src/lib/quiz/bank/', import.meta.url));

export interface ShingleFile {
	shingle: number;
	hashHex: number;
	/** Sorted, fixed-width sha256 prefixes, concatenated. */
	hashes: string;
}

/** Copying survives re-punctuating and re-spacing, so neither counts. */
export function normalise(s: string): string {
	return s
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]/gu, '');
}

export function hashShingle(s: string): string {
	return createHash('sha256').update(s).digest('hex').slice(0, HASH_HEX);
}

/**
 * Every SHINGLE-long run of the normalised text that holds Chinese, with its
 * start. Latin-only runs are left out: with spaces removed, 18 letters are
 * three common words or a technique's name, not a copied sentence.
 */
export function* shingles(text: string): Generator<[string, number]> {
	const chars = [...normalise(text)];
	for (let k = 0; k + SHINGLE <= chars.length; k++) {
		const run = chars.slice(k, k + SHINGLE).join('');
		if (HAN.test(run)) yield [run, k];
	}
}
const HAN = /\p{Script=Han}/u;

export function readShingleSet(file: ShingleFile): Set<string> {
	const set = new Set<string>();
	for (let k = 0; k < file.hashes.length; k += file.hashHex) set.add(file.hashes.slice(k, k + file.hashHex));
	return set;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Every learner-facing string in a bank file, labelled `item-id field`. */
export function bankTexts(file: Json): [string, string][] {
	const out: [string, string][] = [];
	const walk = (node: Json, label: string) => {
		if (typeof node === 'string') out.push([label, node]);
		else if (Array.isArray(node)) node.forEach((x, k) => walk(x, `${label}.${k}`));
		else if (node && typeof node === 'object') {
			const id = typeof node.id === 'string' ? node.id : null;
			for (const [k, v] of Object.entries(node)) {
				if (k === 'id' || k === 'format' || k === 'topic' || k === 'phases' || k === 'techniques') continue;
				walk(v, id ? `${id} ${k}` : `${label}${label ? '.' : ''}${k}`);
			}
		}
	};
	walk(file, '');
	return out;
}

/** Overlaps of each bank text with the hashed seed shingles: label and the copied run. */
export function findOverlaps(texts: [string, string][], seeds: Set<string>): { label: string; run: string }[] {
	const found: { label: string; run: string }[] = [];
	for (const [label, text] of texts) {
		const chars = [...normalise(text)];
		let runStart = -1;
		let runEnd = -1;
		const flush = () => {
			if (runStart >= 0) found.push({ label, run: chars.slice(runStart, runEnd).join('') });
			runStart = -1;
		};
		for (const [s, k] of shingles(text)) {
			if (!seeds.has(hashShingle(s))) continue;
			if (runStart >= 0 && k <= runEnd) runEnd = k + SHINGLE;
			else {
				flush();
				runStart = k;
				runEnd = k + SHINGLE;
			}
		}
		flush();
	}
	return found;
}

function main(args: string[]) {
	const dir = args.find((a) => !a.startsWith('--'));
	if (!dir) {
		console.error('usage: tsx scripts/seed-shingles.ts <seed dir> [--write]');
		process.exit(2);
	}
	const hashes = new Set<string>();
	for (const name of readdirSync(dir).sort()) for (const [s] of shingles(readFileSync(join(dir, name), 'utf8'))) hashes.add(hashShingle(s));
	const texts = readdirSync(BANK_DIR)
		.filter((n) => n.endsWith('.json'))
		.sort()
		.flatMap((n) => bankTexts(JSON.parse(readFileSync(join(BANK_DIR, n), 'utf8')) as Json));
	const overlaps = findOverlaps(texts, hashes);
	for (const o of overlaps) console.log(`${o.label}: ${o.run}`);
	console.log(`${overlaps.length} overlap(s) in ${new Set(overlaps.map((o) => o.label.split(' ')[0])).size} item(s)`);
	if (args.includes('--write')) {
		const file: ShingleFile = { shingle: SHINGLE, hashHex: HASH_HEX, hashes: [...hashes].sort().join('') };
		writeFileSync(FIXTURE, JSON.stringify(file, null, '\t') + '\n');
		console.log(`wrote ${hashes.size} shingles to ${FIXTURE}`);
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
