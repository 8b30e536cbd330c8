import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { replay } from '../engine/replay.ts';
import { encodeSuspend } from '../instructor/scorm-suspend.ts';
import { scoreTranscript } from '../scoring/score.ts';
import { findApi, ScormLink, type RunSnapshot, type Scorm12Api } from './scorm-runtime.ts';

const json = MINI.zh();
const HASH = '0123456789abcdef';
/** scorm-again as the LMS, with every value the SCO sets recorded (some elements are write-only in SCORM 1.2). */
function lms() {
	const real = new Scorm12API({ logLevel: 5 });
	const sets: [string, string][] = [];
	const api: Scorm12Api = {
		LMSInitialize: () => real.LMSInitialize(),
		LMSFinish: () => real.LMSFinish(),
		LMSGetValue: (e) => real.LMSGetValue(e),
		LMSSetValue: (e, v) => {
			sets.push([e, v]);
			return real.LMSSetValue(e, v);
		},
		LMSCommit: () => real.LMSCommit(),
		LMSGetLastError: () => String(real.LMSGetLastError())
	};
	const last = (element: string) => sets.findLast(([e]) => e === element)?.[1];
	return Object.assign(api, { real, sets, last });
}
const snapshot = (choices: number[], seed = 7): RunSnapshot => {
	const t = replay(json, choices);
	return { turns: t.turns, result: scoreTranscript(t), ended: t.ended, mode: 'exam', seed };
};
/** A stand-in window: only what the search reads. */
const frame = (parent?: object, extra: object = {}) => {
	const w: Record<string, unknown> = { opener: null, ...extra };
	w.parent = parent ?? w;
	return w as unknown as Window;
};
const at = (ms: number) => () => new Date(Date.UTC(2026, 0, 1, 9, 0, 0) + ms);

describe('finding the LMS API', () => {
	it('looks up the parent chain, then in the opener, and ignores frames it cannot read', () => {
		const api = new Scorm12API();
		const top = frame(undefined, { API: api });
		expect(findApi(frame(frame(frame(top))))).toBe(api);
		expect(findApi(frame(undefined, { opener: frame(undefined, { API: api }) }))).toBe(api);
		const foreign = frame();
		Object.defineProperty(foreign, 'API', {
			get() {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		});
		expect(findApi(frame(foreign))).toBeNull();
		expect(findApi(frame())).toBeNull();
	});
});

describe('one LMS session', () => {
	it('reports each decision as it is taken, the state to resume between them, and the result at the end', () => {
		const api = lms();
		let ms = 0;
		const link = new ScormLink(api, { passMark: 60, storyHash: HASH, now: () => at(ms)() });
		expect(link.api).toBe(api);
		link.sync(snapshot([]));
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
		ms = 30_000;
		link.sync(snapshot([0]));
		link.sync(snapshot([0, 0]));
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('2');
		expect(api.last('cmi.core.exit')).toBe('suspend');
		expect(api.real.cmi.suspend_data).toBe(encodeSuspend({ mode: 'exam', seed: 7, storyHash: HASH, choices: [0, 0], reported: 2 }));
		ms = 125_000;
		const end = snapshot([0, 0, 0, 0, 0]);
		link.sync(end);
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('5');
		expect(api.LMSGetValue('cmi.core.score.raw')).toBe(String(end.result.total));
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe(end.result.total >= 60 ? 'passed' : 'failed');
		expect(api.last('cmi.core.session_time')).toBe('0000:02:05.00');
		expect(api.real.cmi.suspend_data).toBe('');
		expect(link.finished).toBe(true);
		expect(api.real.isTerminated()).toBe(true);
		// Every value was accepted by the runtime.
		expect(api.real.lastErrorCode).toBe('0');
	});

	it('writes a retaken decision again after an undo, and never a replayed one', () => {
		const api = lms();
		const link = new ScormLink(api, { storyHash: HASH });
		link.sync(snapshot([0]));
		link.sync(snapshot([]));
		link.sync(snapshot([2]));
		const responses = api.sets.filter(([e]) => e.endsWith('.student_response'));
		expect(responses).toEqual([
			['cmi.interactions.0.student_response', '0'],
			['cmi.interactions.1.student_response', '2']
		]);
		link.sync(snapshot([2]));
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('2');
	});

	it('resumes from the suspend_data of the same story version only, and starts afresh otherwise', () => {
		const kept = encodeSuspend({ mode: 'exam', seed: 99, storyHash: HASH, choices: [0, 0], reported: 2 })!;
		const again = lms();
		again.real.loadFromJSON({ suspend_data: kept, core: { entry: 'resume' } } as never, 'cmi');
		const link = new ScormLink(again, { storyHash: HASH });
		expect(link.suspended).toEqual({ mode: 'exam', seed: 99, storyHash: HASH, choices: [0, 0], reported: 2 });
		link.sync(snapshot([0, 0, 0], 99));
		// Only the new decision is written; the two the LMS already had are not.
		expect(again.LMSGetValue('cmi.interactions._count')).toBe('1');
		const other = lms();
		other.real.loadFromJSON({ suspend_data: kept } as never, 'cmi');
		expect(new ScormLink(other, { storyHash: 'fedcba9876543210' }).suspended).toBeNull();
	});

	it('plays on without an LMS, or with one that refuses or throws', () => {
		const none = new ScormLink(null, { storyHash: HASH });
		expect(none.api).toBeNull();
		expect(() => none.sync(snapshot([0]))).not.toThrow();
		const refusing: Scorm12Api = {
			LMSInitialize: () => 'false',
			LMSFinish: () => 'false',
			LMSGetValue: () => '',
			LMSSetValue: () => 'false',
			LMSCommit: () => 'false',
			LMSGetLastError: () => '101'
		};
		expect(new ScormLink(refusing, { storyHash: HASH }).api).toBeNull();
		const broken = {
			...refusing,
			LMSInitialize: () => {
				throw new Error('API not ready');
			}
		};
		expect(new ScormLink(broken, { storyHash: HASH }).api).toBeNull();
		const throwing = {
			...refusing,
			LMSInitialize: () => 'true',
			LMSSetValue: () => {
				throw new Error('boom');
			},
			LMSCommit: () => {
				throw new Error('boom');
			}
		};
		const link = new ScormLink(throwing, { storyHash: HASH });
		expect(() => link.sync(snapshot([0, 0, 0, 0, 0]))).not.toThrow();
		expect(link.finished).toBe(true);
	});

	it('writes nothing when the LMS opens an attempt for review', () => {
		const api = lms();
		api.real.loadFromJSON({ core: { lesson_mode: 'review' } } as never, 'cmi');
		const link = new ScormLink(api, { storyHash: HASH });
		link.sync(snapshot([0, 0, 0, 0, 0]));
		link.leave();
		expect(api.sets).toEqual([]);
	});

	it('on leaving mid-run, writes the session time and ends the session with the run kept', () => {
		const api = lms();
		let ms = 0;
		const link = new ScormLink(api, { storyHash: HASH, now: () => at(ms)() });
		link.sync(snapshot([0]));
		ms = 61_230;
		link.leave();
		expect(api.last('cmi.core.session_time')).toBe('0000:01:01.23');
		expect(api.last('cmi.core.exit')).toBe('suspend');
		expect(api.real.cmi.suspend_data).not.toBe('');
		expect(api.real.isTerminated()).toBe(true);
	});
});
