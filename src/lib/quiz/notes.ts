/**
 * The learner's own notes on items and case decisions (the mistake book's
 * "my note"), as pure functions over one small record keyed by item id or
 * scenario card id. Every function returns a new value.
 *
 * Decisions:
 * - A note cleared by the learner stays as an empty note with its time, not
 *   a missing key: merging an older backup must not bring the old text back.
 * - Merging keeps, per id, the note written last; on a tie this device's.
 */
import * as v from 'valibot';

export const NOTE_MAX = 2000;

const noteId = v.pipe(v.string(), v.regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|scenario:[a-z0-9]+(?:-[a-z0-9]+)*:\S+)$/), v.maxLength(300));

export const NoteSchema = v.object({
	text: v.pipe(v.string(), v.maxLength(NOTE_MAX)),
	at: v.pipe(v.string(), v.isoTimestamp())
});
export type Note = v.InferOutput<typeof NoteSchema>;

export const NotesSchema = v.record(noteId, NoteSchema);
export type Notes = v.InferOutput<typeof NotesSchema>;

export type NoteWrite = { ok: true; notes: Notes } | { ok: false; reason: 'too-long'; max: number };

/** The note on `id` ('' when there is none). Own keys only: `constructor` must not find Object.prototype. */
export function noteOf(notes: Notes, id: string): string {
	return Object.hasOwn(notes, id) ? notes[id].text : '';
}

/** Sets the note on `id` (surrounding blanks trimmed); too long a note is refused and nothing changes. */
export function setNote(notes: Notes, id: string, text: string, now: Date): NoteWrite {
	const trimmed = text.trim();
	if (trimmed.length > NOTE_MAX) return { ok: false, reason: 'too-long', max: NOTE_MAX };
	if (noteOf(notes, id) === trimmed && (trimmed || !Object.hasOwn(notes, id))) return { ok: true, notes };
	return { ok: true, notes: { ...notes, [id]: { text: trimmed, at: now.toISOString() } } };
}

/** Both sets of notes: per id, the one written later; this device's on a tie. */
export function mergeNotes(current: Notes, backup: Notes): Notes {
	const out = { ...current };
	for (const [id, note] of Object.entries(backup)) {
		const mine = Object.hasOwn(current, id) ? current[id] : undefined;
		if (!mine || Date.parse(note.at) > Date.parse(mine.at)) out[id] = note;
	}
	return out;
}
