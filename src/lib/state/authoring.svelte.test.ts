import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { compileInk } from '../engine/compile.ts';
import type { CustomStory } from '../instructor/assignment.ts';
import { checkInkSource, storyHash, toCustomStory, type InkCheck } from '../instructor/custom-story.ts';
import { LIMITS } from '../instructor/limits.ts';
import { listSavedStories, saveCustomStory } from '../progress/custom-stories.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { AuthoringSession, CheckCancelled, type CheckReply, type InkCheckService, type InkFile } from './authoring.svelte.ts';

const VALID = readFileSync('tests/fixtures/author/valid.ink', 'utf8');
const BROKEN = readFileSync('tests/fixtures/author/broken.ink', 'utf8');

type Answer = { check: InkCheck; hash?: string; story?: CustomStory } | { failure: string };

/** What the worker answers, computed here with the real compiler. */
async function replyFor(source: string): Promise<{ check: InkCheck; hash?: string; story?: CustomStory }> {
	const check = checkInkSource(source, compileInk);
	const hash = check.json ? await storyHash(check.json) : undefined;
	return { check, hash, story: check.accepted && check.json && hash ? toCustomStory(check.json, hash) : undefined };
}
const VALID_REPLY = await replyFor(VALID);
const BROKEN_REPLY = await replyFor(BROKEN);

/** A worker stand-in whose answers the test releases one by one, with the real one's cancel semantics. */
class FakeChecker implements InkCheckService {
	calls: {
		source: string;
		filename: string;
		answer: (r: Answer | Error) => void;
		progress?: (p: { states: number; decisions: number }) => void;
	}[] = [];
	cancelled = 0;
	disposed = false;
	#reject?: (e: Error) => void;

	check(source: string, filename: string, progress?: (p: { states: number; decisions: number }) => void): Promise<CheckReply> {
		this.cancel();
		return new Promise((resolve, reject) => {
			this.#reject = reject;
			const answer = (r: Answer | Error) => (r instanceof Error ? reject(r) : resolve({ id: 1, ...r } as CheckReply));
			this.calls.push({ source, filename, answer, progress });
		});
	}
	cancel() {
		this.cancelled++;
		this.#reject?.(new CheckCancelled('cancelled'));
		this.#reject = undefined;
	}
	dispose() {
		this.cancel();
		this.disposed = true;
	}
}

function setup(store = new MemoryStore(), persistent = true) {
	const checker = new FakeChecker();
	const replaced: string[] = [];
	const session = new AuthoringSession({
		checker,
		open: async () => ({ store, persistent }),
		onreplace: (from) => {
			replaced.push(`${from}:${session.source.length}:${checker.calls.length}`);
		}
	});
	return { session, checker, store, replaced };
}

const file = (name: string, bytes: Uint8Array | string): InkFile & { read: number } => {
	const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
	const f = { name, size: data.length, read: 0, arrayBuffer: async () => (f.read++, data.slice().buffer) };
	return f;
};

