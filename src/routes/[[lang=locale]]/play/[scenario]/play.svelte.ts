/**
 * The player page's controller: one run of one case (Player), its paced
 * reveal, the tab that holds it, the assignment it belongs to, and what is
 * said and laid out around each turn. The page only draws it and moves focus.
 */
import type { StoryMeta } from '$lib/content/story-meta';
import { afterFirstPaint, afterNextPaint } from '$lib/browser/after-paint';
import { spokenLines } from '$lib/engine/lines';
import type { Passage } from '$lib/engine/story-engine';
import { MESSAGES, fill, localePrefix, type Locale } from '$lib/i18n/messages';
import type { ResultPackage } from '$lib/instructor/result';
import type { AssignmentRun, OpenStore } from '$lib/state/assignment-run.svelte';
import { Player } from '$lib/state/player.svelte';
import type { ProgressState } from '$lib/state/progress.svelte';
import type { ScormPlay } from '$lib/state/scorm-play.svelte';
import { readScoLaunch } from '$lib/instructor/scorm-launch';
import { Reveal } from '$lib/state/reveal.svelte';
import { OwnWords } from '$lib/state/own-words.svelte';
import type { CoachLang } from '$lib/coach/corpus';
import type { Coach } from '$lib/coach/load';
import { TabClaim, type TabClaimOptions } from '$lib/state/tab-claim.svelte';
import { tick } from 'svelte';
import { rehearse } from './rehearse.svelte';
import TurnRehearsal from './TurnRehearsal.svelte';

export interface PlaySessionOptions {
	meta: StoryMeta;
	opening: Passage;
	locale: Locale;
	loadStory: () => Promise<string>;
	progress: ProgressState;
	/** The coach's model (tests give a small one; the app loads the lazy chunk). */
	loadCoach?: (lang: CoachLang) => Promise<Coach>;
	/** Called once the newest turn is drawn (to move the reading position there), and after a restart. */
	focus?: { newest(): void; main(): void };
	/** For tests: the store an assignment is read from, the tab channel, and a player clock. */
	openStore?: OpenStore;
	tabs?: TabClaimOptions;
	now?: () => Date;
	newId?: () => string;
}

/** "Replay from here" (`?replay=<attempt id>&at=<decision>`): a new practice run standing at that decision of that attempt. */
export interface ReplayRequest {
	attempt: string;
	/** 1-based, as the debrief numbers decisions. */
	at: number;
}

/** The replay asked for in the page's address, if any. */
export function replayRequest(query: URLSearchParams): ReplayRequest | undefined {
	const attempt = query.get('replay');
	const at = Number(query.get('at'));
	return attempt && Number.isInteger(at) && at >= 1 ? { attempt, at } : undefined;
}

export class PlaySession {
	readonly player: Player;
	/** "Reply in my own words first": the learner's reply and the coach's reading at each decision. */
	readonly own: OwnWords;
	readonly reveal = new Reveal();
	readonly meta: StoryMeta;
	/** The interface's language. */
	readonly locale: Locale;
	/** The story's own language: an instructor's zh-CN story may be played from the English interface. */
	readonly storyLocale: Locale;
	readonly t: (typeof MESSAGES)[Locale];
	readonly prefix: string;
	/** A choice is waiting for the story (or the assignment's mode) to arrive. */
	busy = $state(false);
	/** Hydrated: the choices take input (a click before the story arrives waits for it). */
	interactive = $state(false);
	/** Said after an undo, for everyone (screen readers included). */
	status = $state('');
	/** The client's last words are drawn first; the debrief (and its chart) follows a frame later. */
	debriefShown = $state(false);
	/** Said, and shown, once a replay from a decision has begun (or could not). */
	replayNote = $state('');
	/** Opened from a SCORM package: the LMS fixes the mode and hears each decision. */
	scorm = $state.raw<ScormPlay | undefined>();

	#o: PlaySessionOptions;
	#tabs = $state.raw<TabClaim | undefined>();
	#assignment = $state.raw<AssignmentRun | undefined>();
	/** An assignment sets the mode (exam, say): no choice may be taken before it has been read. */
	#modeSettled = $state(true);
	#assignmentRead: Promise<void> = Promise.resolve();
	/** The learner has chosen, undone or restarted on this page: the reading position is theirs now. */
	#acted = false;

