/**
 * "Reply in my own words first" (issue #16) in the player: in practice
 * mode, with the setting on, each decision first asks for the learner's
 * own reply; the coach reads it, the reading and the reply are kept with
 * the run (Player.keepReply), and then the scripted options show with the
 * one closest to the reply marked. A reply the coach cannot read gets its
 * message and keeps the draft; "show the options" always lets the case go on.
 */
import { SvelteSet } from 'svelte/reactivity';
import { closestOption } from '../coach/closest.ts';
import { coachReply, type CoachReading } from '../coach/coach.ts';
import type { CoachLang } from '../coach/corpus.ts';
import { loadCoach, type Coach } from '../coach/load.ts';
import { spokenLines } from '../engine/lines.ts';
import type { OwnReply } from '../progress/records.ts';
import type { Player } from './player.svelte.ts';

/** A kept reply as the coach's reading shows it: the evidence found again in the text, in reading order. */
export function readingOf(reply: OwnReply): { text: string; reading: CoachReading } {
	const spans: [number, number][] = [];
	for (const e of reply.evidence) {
		const a = reply.text.indexOf(e);
		if (a >= 0 && e && !spans.some(([x, y]) => a < y && a + e.length > x)) spans.push([a, a + e.length]);
	}
	spans.sort((x, y) => x[0] - y[0]);
	return {
		text: reply.text,
		reading: {
			techniques: reply.techniques.map((id, i) => ({ id, p: i ? 0.5 : 1 })),
			use: reply.use,
			pWell: reply.use === 'well' ? 1 : 0,
			unsure: reply.unsure,
			evidence: spans.map(([a, b]) => reply.text.slice(a, b)),
			spans
		}
	};
}

export interface OwnWordsOptions {
	player: Player;
	lang: CoachLang;
	/** Whether the learner has the setting on. */
	enabled: () => boolean;
	load?: (lang: CoachLang) => Promise<Coach>;
}

/** Techniques the coach names at least this likely are kept with the reply, besides the first. */
const ALSO = 0.15;

export class OwnWords {
	draft = $state('');
	status = $state<'idle' | 'reading' | 'failed'>('idle');
	/** The reading of the last reply sent at this decision, while it is on screen (with its spans and any problem). */
	reading = $state.raw<{ at: number; text: string; reading: CoachReading } | null>(null);
	/** Decisions where the learner chose to see the options without a reply of their own. */
	readonly #skipped = new SvelteSet<number>();
	readonly #o: OwnWordsOptions;

	constructor(o: OwnWordsOptions) {
		this.#o = o;
	}

	/** The decision being played (0-based). */
	get at(): number {
		return this.#o.player.turns.length - 1;
	}

	/** Asking for the learner's own reply at this decision: options hidden until it is given or skipped. */
	get asking(): boolean {
		const p = this.#o.player;
		return this.#o.enabled() && p.mode === 'practice' && p.live && !p.ended && !p.replyAt(this.at) && !this.#skipped.has(this.at);
	}

	/** The reading to show at this decision: the one just made (with a problem, if any), or the one kept with the run. */
	get shown(): { text: string; reading: CoachReading } | null {
		if (this.reading?.at === this.at) return this.reading;
		const kept = this.#o.player.replyAt(this.at);
		return kept ? readingOf(kept) : null;
	}

	/** The option to mark as closest to the learner's reply at this decision. */
	get closest(): number | undefined {
		return this.#o.player.replyAt(this.at)?.closest;
	}

	skip(): void {
		this.#skipped.add(this.at);
	}

	async submit(): Promise<void> {
		const p = this.#o.player;
		const at = this.at;
		const text = this.draft;
		let coach: Coach;
		this.status = 'reading';
		try {
			coach = await (this.#o.load ?? loadCoach)(this.#o.lang);
		} catch {
			// The draft stays; the options can still be shown.
			this.status = 'failed';
			return;
		}
		this.status = 'idle';
		if (this.at !== at) return;
		const turn = p.current;
		const client = spokenLines(turn.lines).at(-1)?.text ?? '';
		const reading = coachReply(coach.model, text, client);
		this.reading = { at, text, reading };
		if (reading.problem) return;
		const options = turn.choices;
		const closest =
			options[
				closestOption(
					coach.model,
					text,
					options.map((c) => c.text),
					client
				)
			]?.index;
		this.draft = '';
		await p.keepReply({
			text,
			techniques: reading.techniques
				.filter((t, i) => i === 0 || t.p >= ALSO)
				.slice(0, 3)
				.map((t) => t.id),
			use: reading.use,
			unsure: reading.unsure,
			evidence: reading.evidence,
			...(closest === undefined ? {} : { closest })
		});
	}
}
