import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
	deserialise,
	dueCards,
	gradeScenarioCard,
	newCard,
	newScenarioCard,
	reviewCard,
	scenarioCardContents,
	scenarioCardFromDecision,
	serialise,
	type ReviewCard
} from './review.ts';

const NOW = new Date('2025-03-01T08:00:00.000Z');
const at = (iso: string) => new Date(iso);
const MIN = 60_000;
const DAY = 86_400_000;

describe('newCard', () => {
	it('is new and due at once, with plain-JSON dates', () => {
		const c = newCard('techniques-001', 'quiz', NOW);
		expect(c).toMatchObject({ id: 'techniques-001', kind: 'quiz', addedAt: '2025-03-01T08:00:00.000Z', lastResult: null });
		expect(c.fsrs).toMatchObject({ due: '2025-03-01T08:00:00.000Z', state: State.New, reps: 0, lapses: 0 });
		expect(c.fsrs.last_review).toBeUndefined();
		expect(JSON.parse(JSON.stringify(c))).toEqual(c);
	});
});

describe('reviewCard', () => {
	it('maps wrong to Again and right to Good: a wrong answer comes back sooner', () => {
		const c = newCard('techniques-001', 'quiz', NOW);
		const wrong = reviewCard(c, false, NOW);
		const right = reviewCard(c, true, NOW);
		// ts-fsrs default learning steps are 1m (Again) and 10m (Good), fuzz off.
		expect(Date.parse(wrong.fsrs.due) - NOW.getTime()).toBe(1 * MIN);
		expect(Date.parse(right.fsrs.due) - NOW.getTime()).toBe(10 * MIN);
		expect(wrong.lastResult).toBe('wrong');
		expect(right.lastResult).toBe('right');
		expect(wrong.fsrs.last_review).toBe(NOW.toISOString());
		expect(wrong.fsrs.difficulty).toBeGreaterThan(right.fsrs.difficulty);
	});
	it('does not change the card it was given', () => {
		const c = newCard('techniques-001', 'quiz', NOW);
		const copy = structuredClone(c);
		reviewCard(c, true, NOW);
		expect(c).toEqual(copy);
	});
	it('spaces right answers out to days, and a lapse brings the card back within the day', () => {
		let c = newCard('techniques-001', 'quiz', NOW);
		c = reviewCard(c, true, NOW);
		c = reviewCard(c, true, at(c.fsrs.due));
		expect(c.fsrs.state).toBe(State.Review);
		c = reviewCard(c, true, at(c.fsrs.due));
		const interval = Date.parse(c.fsrs.due) - Date.parse(c.fsrs.last_review!);
		expect(interval).toBeGreaterThan(5 * DAY);
		const reviewedAt = at(c.fsrs.due);
		const lapsed = reviewCard(c, false, reviewedAt);
		expect(lapsed.fsrs.state).toBe(State.Relearning);
		expect(lapsed.fsrs.lapses).toBe(1);
		expect(Date.parse(lapsed.fsrs.due) - reviewedAt.getTime()).toBeLessThan(DAY);
	});
	it('is deterministic for the same history and clock', () => {
		const run = () => [true, true, false, true].reduce((c, ok) => reviewCard(c, ok, at(c.fsrs.due)), newCard('x', 'quiz', NOW));
		expect(run()).toEqual(run());
	});
});

describe('dueCards', () => {
	it('lists cards due at or before now, most overdue first', () => {
		const a = newCard('a', 'quiz', at('2025-03-01T08:00:00.000Z'));
		const b = newCard('b', 'quiz', at('2025-02-20T08:00:00.000Z'));
		const c = reviewCard(newCard('c', 'quiz', NOW), true, NOW); // due 08:10
		const d = newCard('d', 'quiz', at('2025-03-01T08:00:00.000Z'));
		expect(dueCards([a, c, d, b], NOW).map((x) => x.id)).toEqual(['b', 'a', 'd']);
		expect(dueCards([a, c, d, b], at('2025-03-01T08:10:00.000Z')).map((x) => x.id)).toEqual(['b', 'a', 'd', 'c']);
		expect(dueCards([c], at('2025-03-01T08:09:59.999Z'))).toEqual([]);
	});
});

