/**
 * The quiz bank, loaded once from bank/*.json and validated at import time:
 * an invalid file throws with every problem listed, so `vite build` and the
 * test run fail loudly instead of shipping a broken question.
 */
import type { PhaseId, TechniqueId } from '../domain/casework.ts';
import { TOPIC_IDS, parseBankFile, type BankFile, type CaseSet, type Item, type Text, type TopicId } from './schema.ts';

/** An item as the app uses it: with its topic, and for case-set items the set it belongs to. */
export type BankItem = Item & {
	topic: TopicId;
	/** Present on items of a case set. */
	setId?: string;
	/** The set's vignette (the same object as the set's, not a copy). */
	vignette?: Text;
};

export type BankSet = CaseSet & { topic: TopicId; items: BankItem[] };

export interface Bank {
	/** Every item, standalone and in sets, in syllabus (topic) order, then file order. */
	items: readonly BankItem[];
	sets: readonly BankSet[];
	byId: ReadonlyMap<string, BankItem>;
	byTopic: ReadonlyMap<TopicId, readonly BankItem[]>;
	byTechnique: ReadonlyMap<TechniqueId, readonly BankItem[]>;
	byPhase: ReadonlyMap<PhaseId, readonly BankItem[]>;
	/** The parsed files, keyed by file name. */
	files: ReadonlyMap<string, BankFile>;
}

export class BankError extends Error {
	override name = 'BankError';
	constructor(readonly errors: readonly string[]) {
		super(`The quiz bank is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n- ${errors.join('\n- ')}`);
	}
}

/**
 * Validates and indexes bank files (`{ 'path/intake.json': parsed JSON }`).
 * Collects the problems of every file before throwing, so one run shows all
 * of them; also rejects what no single file can see: the same topic in two
 * files and an id used in two files.
 * @throws BankError
 */
export function buildBank(modules: Record<string, unknown>): Bank {
	const errors: string[] = [];
	const parsed: [string, BankFile][] = [];
	for (const [path, raw] of Object.entries(modules)) {
		const fileName = path.replace(/^.*\//, '');
		const r = parseBankFile(raw, fileName);
		if (r.ok) parsed.push([fileName, r.file]);
		else errors.push(...r.errors);
	}

	const topicFile = new Map<TopicId, string>();
	for (const [fileName, file] of parsed) {
		const other = topicFile.get(file.topic);
		if (other) errors.push(`${fileName}: file — topic "${file.topic}" is already used by ${other}`);
		topicFile.set(file.topic, fileName);
	}
	// Syllabus order, so lists and papers read chapter by chapter whatever order the glob returned.
	parsed.sort((a, b) => TOPIC_IDS.indexOf(a[1].topic) - TOPIC_IDS.indexOf(b[1].topic) || a[0].localeCompare(b[0]));

	const items: BankItem[] = [];
	const sets: BankSet[] = [];
	const idFile = new Map<string, string>();
	const claim = (id: string, fileName: string, kind: string) => {
		const other = idFile.get(id);
		if (other && other !== fileName) errors.push(`${fileName}: ${kind} ${id} — id is also used in ${other}`);
		idFile.set(id, fileName);
	};
	for (const [fileName, file] of parsed) {
		for (const item of file.items) {
			claim(item.id, fileName, 'item');
			items.push({ ...item, topic: file.topic });
		}
		for (const set of file.sets ?? []) {
			claim(set.id, fileName, 'set');
			const setItems = set.items.map((item): BankItem => {
				claim(item.id, fileName, 'item');
				return { ...item, topic: file.topic, setId: set.id, vignette: set.vignette };
			});
			items.push(...setItems);
			sets.push({ ...set, topic: file.topic, items: setItems });
		}
	}
	if (errors.length) throw new BankError(errors);

	const group = <K>(keysOf: (item: BankItem) => readonly K[]) => {
		const map = new Map<K, BankItem[]>();
		for (const item of items) for (const k of keysOf(item)) map.set(k, [...(map.get(k) ?? []), item]);
		return map;
	};
	return {
		items,
		sets,
		byId: new Map(items.map((i) => [i.id, i])),
		byTopic: group((i) => [i.topic]),
		byTechnique: group((i) => i.techniques ?? []),
		byPhase: group((i) => i.phases ?? []),
		files: new Map(parsed)
	};
}

/** The bank shipped with the app. Importing this module validates it. */
export const BANK: Bank = buildBank(import.meta.glob('./bank/*.json', { eager: true, import: 'default' }));

// Lookups by index, kept as the tests' reference for the indexes; the app reads `bank.byId` and friends directly.
export function itemById(id: string, bank: Bank = BANK): BankItem | undefined {
	return bank.byId.get(id);
}
export function itemsByTopic(topic: TopicId, bank: Bank = BANK): readonly BankItem[] {
	return bank.byTopic.get(topic) ?? [];
}
export function itemsByTechnique(technique: TechniqueId, bank: Bank = BANK): readonly BankItem[] {
	return bank.byTechnique.get(technique) ?? [];
}
export function itemsByPhase(phase: PhaseId, bank: Bank = BANK): readonly BankItem[] {
	return bank.byPhase.get(phase) ?? [];
}
export function setById(id: string, bank: Bank = BANK): BankSet | undefined {
	return bank.sets.find((s) => s.id === id);
}
