import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { MINI } from '../../../tests/helpers/ink.ts';
import { parseCorpus } from '../coach/corpus.ts';
import { makeDrills } from '../coach/drills.ts';
import { load } from '../coach/model.ts';
import { train } from '../coach/train.ts';
import { StoryEngine } from '../engine/story-engine.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { OwnWords, readingOf } from './own-words.svelte.ts';
import { Player } from './player.svelte.ts';
import { ProgressState } from './progress.svelte.ts';

const dir = 'src/lib/coach/corpus/zh-CN';
const corpus = readdirSync(dir).flatMap((f) => parseCorpus(readFileSync(`${dir}/${f}`, 'utf8'), f));
const coach = {
	model: load(
		train(
			corpus.filter((l) => ['empathy', 'advice'].includes(l.technique)),
			'zh-CN',
			{ epochs: 5 }
		)
	),
	drills: makeDrills([])
};
const json = MINI.zh();

function setup(enabled = true, store = new MemoryStore()) {
	const progress = new ProgressState();
	void progress.open(async () => ({ store, persistent: true }));
	const player = new Player({
		scenarioId: 'mini',
		locale: 'zh-CN',
		storyHash: 'h1',
		opening: new StoryEngine(json).continue(),
		loadStory: async () => json,
		progress,
		now: () => new Date('2026-11-22T10:00:00.000Z'),
		newId: () => 'attempt-1'
	});
	const own = new OwnWords({ player, lang: 'zh-CN', enabled: () => enabled, load: async () => coach });
	return { player, own, store };
}

describe('OwnWords', () => {
	it('asks at each decision in practice mode, keeps a readable reply with the run, and marks an option', async () => {
		const { player, own, store } = setup();
		await player.start();
		expect(own.asking).toBe(true);
		own.draft = '  ';
		await own.submit();
		expect(own.shown?.reading.problem).toBe('empty');
		expect(own.asking).toBe(true);
		expect(own.draft).toBe('  ');

		own.draft = '一个人撑了这么久，心里肯定很委屈吧。';
		await own.submit();
		expect(own.asking).toBe(false);
		expect(own.draft).toBe('');
		expect(player.current.choices.map((c) => c.index)).toContain(own.closest);
		expect(await store.get('run:mini')).toMatchObject({ replies: [{ at: 0, text: '一个人撑了这么久，心里肯定很委屈吧。' }] });

		await player.choose(player.current.choices[0].index);
		expect(own.asking).toBe(true);
		own.skip();
		expect(own.asking).toBe(false);
		expect(own.shown).toBeNull();
	});

	it('does not ask in exam mode or with the setting off', async () => {
		const off = setup(false);
		await off.player.start();
		expect(off.own.asking).toBe(false);
		const exam = setup();
		await exam.player.start();
		exam.player.mode = 'exam';
		expect(exam.own.asking).toBe(false);
	});

	it('shows a kept reply with its evidence found again in the text', () => {
		const r = readingOf({
			at: 0,
			text: '您心里委屈，我听出来了。',
			techniques: ['empathy'],
			use: 'well',
			unsure: false,
			evidence: ['心里委屈', '不在文中']
		});
		expect(r.reading.spans).toEqual([[1, 5]]);
		expect(r.reading.evidence).toEqual(['心里委屈']);
	});
});