describe('scenario decisions', () => {
	const decision = {
		scenarioId: 'elderly-wang',
		sourcePath: 'intake.0.c-2',
		clientLine: '我一个人住惯了，你们不用管我。',
		options: [
			{ text: '您一个人住，听起来有些辛苦。', quality: 'best' as const },
			{ text: '您应该搬去养老院。', quality: 'harmful' as const },
			{ text: '那好吧，我下次再来。', quality: 'weak' as const },
			{ text: '您平时都做些什么？', quality: 'good' as const }
		],
		chosen: 1
	};

	it('turns a harmful choice into a card with the best option as the answer', () => {
		const content = scenarioCardFromDecision(decision)!;
		expect(content).toEqual({
			id: 'scenario:elderly-wang:intake.0.c-2',
			scenarioId: 'elderly-wang',
			sourcePath: 'intake.0.c-2',
			clientLine: '我一个人住惯了，你们不用管我。',
			options: decision.options,
			answer: [0],
			chosen: 1
		});
		expect(gradeScenarioCard(content, 0)).toBe(true);
		expect(gradeScenarioCard(content, 3)).toBe(false);
	});
	it('turns a weak choice into a card, and leaves best and good choices alone', () => {
		expect(scenarioCardFromDecision({ ...decision, chosen: 2 })?.answer).toEqual([0]);
		expect(scenarioCardFromDecision({ ...decision, chosen: 0 })).toBeNull();
		expect(scenarioCardFromDecision({ ...decision, chosen: 3 })).toBeNull();
	});
	it('takes every best option, or the highest quality present when none is tagged best', () => {
		const twoBest = { ...decision, options: [...decision.options, { text: '能多说说吗？', quality: 'best' as const }] };
		expect(scenarioCardFromDecision(twoBest)?.answer).toEqual([0, 4]);
		const noBest = { ...decision, options: decision.options.map((o, k) => (k === 0 ? { text: o.text } : o)) };
		expect(scenarioCardFromDecision(noBest)?.answer).toEqual([3]);
		const nothingBetter = {
			...decision,
			options: [
				{ text: 'x', quality: 'weak' as const },
				{ text: 'y', quality: 'weak' as const }
			],
			chosen: 0
		};
		expect(scenarioCardFromDecision(nothingBetter)).toBeNull();
	});
	it('rejects a chosen index that is not an option', () => {
		expect(() => scenarioCardFromDecision({ ...decision, chosen: 4 })).toThrow(RangeError);
	});
	it('makes a scenario card that starts as a wrong answer and carries its question', () => {
		const content = scenarioCardFromDecision({ ...decision, locale: 'zh-CN' })!;
		const card = newScenarioCard(content, NOW);
		expect(card).toMatchObject({ id: content.id, kind: 'scenario', lastResult: 'wrong', scenario: { locale: 'zh-CN' } });
		expect(dueCards([card], NOW)).toHaveLength(1);
	});
});

