import { describe, expect, it } from 'vitest';
import { AUTHOR_MESSAGES } from '$lib/i18n/author-messages';
import type { InkCheck } from '$lib/instructor/custom-story';
import { statusText } from './status';

const zh = AUTHOR_MESSAGES['zh-CN'];
const en = AUTHOR_MESSAGES.en;
const check = (over: Partial<InkCheck>): InkCheck => ({
	errors: [],
	issues: [],
	cast: {},
	accepted: true,
	playable: true,
	unscored: false,
	...over
});
const stats = { decisions: { min: 1, max: 9 }, endings: [], techniquesWell: [], techniquesMisused: [], states: 4321 };

describe('statusText', () => {
	it('says how far a running check has got, once it has reported', () => {
		expect(statusText({ kind: 'checking' }, 0, zh)).toBe(zh.result.checking);
		expect(statusText({ kind: 'checking' }, 0, en, { states: 1200, decisions: 35 })).toBe(
			'Checking every path: 1200 states explored, 35 decisions found…'
		);
	});

	it('says plainly that a check stopped at its time limit, before the verdict', () => {
		const c = check({
			stats: { ...stats, stopped: 'time', seconds: 20, sampled: 300 },
			issues: [{ level: 'warning', code: 'time-limit', message: 'x' }]
		});
		expect(statusText({ kind: 'done', check: c, source: '' }, 0, zh)).toBe(
			'检查到了 20 秒的时间上限，已停止：检查了 4321 个状态，并非每条路径都检查过。下面是目前发现的问题。 检查通过，可以试玩和保存；另有 1 条建议。'
		);
	});

	it('does not count a note (an unscored story) as a suggestion', () => {
		const c = check({ unscored: true, issues: [{ level: 'info', code: 'unscored', message: 'x' }] });
		expect(statusText({ kind: 'done', check: c, source: '' }, 0, en)).toBe(en.result.ok);
	});
});
