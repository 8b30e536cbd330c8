/** The words the authoring page shows for a check's outcome and the saved list's notes. */
import type { AuthorMessages } from '$lib/i18n/author-messages';
import { fill } from '$lib/i18n/messages';
import type { AuditProgress } from '$lib/engine/audit';
import type { ListNote, Outcome, SaveNote } from '$lib/state/authoring.svelte';

export const kb = (bytes: number) => Math.ceil(bytes / 1000);

/** The status line; `mustFix` counts the error-level issues of a done check, `progress` is how far a running one has got. */
export function statusText(outcome: Outcome, mustFix: number, a: AuthorMessages, progress?: AuditProgress): string {
	switch (outcome.kind) {
		case 'idle':
			return a.result.idle;
		case 'checking':
			return progress ? fill(a.result.progress, { states: progress.states, decisions: progress.decisions }) : a.result.checking;
		case 'cancelled':
			return a.result.cancelled;
		case 'one-file':
			return `${a.problems.oneFile} ${a.problems.unchanged}`;
		case 'failed':
			return fill(a.result.workerFailed, { detail: outcome.detail });
		case 'problem': {
			const p = outcome.problem;
			const what = outcome.file ? fill(a.problems.theFile, { name: outcome.file }) : a.problems.thePaste;
			const text =
				p.code === 'too-large'
					? fill(a.problems.tooLarge, { what, size: kb(p.bytes), limit: kb(p.limit) })
					: fill(p.code === 'empty' ? a.problems.empty : a.problems.binary, { what });
			return `${text} ${a.problems.unchanged}`;
		}
		case 'done': {
			const c = outcome.check;
			const stopped =
				c.stats?.stopped === 'time' ? `${fill(a.result.timeStopped, { seconds: c.stats.seconds ?? 0, states: c.stats.states })} ` : '';
			const loaded = (outcome.file ? `${fill(a.result.loadedFile, { name: outcome.file })} ` : '') + stopped;
			if (c.errors.length) return loaded + fill(a.result.compileFailed, { n: c.errors.length });
			if (mustFix) return loaded + fill(a.result.mustFix, { n: mustFix });
			// Notes (an unscored story) ask for nothing: they are not suggestions.
			const suggestions = c.issues.filter((i) => i.level === 'warning').length;
			return loaded + (suggestions ? fill(a.result.okWithWarnings, { n: suggestions }) : a.result.ok);
		}
	}
}

export function saveNoteText(note: SaveNote | undefined, a: AuthorMessages): string {
	if (!note) return '';
	return note.kind === 'saved' ? fill(a.save.saved, { title: note.title, hash: note.hash }) : fill(a.save.failed, { detail: note.detail });
}

export function listNoteText(note: ListNote | undefined, a: AuthorMessages): string {
	return note ? fill(a.saved[note.kind], { title: note.title }) : '';
}
