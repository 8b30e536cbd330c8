import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { scoreRun } from '../scoring/index.ts';
import { toRow } from './dashboard.ts';
import { claimedScores, type ResultPackage } from './result.ts';
import { MAX_RESULT_FILE_BYTES, fileInput, nextSort, pastedInputs, verifiedStatements } from './result-import.ts';

const choices = [0, 0, 0, 0, 0];
const result = scoreRun(MINI.zh(), choices);
const pkg: ResultPackage = {
	kind: 'casework-result',
	v: 1,
	learner: '李同学',
	scenarioId: 'mini',
	locale: 'zh-CN',
	storyHash: '0123456789abcdef',
	mode: 'exam',
	startedAt: '2026-11-22T09:00:00.000Z',
	finishedAt: '2026-11-22T09:25:30.000Z',
	choices,
	scoring: 2,
	scores: claimedScores(result)
};

describe('fileInput', () => {
	it('reads a file of allowed size and does not read a larger one', async () => {
		let reads = 0;
		const file = (size: number) => ({ name: 'a.json', size, text: async () => (reads++, '{"x":1}') });
		expect(await fileInput(file(7))).toEqual({ name: 'a.json', content: '{"x":1}' });
		expect(await fileInput(file(MAX_RESULT_FILE_BYTES + 1))).toEqual({ name: 'a.json', content: '', tooLarge: MAX_RESULT_FILE_BYTES + 1 });
		expect(reads).toBe(1);
	});
});

describe('pastedInputs', () => {
	it('splits on any whitespace and names codes by position', () => {
		expect(pastedInputs('  A1 \n\tB2\n\nC3 ')).toEqual([
			{ name: '#1', content: 'A1', pasted: true },
			{ name: '#2', content: 'B2', pasted: true },
			{ name: '#3', content: 'C3', pasted: true }
		]);
		expect(pastedInputs(' \n ')).toEqual([]);
	});
});

describe('nextSort', () => {
	it('flips the same column and starts names ascending, figures descending', () => {
		expect(nextSort({ key: 'score', ascending: false }, 'score')).toEqual({ key: 'score', ascending: true });
		expect(nextSort({ key: 'score', ascending: true }, 'learner')).toEqual({ key: 'learner', ascending: true });
		expect(nextSort({ key: 'learner', ascending: true }, 'scenario')).toEqual({ key: 'scenario', ascending: true });
		expect(nextSort({ key: 'learner', ascending: true }, 'minutes')).toEqual({ key: 'minutes', ascending: false });
	});
});

describe('verifiedStatements', () => {
	it('exports verified rows only, titled by the caller', async () => {
		const verified = toRow('k1', pkg, { verdict: 'verified', result, differences: [] });
		const mismatch = toRow('k2', { ...pkg, learner: '王同学' }, { verdict: 'mismatch', result, differences: ['total'] });
		const unknown = toRow('k3', pkg, { verdict: 'unknown-story', differences: [] });
		const titles: string[] = [];
		const flagged = toRow('k4', { ...pkg, learner: '赵同学' }, { verdict: 'verified', result, differences: [] }, [
			{ check: 'no-assignment' }
		]);
		const s = await verifiedStatements([mismatch, verified, unknown, flagged], 'https://trainer.example', {
			title: async (r) => (titles.push(r.key), '小案例'),
			passMark: () => 60
		});
		expect(titles).toEqual(['k1']);
		expect(s).toHaveLength(1 + choices.length);
		expect(s.every((x) => x.actor.name === '李同学')).toBe(true);
		expect(s[0].object.definition?.name).toMatchObject({ 'zh-CN': '小案例' });
	});
});