	/** True while the same case is open in another tab; this one then waits. */
	readonly otherTab = $derived.by(() => this.#tabs?.otherTab ?? false);
	/** The mode an assignment sets: the learner cannot change it (an exam assignment is never played with ratings and undo). */
	readonly fixedMode = $derived.by(() => this.#assignment?.accepted?.assignment.mode);
	/** A run of this case begun in another mode before the assignment was opened: it cannot count for the assignment. */
	readonly modeConflict = $derived.by(() => this.fixedMode !== undefined && this.player.mode !== this.fixedMode);
	readonly live = $derived.by(() => this.player.live && this.#modeSettled && !this.modeConflict);
	readonly undoOffered = $derived.by(() => this.player.canUndo && this.#o.progress.settings.practice.undo);
	readonly scoreShown = $derived.by(() => this.player.mode === 'practice' && this.player.choicesTaken.length > 0);
	/** The result package of a finished run opened from an assignment. */
	readonly resultPkg = $derived.by<ResultPackage | null>(() => {
		const { player } = this;
		const finishedAt = player.finishedAt;
		if (!this.#assignment || !finishedAt || this.modeConflict) return null;
		return this.#assignment.packageFor({
			scenarioId: this.meta.id,
			locale: this.storyLocale,
			storyHash: this.meta.hash,
			mode: player.mode,
			startedAt: player.startedAt,
			finishedAt,
			choices: player.choicesTaken,
			result: player.result
		});
	});

	/** Construct during component initialisation: the debrief's timing is an effect. */
	constructor(options: PlaySessionOptions) {
		this.#o = options;
		this.meta = options.meta;
		this.locale = options.locale;
		this.storyLocale = options.meta.locale === 'en' || options.meta.locale === 'zh-CN' ? options.meta.locale : options.locale;
		this.t = MESSAGES[options.locale];
		this.prefix = localePrefix(options.locale);
		this.player = new Player({
			scenarioId: options.meta.id,
			locale: this.storyLocale,
			storyHash: options.meta.hash,
			opening: options.opening,
			loadStory: options.loadStory,
			progress: options.progress,
			now: options.now,
			newId: options.newId
		});
		this.own = new OwnWords({
			player: this.player,
			lang: this.storyLocale,
			// Not inside an LMS package: the SCO reports choices only.
			enabled: () => !this.scorm && options.progress.settings.practice.ownWords,
			load: options.loadCoach
		});
		$effect(() => {
			if (!this.player.ended) {
				this.debriefShown = false;
				return;
			}
			return afterNextPaint(() => (this.debriefShown = true));
		});
	}

	/** In the browser, once the page is up: claims the tab, then loads the story and the assignment. */
	mount(assignmentId: string | null, replay?: ReplayRequest): () => void {
		const tabs = new TabClaim(this.meta.id, this.#o.tabs);
		this.#tabs = tabs;
		this.interactive = true;
		// The runtime and the story are fetched once the page is up, so they never compete with what shows
		// the first choice; a click before then starts them at once (choose waits for start).
		afterFirstPaint(() => (replay ? this.replay(replay) : this.resume()));
		if (assignmentId) this.#readAssignment(assignmentId);
		return () => tabs.close();
	}

	/** Loads the story and any saved run; a run resumed partway is read from its newest turn, not the top of the page. */
	async resume(): Promise<void> {
		await this.player.start();
		if (!this.player.started || this.#acted) return;
		await tick();
		this.#o.focus?.newest();
	}

	/** Starts a practice run at decision `at` of a stored attempt; the attempt stays as it was. */
	async replay({ attempt, at }: ReplayRequest): Promise<void> {
		const progress = this.#o.progress;
		await progress.open();
		const record = progress.attempts.find((a) => a.id === attempt && a.scenarioId === this.meta.id);
		const ok = record ? await this.player.replayFrom(record.choices.slice(0, at - 1)) : false;
		if (!record) await this.player.start();
		this.#tabs?.saved(this.player.choicesTaken.length);
		this.replayNote = ok ? fill(this.t.debriefUi.replayed, { n: at }) : this.t.debriefUi.replayMissing;
		await tick();
		this.#o.focus?.newest();
	}

	#readAssignment(id: string): void {
		this.#modeSettled = false;
		this.#assignmentRead = import('$lib/state/assignment-run.svelte')
			.then(async ({ AssignmentRun }) => {
				const run = new AssignmentRun(id, this.#o.openStore);
				await run.read;
				this.#assignment = run;
				if (run.accepted && !this.player.started) this.player.mode = run.accepted.assignment.mode;
			})
			.finally(() => (this.#modeSettled = true));
	}

	/** Launched as a SCO (`?scorm=1…`, instructor/scorm-launch.ts): no choice before the LMS's run is restored. */
	connectScorm(query: URLSearchParams): void {
		const launch = readScoLaunch(query);
		if (!launch) return;
		this.#modeSettled = false;
		this.player.mode = launch.mode;
		const before = this.#assignmentRead;
		this.#assignmentRead = Promise.all([import('$lib/state/scorm-play.svelte'), before])
			.then(async ([{ ScormPlay }]) => {
				this.scorm = await ScormPlay.connect(this.player, launch, { storyHash: this.meta.hash, locale: this.locale });
			})
			// Should the LMS link fail to load, the case still plays, unreported, in the launch's mode.
			.catch(() => {})
			.finally(() => (this.#modeSettled = true));
	}

	/** Turns "reply in my own words first" on or off; it is a setting, so it holds for every case. */
	async setOwnWords(on: boolean): Promise<void> {
		const progress = this.#o.progress;
		await progress.saveSettings({ ...progress.settings, practice: { ...progress.settings.practice, ownWords: on } });
	}

	/** Settles once an assignment named in the address has been read (at once when there is none). */
	get assignmentRead(): Promise<void> {
		return this.#assignmentRead;
	}

	async choose(index: number): Promise<void> {
		const { player } = this;
		if (!this.live) {
			// A click that comes before the story (or the assignment's mode) waits for it, once.
			if (this.busy) return;
			this.busy = true;
			try {
				await Promise.all([player.start(), this.#assignmentRead]);
			} finally {
				// Whatever happens while loading, the options must not stay disabled.
				this.busy = false;
			}
		}
		if (this.otherTab || this.modeConflict) return;
		this.#acted = true;
		this.status = '';
		// Not awaited: saving is queued in order and must not hold up the next choice.
		const saving = player.choose(index);
		// The submission starts with the attempt's save, not after it: a learner who leaves as soon as the result shows keeps it.
		if (this.resultPkg) void this.#assignment?.submit(this.resultPkg);
		void saving.then(() => this.#tabs?.saved(player.choicesTaken.length));
		this.reveal.start(
			spokenLines(player.current.lines).map((l) => l.text),
			this.#o.progress.settings.display.textSpeed === 'paced'
		);
		await tick();
		this.#o.focus?.newest();
	}

	async undo(): Promise<void> {
		this.#acted = true;
		this.reveal.finish();
		await this.player.undo();
		this.#tabs?.saved(this.player.choicesTaken.length);
		this.status = this.t.undone;
		await tick();
		this.#o.focus?.newest();
	}

	async restart(): Promise<void> {
		this.#acted = true;
		this.reveal.finish();
		this.status = '';
		await this.player.restart();
		if (this.fixedMode) this.player.mode = this.fixedMode;
		await tick();
		this.#o.focus?.main();
	}

	async retry(): Promise<void> {
		this.player.error = null;
		await this.player.start();
	}

	takeOver(): void {
		this.#tabs?.takeOver();
	}

	/** While a passage is being revealed, the keys that would choose show the rest instead. */
	onkeydown(e: KeyboardEvent): void {
		if (this.reveal.done || e.altKey || e.ctrlKey || e.metaKey) return;
		if (/^[1-9]$/.test(e.key) || e.key === ' ' || e.key === 'Enter') {
			e.preventDefault();
			this.reveal.finish();
		}
	}

	/**
	 * While the learner reads, lays out where each option leads in `stage`, so that the turn a click
	 * brings is quick to draw. Call in an effect: it returns the cleanup.
	 */
	rehearse(stage: HTMLElement): (() => void) | undefined {
		const { player, t, locale, prefix } = this;
		const mode = player.mode;
		if (!player.live || player.ended) return;
		const progress = this.#o.progress;
		return rehearse(
			stage,
			TurnRehearsal,
			player.shown.choices.map((c) => () => {
				const preview = player.preview(c.index);
				if (!preview) return undefined;
				// Laid out as it will be shown: the next options in this run's order.
				const turns = [preview[0], player.shownAt(preview[1], player.turns.length)];
				if (turns[1].choices.length === 0) this.#prepareEnd();
				// As the page is now, and as it would be after this choice.
				const common = { cast: this.meta.cast, mode, t, locale, prefix, result: player.result };
				return {
					from: {
						...common,
						turns: [player.shown],
						score: this.scoreShown ? player.runningScore : undefined,
						started: player.started,
						undoOffered: this.undoOffered
					},
					to: {
						...common,
						turns,
						score: mode === 'practice' ? player.result.total : undefined,
						started: true,
						undoOffered: mode === 'practice' && progress.settings.practice.undo
					}
				};
			})
		);
	}

	/** The debrief and the review cards, fetched once an ending is one choice away. */
	#prepareEnd(): void {
		void import('$lib/components/Debrief.svelte');
		void this.#o.progress.prepareScenarioCards();
	}
}
