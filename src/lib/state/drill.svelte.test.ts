import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseCorpus } from '$lib/coach/corpus';
import { makeDrills } from '$lib/coach/drills';
import { load } from '$lib/coach/model';
import { train } from '$lib/coach/train';
import { mulberry32 } from '$lib/quiz/random';
import { DrillSession } from './drill.svelte.ts';

const dir = 'src/lib/coach/corpus/zh-CN';
const corpus = readdirSync(dir).flatMap((f) => parseCorpus(readFileSync(`${dir}/${f}`, 'utf8'), f));
const coach = {
	model: load(
		train(
			corpus.filter((l) => ['empathy', 'focusing'].includes(l.technique)),
			'zh-CN',
			{ epochs: 5 }
		)
	),
	drills: makeDrills(corpus)
};

describe('DrillSession', () => {
	it('opens on the technique named in the address, reads the reply sent, and keeps that text when the draft changes', async () => {
		const drill = new DrillSession({ lang: 'zh-CN', load: async () => coach, rng: mulberry32(1) });
		await drill.open('focusing');
		expect(drill.status).toBe('ready');
		expect(drill.drill?.technique).toBe('focusing');
		drill.draft = '这么多事，咱们先挑最急的那件说，好吗？';
		drill.check();
		expect(drill.reading?.techniques).toHaveLength(12);
		drill.draft = 'changed';
		expect(drill.sent).toBe('这么多事，咱们先挑最急的那件说，好吗？');
		const first = drill.drill;
		drill.next();
		expect(drill.drill).not.toBe(first);
		expect([drill.draft, drill.sent, drill.reading]).toEqual(['', '', null]);
	});

	it('ignores an unknown technique in the address', async () => {
		const drill = new DrillSession({ lang: 'zh-CN', load: async () => coach, rng: mulberry32(1) });
		await drill.open('<script>');
		expect(drill.technique).toBe('empathy');
	});

	it('when the coach cannot load, says so and keeps the draft; a retry then works', async () => {
		let fail = true;
		const drill = new DrillSession({
			lang: 'zh-CN',
			load: async () => {
				if (fail) throw new Error('offline');
				return coach;
			}
		});
		drill.draft = '我写了一半的话';
		await drill.open();
		expect(drill.status).toBe('failed');
		drill.check();
		expect(drill.reading).toBeNull();
		expect(drill.draft).toBe('我写了一半的话');
		fail = false;
		await drill.open();
		expect(drill.status).toBe('ready');
		expect(drill.drill?.technique).toBe('empathy');
	});
});
