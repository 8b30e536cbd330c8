import { describe, expect, it } from 'vitest';
import { MINI } from '../../../../../tests/helpers/ink.ts';
import TurnRehearsal from './TurnRehearsal.svelte';
import type { Turn } from '$lib/engine/replay';
import { StoryEngine } from '$lib/engine/story-engine';
import { MESSAGES } from '$lib/i18n/messages';
import { scoreTranscript } from '$lib/scoring/score';
import { renderOnce, rehearse } from './rehearse.svelte.ts';

const t = MESSAGES['zh-CN'];
const cast = { client: '服务对象' };
const engine = new StoryEngine(MINI.zh());
const opening = engine.continue();
const current: Turn = { lines: opening.lines, choices: opening.choices };
const after = engine.choose(1);
const next: Turn[] = [
	{ ...current, chosen: 1 },
	{ lines: after.lines, choices: after.choices }
];
const common = {
	cast,
	mode: 'practice' as const,
	t,
	locale: 'zh-CN' as const,
	prefix: '',
	result: scoreTranscript({ turns: next, ended: false })
};
const rehearsal = {
	from: { ...common, turns: [current], started: false },
	to: { ...common, turns: next, score: 40, started: true, undoOffered: true }
};

/** The text of everything drawn under `stage` while `run` ran, old text included (the stage is empty again by then). */
async function added(stage: HTMLElement, run: () => void): Promise<string> {
	const records: MutationRecord[] = [];
	const observer = new MutationObserver((r) => records.push(...r));
	observer.observe(stage, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
	run();
	await Promise.resolve();
	records.push(...observer.takeRecords());
	observer.disconnect();
	return records
		.flatMap((r) => [...r.addedNodes].map((n) => n.textContent ?? ''))
		.concat(records.filter((r) => r.type === 'characterData').flatMap((r) => [r.oldValue ?? '', r.target.textContent ?? '']))
		.join('\n');
}

function manualScheduler() {
	const queue: (() => void)[] = [];
	return {
		queue,
		schedule: (task: () => void) => {
			queue.push(task);
			return () => queue.splice(queue.indexOf(task), 1);
		},
		runNext: () => queue.shift()?.()
	};
}

describe('renderOnce', () => {
	it('draws the turn on screen, then the turn a choice brings, and leaves nothing behind', async () => {
		const stage = document.createElement('div');
		document.body.append(stage);
		const seen = await added(stage, () => renderOnce(stage, TurnRehearsal, rehearsal));
		expect(seen).toContain(opening.choices[0].text);
		// The update ran: the choice taken, its feedback and the next passage were drawn too.
		expect(seen).toContain(t.feedback);
		expect(seen).toContain(after.lines.find((l) => !l.feedback && l.text)!.text);
		// The controls as they would be after the choice: the score so far, undo and restart.
		expect(seen).toContain(t.scoreSoFar);
		expect(seen).toContain(t.undo);
		expect(stage.childNodes).toHaveLength(0);
		stage.remove();
	});

	it('draws the end of the case when the choice ends it', async () => {
		const e = new StoryEngine(MINI.zh());
		let passage = e.continue();
		const turns: Turn[] = [];
		while (!passage.ended) {
			turns.push({ lines: passage.lines, choices: passage.choices, chosen: passage.choices[0].index });
			passage = e.choose(passage.choices[0].index);
		}
		const last = turns.at(-1)!;
		const stage = document.createElement('div');
		document.body.append(stage);
		const seen = await added(stage, () =>
			renderOnce(stage, TurnRehearsal, {
				from: { ...common, turns: [{ ...last, chosen: undefined }], started: true },
				to: { ...common, turns: [last, { lines: passage.lines, choices: [] }], started: true }
			})
		);
		expect(seen).toContain(t.storyEnded);
		expect(seen).toContain(t.playAgain);
		expect(stage.childNodes).toHaveLength(0);
		stage.remove();
	});

	it('leaves nothing behind when the render fails halfway', () => {
		const stage = document.createElement('div');
		// A turn with no lines array makes StoryLog throw while it is first drawn.
		const broken = { ...rehearsal.to, turns: [current, { choices: [] } as unknown as Turn] };
		expect(() => renderOnce(stage, TurnRehearsal, { from: broken, to: rehearsal.to })).toThrow();
		expect(stage.childNodes).toHaveLength(0);
	});
});

describe('rehearse', () => {
	it('renders one rehearsal per idle task, in order, skipping those with nothing to show', () => {
		const stage = document.createElement('div');
		const s = manualScheduler();
		const asked: number[] = [];
		rehearse(
			stage,
			TurnRehearsal,
			[0, 1, 2].map((k) => () => {
				asked.push(k);
				return k === 1 ? undefined : rehearsal;
			}),
			s.schedule
		);
		expect(asked).toEqual([]);
		s.runNext();
		expect(asked).toEqual([0]);
		s.runNext();
		s.runNext();
		expect(asked).toEqual([0, 1, 2]);
		expect(s.queue).toHaveLength(0);
		expect(stage.childNodes).toHaveLength(0);
	});

	it('stops when cancelled, and a rehearsal that throws does not stop the next', () => {
		const stage = document.createElement('div');
		const s = manualScheduler();
		const asked: number[] = [];
		const stop = rehearse(
			stage,
			TurnRehearsal,
			[0, 1, 2].map((k) => () => {
				asked.push(k);
				if (k === 0) throw new Error('story error');
				return rehearsal;
			}),
			s.schedule
		);
		s.runNext();
		s.runNext();
		expect(asked).toEqual([0, 1]);
		stop();
		expect(s.queue).toHaveLength(0);
		expect(asked).toEqual([0, 1]);
	});
});
