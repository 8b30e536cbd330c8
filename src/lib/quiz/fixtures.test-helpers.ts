/**
 * Small hand-made bank items for the quiz tests, so the logic tests do not
 * depend on what content authors have written.
 */
import type { BankItem } from './bank.ts';
import type { TopicId } from './schema.ts';

export const t = (s: string) => ({ 'zh-CN': `${s}（中）`, en: `${s} (en)` });

export function single(id: string, answer = 0) {
	return {
		id,
		format: 'single' as const,
		difficulty: 1 as const,
		stem: t(`stem ${id}`),
		options: [t('a'), t('b'), t('c'), t('d')],
		answer: [answer],
		explanation: t('why')
	};
}

export function multiple(id: string, answer = [0, 2, 3]) {
	return {
		id,
		format: 'multiple' as const,
		difficulty: 2 as const,
		stem: t(`stem ${id}`),
		options: [t('a'), t('b'), t('c'), t('d'), t('e')],
		answer,
		explanation: t('why')
	};
}

export function order(id: string, answer = [2, 0, 1]) {
	return {
		id,
		format: 'order' as const,
		difficulty: 3 as const,
		stem: t(`stem ${id}`),
		options: answer.map((_, k) => t(`step ${k}`)),
		answer,
		explanation: t('why')
	};
}

/** A bank item of the given topic, for paper and mistake-book tests. */
export function bankItem(topic: TopicId, format: 'single' | 'multiple' | 'order', n: number, setId?: string): BankItem {
	const id = `${topic}-${format}-${n}`;
	const base = format === 'single' ? single(id) : format === 'multiple' ? multiple(id) : order(id);
	return setId ? { ...base, topic, setId, vignette: t('vignette') } : { ...base, topic };
}

/** `counts[topic] = [singles, multiples]` standalone items. */
export function makeItems(counts: Partial<Record<TopicId, [number, number]>>): BankItem[] {
	return Object.entries(counts).flatMap(([topic, [s, m]]) => [
		...Array.from({ length: s }, (_, k) => bankItem(topic as TopicId, 'single', k)),
		...Array.from({ length: m }, (_, k) => bankItem(topic as TopicId, 'multiple', k))
	]);
}
