/**
 * What the quiz e2e files share: items looked up in the real bank, answering
 * by keyboard, and waiting until an answer has reached IndexedDB.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { BANK, type BankItem } from '../../src/lib/quiz/bank.ts';

export const LETTERS = 'ABCDE';

export const item = (id: string | null): BankItem => {
	const found = id && BANK.byId.get(id);
	if (!found) throw new Error(`not in the bank: ${id}`);
	return found;
};

/** A wrong answer: the first option that is not part of the key. */
export const wrongOf = (i: BankItem) => [[0, 1, 2, 3, 4].find((k) => !i.answer.includes(k))!];

/** Answers by keyboard: one letter per option to pick. */
export async function pressAnswer(page: Page, chosen: readonly number[]) {
	for (const k of chosen) await page.keyboard.press(LETTERS[k].toLowerCase());
}

/** Every record in the app's IndexedDB store. */
export async function readStore(page: Page): Promise<Record<string, unknown>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown>>((resolve, reject) => {
				const open = indexedDB.open('casework-trainer');
				open.onsuccess = () => {
					const tx = open.result.transaction('progress', 'readonly');
					const store = tx.objectStore('progress');
					const keys = store.getAllKeys();
					const values = store.getAll();
					tx.oncomplete = () => {
						open.result.close();
						resolve(Object.fromEntries((keys.result as string[]).map((k, i) => [k, values.result[i]])));
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
}

/**
 * Waits until the stored progress satisfies `ok`. Saving is queued behind the
 * answer; a test that reloads or leaves the page (a full load, not the app's
 * own navigation) waits for it first, as a learner's next click would.
 */
export async function stored(page: Page, ok: (records: Record<string, unknown>) => boolean) {
	await expect
		.poll(async () => ok(await readStore(page)), { message: 'the expected progress was never stored', timeout: 10_000 })
		.toBe(true);
}

export const historyLength = (n: number) => (r: Record<string, unknown>) =>
	(r['quiz:history'] as { events?: unknown[] } | undefined)?.events?.length === n;
export const hasPaper = (r: Record<string, unknown>) => Object.keys(r).some((k) => k.startsWith('paper:'));

/** axe-core on the page as it stands. */
export async function axe(page: Page, label: string) {
	const r = await new AxeBuilder({ page }).analyze();
	expect(r.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}
