import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseGlobalTags, parseLineTags, parseTag } from './tags.ts';

describe('parseTag', () => {
	it('splits key and value, with or without spaces', () => {
		expect(parseTag('phase:intake')).toEqual({ key: 'phase', value: 'intake' });
		expect(parseTag(' phase: intake ')).toEqual({ key: 'phase', value: 'intake' });
		expect(parseTag('# technique : empathy')).toEqual({ key: 'technique', value: 'empathy' });
	});
	it('treats a tag without a colon as a flag', () => {
		expect(parseTag('feedback')).toEqual({ key: 'feedback', value: null });
	});
	it('keeps colons inside the value', () => {
		expect(parseTag('summary: 时间：三个月')).toEqual({ key: 'summary', value: '时间：三个月' });
		expect(parseTag('title: a: b')).toEqual({ key: 'title', value: 'a: b' });
	});
});

describe('parseChoiceTags', () => {
	it('reads phase, quality and up to two techniques', () => {
		const t = parseChoiceTags(['technique:listening', 'technique: empathy', 'phase: intake', 'quality:best']);
		expect(t).toMatchObject({ phase: 'intake', quality: 'best', techniques: ['listening', 'empathy'], problems: [] });
	});
	it('reports unknown values, a third technique and unknown keys', () => {
		const t = parseChoiceTags([
			'phase:intak',
			'quality:bad',
			'technique:a',
			'technique:empathy',
			'technique:advice',
			'technique:focusing',
			'mood:x'
		]);
		expect(t.phase).toBeUndefined();
		expect(t.quality).toBeUndefined();
		expect(t.techniques).toEqual(['empathy', 'advice']);
		expect(t.problems.map((p) => p.code)).toEqual([
			'unknown-value',
			'unknown-value',
			'unknown-value',
			'too-many-techniques',
			'unknown-key'
		]);
	});
	it('reads the added coverage tags', () => {
		const t = parseChoiceTags(['phase:closing', 'quality:good', 'referral', 'close-reason: new-needs', 'close-form:intervals']);
		expect(t).toMatchObject({ referral: true, closeReason: 'new-needs', closeForm: 'intervals', problems: [] });
		expect(parseChoiceTags(['close-form:email']).problems[0].code).toBe('unknown-value');
	});
	it('reads critical with its principle and the pinned flag', () => {
		const t = parseChoiceTags(['phase:intake', 'quality:harmful', 'critical: confidentiality', 'pinned']);
		expect(t).toMatchObject({ quality: 'harmful', critical: 'confidentiality', pinned: true, problems: [] });
		expect(parseChoiceTags(['quality:best']).pinned).toBeUndefined();
		expect(parseChoiceTags(['critical:rudeness']).problems).toEqual([{ code: 'unknown-value', tag: 'critical:rudeness' }]);
	});
	it('treats a global-only tag on a choice as an unknown key, without failing', () => {
		expect(parseChoiceTags(['skills: empathy']).problems).toEqual([{ code: 'unknown-key', tag: 'skills: empathy' }]);
		expect(parseLineTags(['skills: empathy']).problems[0].code).toBe('unknown-key');
	});
	it('flags a repeated key', () => {
		expect(parseChoiceTags(['phase:intake', 'phase:planning']).problems[0].code).toBe('duplicate-key');
	});
});

describe('parseLineTags', () => {
	it('reads speaker, feedback, phase, ending and reaction', () => {
		expect(parseLineTags(['speaker: wang', 'phase:assessment'])).toMatchObject({ speaker: 'wang', phase: 'assessment', feedback: false });
		expect(parseLineTags(['feedback']).feedback).toBe(true);
		expect(parseLineTags(['ending: well-closed', 'reaction:dependence'])).toMatchObject({ ending: 'well-closed', reaction: 'dependence' });
	});
	it('rejects an ending kind that is not kebab-case and an unknown phase', () => {
		expect(parseLineTags(['ending:Well Closed']).problems[0].code).toBe('unknown-value');
		expect(parseLineTags(['phase:later']).problems[0].code).toBe('unknown-value');
	});
});

describe('parseGlobalTags', () => {
	it('reads title, numbers and the cast list', () => {
		const g = parseGlobalTags([
			'title: 独居老人王阿姨',
			'minutes: 25',
			'lang: zh-CN',
			'difficulty: 2',
			'cast: wang=王阿姨; worker=社工（你）'
		]);
		expect(g).toMatchObject({
			title: '独居老人王阿姨',
			minutes: 25,
			lang: 'zh-CN',
			difficulty: 2,
			cast: { wang: '王阿姨', worker: '社工（你）' }
		});
		expect(g.problems).toEqual([]);
		expect(parseGlobalTags(['skills: empathy, focusing']).skills).toEqual(['empathy', 'focusing']);
		expect(parseGlobalTags(['skills: empathy, hugging']).problems[0].code).toBe('unknown-value');
	});
	it('reports a non-numeric minutes value', () => {
		expect(parseGlobalTags(['minutes: soon']).problems[0].code).toBe('unknown-value');
	});
});
