import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { NOTE_MAX, NotesSchema, mergeNotes, noteOf, setNote, type Notes } from './notes.ts';

const t0 = new Date('2026-12-01T08:00:00Z');
const t1 = new Date('2026-12-02T08:00:00Z');

describe('notes', () => {
	it('keeps a note per item or case card, trimmed, with its time', () => {
		const r = setNote({}, 'intake-001', '  先问开放式问题  ', t0);
		expect(r.ok && noteOf(r.notes, 'intake-001')).toBe('先问开放式问题');
		const c = r.ok && setNote(r.notes, 'scenario:elderly-wang:intake.0.c-1', 'listen first', t1);
		expect(c && c.ok && c.notes['scenario:elderly-wang:intake.0.c-1']).toEqual({ text: 'listen first', at: t1.toISOString() });
		expect(c && c.ok && v.is(NotesSchema, c.notes)).toBe(true);
	});

	it('refuses a note that is too long and changes nothing', () => {
		const before: Notes = { 'intake-001': { text: 'x', at: t0.toISOString() } };
		expect(setNote(before, 'intake-001', 'a'.repeat(NOTE_MAX + 1), t1)).toEqual({ ok: false, reason: 'too-long', max: NOTE_MAX });
	});

	it('returns the same record when nothing changes, and keeps a cleared note as empty', () => {
		const r = setNote({}, 'intake-001', 'x', t0);
		if (!r.ok) throw new Error('refused');
		const same = setNote(r.notes, 'intake-001', 'x ', t1);
		expect(same.ok && same.notes).toBe(r.notes);
		const cleared = setNote(r.notes, 'intake-001', '', t1);
		expect(cleared.ok && cleared.notes['intake-001']).toEqual({ text: '', at: t1.toISOString() });
		expect(noteOf({}, 'constructor')).toBe('');
	});

	it('merges by the later note, so an old backup does not bring back a cleared note', () => {
		const mine: Notes = { a: { text: '', at: t1.toISOString() }, b: { text: 'mine', at: t0.toISOString() } };
		const theirs: Notes = {
			a: { text: 'old', at: t0.toISOString() },
			b: { text: 'newer', at: t1.toISOString() },
			c: { text: 'new', at: t0.toISOString() }
		};
		expect(mergeNotes(mine, theirs)).toEqual({ a: mine.a, b: theirs.b, c: theirs.c });
		expect(mergeNotes(mine, mine)).toEqual(mine);
	});

	it('rejects ids that are neither an item nor a case card', () => {
		expect(v.is(NotesSchema, { 'Not An Id': { text: 'x', at: t0.toISOString() } })).toBe(false);
	});
});
