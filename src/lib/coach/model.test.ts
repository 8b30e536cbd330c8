import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../scripts/lib/coach-models.ts';
import { coachReply } from './coach.ts';
import { load } from './model.ts';
import { train } from './train.ts';

// A quick model from a slice of the corpus: these tests are about the mechanics, the bench and coach-targets.test.ts about accuracy.
const corpus = readCorpus().filter((l) => l.lang === 'zh-CN' && ['empathy', 'attending', 'advice'].includes(l.technique));
const model = train(corpus, 'zh-CN', { epochs: 8 });

describe('the coach model', () => {
	it('is the same bytes from the same corpus', () => {
		expect(train(corpus, 'zh-CN', { epochs: 8 })).toEqual(model);
	});

	it('reads a reply: techniques ranked by probability, a use, and evidence quoted from the reply', () => {
		const text = '一个人守着这么大的屋子，晚上肯定觉得特别冷清吧。';
		const r = coachReply(load(model), text, '老伴走了以后，家里就剩我一个人了。');
		expect(r.techniques).toHaveLength(12);
		for (let i = 1; i < r.techniques.length; i++) expect(r.techniques[i - 1].p).toBeGreaterThanOrEqual(r.techniques[i].p);
		expect(r.techniques.reduce((s, t) => s + t.p, 0)).toBeCloseTo(1, 6);
		expect(['well', 'misuse']).toContain(r.use);
		expect(r.evidence.length).toBeGreaterThan(0);
		for (const e of r.evidence) expect(text).toContain(e);
	});

	it('says "not sure", with the reason, for what it cannot read, and quotes a pasted reply exactly', () => {
		const m = load(model);
		expect(coachReply(m, '   ')).toMatchObject({ unsure: true, problem: 'empty', evidence: [] });
		expect(coachReply(m, 'Thanks for telling me.')).toMatchObject({ unsure: true, problem: 'other-language' });
		const pasted = '\u0007（放下笔，身体前倾）\u0000您慢慢说，我听着。';
		for (const e of coachReply(m, pasted).evidence) expect(pasted).toContain(e);
	});
});

describe('closestOption', () => {
	it('marks the option that uses the same technique as the reply', async () => {
		const { closestOption } = await import('./closest.ts');
		const m = load(model);
		const options = ['（放下手里的笔，转过身来，身体微微前倾，看着她）', '您这个情况必须马上去医院，一定不能再拖了。'];
		expect(closestOption(m, '（合上本子，面向阿姨坐好，点点头）', options)).toBe(0);
		expect(closestOption(m, '这件事千万别拖，必须今天就去看医生。', options)).toBe(1);
		expect(closestOption(m, '随便写点', [])).toBe(-1);
	});
});
