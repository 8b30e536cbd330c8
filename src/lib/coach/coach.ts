/**
 * The coach as the app and the command line use it: a reply checked
 * (input.ts), then read by the model (model.ts). A reply the coach cannot
 * read is "not sure", with the reason, never a guess.
 */
import { TECHNIQUES } from '../domain/casework.ts';
import { checkReply, type InputVerdict } from './input.ts';
import { read, type LoadedModel, type Reading } from './model.ts';

export type CoachReading = Reading & { problem?: Exclude<InputVerdict, { ok: true }>['reason'] };

export function coachReply(model: LoadedModel, text: string, client = ''): CoachReading {
	const checked = checkReply(text, model.model.lang);
	if (!checked.ok)
		return {
			techniques: TECHNIQUES.map((id) => ({ id, p: 1 / TECHNIQUES.length })),
			use: 'well',
			pWell: 0.5,
			unsure: true,
			evidence: [],
			spans: [],
			problem: checked.reason
		};
	// The reading is of the trimmed reply; its spans are moved back onto the reply as typed.
	const lead = text.length - text.trimStart().length;
	const r = read(model, checked.text, client);
	return { ...r, spans: r.spans.map(([a, b]) => [a + lead, b + lead]) };
}