describe('AuthoringSession', () => {
	it('reads the saved list once started, and says when the store is memory only', async () => {
		const store = new MemoryStore();
		await saveCustomStory(store, VALID_REPLY.story!, { source: VALID });
		const { session } = setup(store, false);
		expect(session.saved).toBeUndefined();
		const started = session.start();
		expect(session.live).toBe(true);
		await started;
		expect(session.persistent).toBe(false);
		expect(session.saved?.map((s) => s.story.hash)).toEqual([VALID_REPLY.hash]);
		expect(session.skipped).toBe(0);
	});

	it('checks the editor text in the checker, and marks the result stale once the text changes', async () => {
		const { session, checker } = setup();
		await session.start();
		session.source = VALID;
		const checking = session.check();
		expect(session.outcome.kind).toBe('checking');
		expect(checker.calls.map((c) => c.filename)).toEqual(['story.ink']);
		checker.calls[0].answer(VALID_REPLY);
		await checking;
		flushSync();
		expect(session.done).toMatchObject({ source: VALID, hash: VALID_REPLY.hash });
		expect(session.bad).toBe(false);
		expect(session.canSave).toBe(true);
		session.source = VALID + '\n';
		flushSync();
		expect(session.stale).toBe(true);
		expect(session.canSave).toBe(false);
	});

	it('counts error-level issues and calls a story with compile errors bad', async () => {
		const { session, checker } = setup();
		const checking = session.check(BROKEN);
		checker.calls[0].answer(BROKEN_REPLY);
		await checking;
		flushSync();
		expect(session.bad).toBe(true);
		expect(session.done?.check.errors).toHaveLength(1);
		expect(session.canSave).toBe(false);
	});

	it('refuses empty or oversized text without asking the checker', async () => {
		const { session, checker } = setup();
		await session.check('  \n ');
		expect(session.outcome).toEqual({ kind: 'problem', problem: { code: 'empty' }, file: undefined });
		await session.check('x'.repeat(LIMITS.inkBytes + 1));
		expect(session.outcome).toMatchObject({ kind: 'problem', problem: { code: 'too-large' } });
		expect(checker.calls).toEqual([]);
	});

	it('ignores the answer of a check that was replaced or cancelled', async () => {
		const { session, checker } = setup();
		const first = session.check(BROKEN);
		const second = session.check(VALID);
		await first;
		expect(session.outcome.kind).toBe('checking');
		checker.calls[0].answer(BROKEN_REPLY);
		checker.calls[1].answer(VALID_REPLY);
		await second;
		expect(session.done?.source).toBe(VALID);

		const third = session.check(BROKEN);
		session.cancel();
		await third;
		expect(session.outcome).toEqual({ kind: 'cancelled' });
		checker.calls[2].answer(BROKEN_REPLY);
		await Promise.resolve();
		expect(session.outcome).toEqual({ kind: 'cancelled' });
	});

	it('reports a worker that failed, by its answer or by an error', async () => {
		const { session, checker } = setup();
		const a = session.check(VALID);
		checker.calls[0].answer({ failure: 'out of memory' });
		await a;
		expect(session.outcome).toEqual({ kind: 'failed', detail: 'out of memory' });
		const b = session.check(VALID);
		checker.calls[1].answer(new Error('the compiler script failed to load'));
		await b;
		expect(session.outcome).toEqual({ kind: 'failed', detail: 'the compiler script failed to load' });
		expect(session.bad).toBe(true);
	});

	it('loads one file into the editor, and refuses too large, binary or several files, leaving the editor as it was', async () => {
		const { session, checker, replaced } = setup();
		session.source = 'kept';
		const huge = file('huge.ink', new Uint8Array(LIMITS.inkBytes + 1));
		await session.loadFile(huge);
		expect(huge.read).toBe(0);
		expect(session.outcome).toEqual({
			kind: 'problem',
			problem: { code: 'too-large', bytes: LIMITS.inkBytes + 1, limit: LIMITS.inkBytes },
			file: 'huge.ink'
		});
		await session.loadFile(file('picture.ink', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00])));
		expect(session.outcome).toMatchObject({ kind: 'problem', problem: { code: 'binary' }, file: 'picture.ink' });
		await session.loadFiles([file('a.ink', 'a'), file('b.ink', 'b')]);
		expect(session.outcome).toEqual({ kind: 'one-file' });
		expect(session.source).toBe('kept');
		expect(checker.calls).toEqual([]);

		const loading = session.loadFiles([file('valid.ink', `\uFEFF${VALID}`)]);
		await vi.waitFor(() => expect(checker.calls).toHaveLength(1));
		// The view was told of the new text before it was checked.
		expect(replaced).toEqual([`file:${VALID.length}:0`]);
		expect(checker.calls[0]).toMatchObject({ source: VALID, filename: 'valid.ink' });
		checker.calls[0].answer(VALID_REPLY);
		await loading;
		expect(session.done).toMatchObject({ file: 'valid.ink', source: VALID });
	});

	it('saves the story checked, lists it, reopens it and deletes it', async () => {
		const { session, checker, store, replaced } = setup();
		await session.start();
		expect(session.saved).toEqual([]);
		session.source = VALID;
		const checking = session.check();
		checker.calls[0].answer(VALID_REPLY);
		await checking;
		await session.save();
		const story = VALID_REPLY.story!;
		expect(session.saveNote).toEqual({ kind: 'saved', title: story.title, hash: story.hash });
		expect((await listSavedStories(store)).saved).toEqual([expect.objectContaining({ story, source: VALID })]);
		expect(session.saved?.map((s) => s.story)).toEqual([story]);

		session.source = '';
		const opening = session.open(session.saved![0]);
		expect(session.source).toBe(VALID);
		expect(session.listNote).toEqual({ kind: 'opened', title: story.title });
		expect(replaced).toEqual([`saved:${VALID.length}:1`]);
		await vi.waitFor(() => expect(checker.calls).toHaveLength(2));
		// A new check clears what the last save said.
		expect(session.saveNote).toBeUndefined();
		checker.calls[1].answer(VALID_REPLY);
		await opening;
		expect(session.done?.source).toBe(VALID);

		await session.remove(session.saved![0]);
		expect(session.listNote).toEqual({ kind: 'deleted', title: story.title });
		expect(session.saved).toEqual([]);
		expect(store.data.size).toBe(0);
	});

	it('saves nothing when the text changed since the check, and says why a save failed', async () => {
		const store = new MemoryStore();
		const { session, checker } = setup(store);
		await session.start();
		session.source = VALID;
		const checking = session.check();
		checker.calls[0].answer(VALID_REPLY);
		await checking;
		session.source = VALID + ' ';
		await session.save();
		expect(store.data.size).toBe(0);
		expect(session.saveNote).toBeUndefined();

		session.source = VALID;
		vi.spyOn(store, 'set').mockRejectedValueOnce(new Error('QuotaExceededError'));
		await session.save();
		expect(session.saveNote).toEqual({ kind: 'failed', detail: 'QuotaExceededError' });
	});

	it('disposes of the checker and ignores a check still running', async () => {
		const { session, checker } = setup();
		const checking = session.check(VALID);
		session.dispose();
		await checking;
		expect(checker.disposed).toBe(true);
		expect(session.outcome.kind).toBe('checking');
	});

	it('shows how far the running check has got, and ignores a superseded check’s reports', async () => {
		const { session, checker } = setup();
		const first = session.check(BROKEN);
		checker.calls[0].progress?.({ states: 120, decisions: 8 });
		expect(session.progress).toEqual({ states: 120, decisions: 8 });
		const second = session.check(VALID);
		await first;
		expect(session.progress).toBeUndefined();
		checker.calls[0].progress?.({ states: 999, decisions: 99 });
		expect(session.progress).toBeUndefined();
		checker.calls[1].progress?.({ states: 5, decisions: 4 });
		expect(session.progress).toEqual({ states: 5, decisions: 4 });
		checker.calls[1].answer(VALID_REPLY);
		await second;
		expect(session.outcome.kind).toBe('done');
	});
});