describe('serialise / deserialise', () => {
	const quiz = reviewCard(newCard('techniques-001', 'quiz', NOW), false, NOW);
	const scenario = newScenarioCard(
		scenarioCardFromDecision({
			scenarioId: 'truant-li',
			sourcePath: 'assess.c-0',
			clientLine: 'Whatever.',
			options: [
				{ text: 'a', quality: 'best' },
				{ text: 'b', quality: 'weak' }
			],
			chosen: 1
		})!,
		NOW
	);

	it('round-trips a deck exactly', () => {
		const r = deserialise(serialise([quiz, scenario]));
		expect(r).toEqual({ ok: true, cards: [quiz, scenario], invalid: [] });
	});
	it('keeps the good cards and sets aside the bad ones with a reason', () => {
		const broken = { ...quiz, id: 'x-1', fsrs: { ...quiz.fsrs, due: 'yesterday' } };
		const wrongKind = { ...quiz, id: 'scenario:truant-li:a.b', kind: 'quiz' };
		const r = deserialise(JSON.stringify({ v: 1, cards: [quiz, broken, wrongKind, { ...quiz }] }));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.cards).toEqual([quiz]);
		expect(r.invalid.map((x) => [x.index, x.detail])).toEqual([
			[1, expect.stringMatching(/^fsrs\.due: /)],
			[2, expect.stringMatching(/id does not fit the kind/)],
			[3, 'duplicate card techniques-001']
		]);
		expect(r.invalid[0].raw).toEqual(broken);
	});
	it('refuses unreadable text, a missing version and a newer version', () => {
		expect(deserialise('{not json')).toEqual({ ok: false, reason: 'unreadable', detail: 'not valid JSON' });
		expect(deserialise({ cards: [] })).toMatchObject({ ok: false, reason: 'invalid' });
		expect(deserialise({ v: 2, cards: [] })).toEqual({ ok: false, reason: 'newer-version', detail: 'written by a newer version (v2)' });
	});
	it('accepts an already-parsed value', () => {
		const parsed = JSON.parse(serialise([quiz])) as { v: number; cards: ReviewCard[] };
		expect(deserialise(parsed)).toEqual({ ok: true, cards: [quiz], invalid: [] });
	});
});

describe('scenario cards from before speakers and feedback were kept', () => {
	it('still load, and are shown without a speaker or notes', () => {
		// A card exactly as the previous version stored it.
		const old = {
			id: 'scenario:elderly-wang:intake.0.c-1',
			kind: 'scenario',
			fsrs: {
				due: NOW.toISOString(),
				stability: 0,
				difficulty: 0,
				elapsed_days: 0,
				scheduled_days: 0,
				learning_steps: 0,
				reps: 0,
				lapses: 0,
				state: 0
			},
			addedAt: NOW.toISOString(),
			lastResult: 'wrong',
			scenario: {
				id: 'scenario:elderly-wang:intake.0.c-1',
				scenarioId: 'elderly-wang',
				sourcePath: 'intake.0.c-1',
				locale: 'zh-CN',
				clientLine: '刘啊，又来查啥？',
				options: [
					{ text: '“您好。”', quality: 'best' },
					{ text: '“查一下。”', quality: 'weak' }
				],
				answer: [0],
				chosen: 1
			}
		};
		const r = deserialise(JSON.stringify({ v: 1, cards: [old] }));
		expect(r).toMatchObject({ ok: true, invalid: [] });
		const card = r.ok ? r.cards[0] : undefined;
		expect(card?.scenario?.speaker).toBeUndefined();
		expect(card?.scenario?.options.every((o) => o.feedback === undefined)).toBe(true);
		expect(gradeScenarioCard(card!.scenario!, 0)).toBe(true);
	});

	it('new cards keep the speaker and each option’s feedback through a save and load', () => {
		const content = scenarioCardFromDecision({
			scenarioId: 'noise-dispute',
			sourcePath: 'intake.0.c-3',
			clientLine: '您这边能不能管管？',
			speaker: '物业小吴',
			options: [
				{ text: 'a', quality: 'harmful', feedback: '推出去只会让人空转。' },
				{ text: 'b', quality: 'best', feedback: '开放式提问。' }
			],
			chosen: 0
		})!;
		const r = deserialise(serialise([newScenarioCard(content, NOW)]));
		expect(r.ok && r.cards[0].scenario).toMatchObject({
			speaker: '物业小吴',
			options: [{ feedback: '推出去只会让人空转。' }, { feedback: '开放式提问。' }]
		});
	});

	it('makes cards of the decisions that can form one, skipping one that cannot', () => {
		const good = {
			scenarioId: 'mini',
			sourcePath: 'a.0',
			clientLine: 'x',
			options: [
				{ text: 'a', quality: 'weak' as const },
				{ text: 'b', quality: 'best' as const }
			],
			chosen: 0
		};
		expect(scenarioCardContents([{ ...good, scenarioId: 'Not An Id' }, good]).map((c) => c.id)).toEqual(['scenario:mini:a.0']);
	});
});
