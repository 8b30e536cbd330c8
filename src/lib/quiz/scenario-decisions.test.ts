import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { optionFeedbackReader } from '../engine/option-feedback.ts';
import { replay } from '../engine/replay.ts';
import { StoryEngine } from '../engine/story-engine.ts';
import { scenarioCardContents } from './review.ts';
import { scenarioDecisions } from './scenario-decisions.ts';

/** The mini story played to its end along `choices`, read as a finished player would read it. */
function decisionsOf(choices: number[]) {
	const engine = new StoryEngine(MINI.zh());
	const { turns } = replay(engine, choices);
	const reader = optionFeedbackReader(engine, choices);
	const decisions = scenarioDecisions(turns, 'mini', 'zh-CN', { cast: engine.globals.cast, feedbackOf: reader.feedbackOf });
	reader.done();
	return { decisions, engine };
}

describe('scenarioDecisions', () => {
	it('names who said the prompting line from the cast, and keeps every option’s feedback for a weak or harmful choice', () => {
		const { decisions } = decisionsOf([2, 1]);
		expect(decisions).toHaveLength(2);
		expect(decisions[0]).toMatchObject({ clientLine: '“你是谁？”', speaker: '服务对象', chosen: 2 });
		expect(decisions[0].options.map((o) => o.feedback)).toEqual(['开放式提问，让服务对象自己讲。', '还没预估就提计划。', '封闭式提问。']);
		// The second passage depends on the story's state after the first choice (trust 0).
		expect(decisions[1]).toMatchObject({ clientLine: '“没什么好说的。”', speaker: '服务对象' });
		expect(decisions[1].options.map((o) => o.feedback)).toEqual(['收集资料。', '没有介入和评估就结案。', '转介合理：超出本机构服务范围。']);
		const [card] = scenarioCardContents(decisions);
		expect(card.speaker).toBe('服务对象');
		expect(card.options[1].feedback).toBe('还没预估就提计划。');
	});

	it('gives narration no speaker, and skips the feedback of choices that make no card', () => {
		const { decisions } = decisionsOf([0, 0, 1, 1]);
		const closing = decisions[3];
		expect(closing.clientLine).toBe('时间过去了三个月。');
		expect(closing.speaker).toBeUndefined();
		expect(closing.options.map((o) => o.feedback)).toEqual(['提前预告结案。', '突然结案。']);
		// A best choice becomes no card: its options' feedback is not worked out.
		expect(decisions[0].options.every((o) => o.feedback === undefined)).toBe(true);
		expect(scenarioCardContents(decisions).map((c) => c.clientLine)).toEqual(['', '时间过去了三个月。']);
	});

	it('falls back to the speaker id when the cast does not name them, and works without the story', () => {
		const engine = new StoryEngine(MINI.zh());
		const { turns } = replay(engine, [2]);
		expect(scenarioDecisions(turns, 'mini', 'zh-CN', { cast: {} })[0].speaker).toBe('client');
		const plain = scenarioDecisions(turns, 'mini', 'zh-CN')[0];
		expect(plain.options.some((o) => o.feedback)).toBe(false);
	});
});

describe('optionFeedbackReader', () => {
	it('puts the engine back where it was', () => {
		const engine = new StoryEngine(MINI.zh());
		replay(engine, [2]);
		const reader = optionFeedbackReader(engine, [2]);
		expect(reader.feedbackOf(1, 1)).toBe('没有介入和评估就结案。');
		expect(reader.feedbackOf(0, 0)).toBeUndefined(); // behind the reader: decisions are asked in order
		reader.done();
		expect(engine.choices().map((c) => c.text)).toEqual([
			'“我们一起看看您身边有哪些支持。”',
			'“我来结案吧。”',
			'转介到医院的长期照护服务。'
		]);
		expect(engine.choose(1).ended).toBe(true);
	});
});
