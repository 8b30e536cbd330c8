/**
 * The free-text drill page's controller: which technique, which client
 * line, the learner's draft, and the coach's reading of what they sent.
 * The coach arrives in a lazy chunk (coach/load.ts); until it has, or if it
 * cannot, the draft stays where it is.
 */
import { TECHNIQUES, type TechniqueId } from '../domain/casework.ts';
import { coachReply, type CoachReading } from '../coach/coach.ts';
import type { CoachLang } from '../coach/corpus.ts';
import { pickDrill, type Drill } from '../coach/drills.ts';
import { loadCoach, type Coach } from '../coach/load.ts';
import { mulberry32, type Rng } from '../quiz/random.ts';

export interface DrillOptions {
	lang: CoachLang;
	load?: (lang: CoachLang) => Promise<Coach>;
	rng?: Rng;
}

export class DrillSession {
	technique = $state<TechniqueId>('empathy');
	drill = $state.raw<Drill | null>(null);
	/** What the learner is typing. */
	draft = $state('');
	/** What was sent to the coach, and its reading: shown together, so editing the draft does not change what the reading quotes. */
	sent = $state('');
	reading = $state.raw<CoachReading | null>(null);
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	#coach: Coach | null = null;
	readonly #o: Required<DrillOptions>;

	constructor(o: DrillOptions) {
		this.#o = { load: loadCoach, rng: mulberry32(Date.now() >>> 0), ...o };
	}

	/** Loads the coach; a technique named in the address (`?t=empathy`) is the one practised. */
	async open(technique?: string | null): Promise<void> {
		if (technique && (TECHNIQUES as readonly string[]).includes(technique)) this.technique = technique as TechniqueId;
		this.status = 'loading';
		try {
			this.#coach = await this.#o.load(this.#o.lang);
		} catch {
			this.status = 'failed';
			return;
		}
		this.status = 'ready';
		if (!this.drill || this.drill.technique !== this.technique) this.next();
	}

	choose(technique: TechniqueId): void {
		this.technique = technique;
		this.next();
	}

	/** Another client line for the same technique; the draft is cleared, as the line it answered is gone. */
	next(): void {
		if (!this.#coach) return;
		this.drill = pickDrill(this.#coach.drills, this.technique, this.#o.rng, this.drill ?? undefined);
		this.draft = '';
		this.sent = '';
		this.reading = null;
	}

	check(): void {
		if (!this.#coach || !this.drill) return;
		this.sent = this.draft;
		this.reading = coachReply(this.#coach.model, this.draft, this.drill.client);
	}
}
