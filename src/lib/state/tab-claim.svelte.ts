/**
 * Which tab holds a case: the same case open in two tabs pauses both, and
 * the one the learner continues in reloads (to replay what the other saved)
 * and then claims the case.
 */
import { guardTab, type TabGuard } from '../browser/tab-guard.ts';

/** Session key naming the case a reload is about to claim. */
const TAKEOVER = 'casework-takeover';

export interface TabClaimOptions {
	/** Where the claim survives the reload; the tab's sessionStorage by default. */
	session?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
	reload?: () => void;
	makeChannel?: (name: string) => BroadcastChannel;
}

export class TabClaim {
	/** True while the same case is open in another tab; this one then waits. */
	otherTab = $state(false);

	#scenarioId: string;
	#guard: TabGuard;
	#session: NonNullable<TabClaimOptions['session']>;
	#reload: () => void;

	/** Announces the case to other tabs; call in the browser only (onMount). */
	constructor(scenarioId: string, options: TabClaimOptions = {}) {
		this.#scenarioId = scenarioId;
		this.#session = options.session ?? sessionStorage;
		this.#reload = options.reload ?? (() => location.reload());
		const claim = this.#session.getItem(TAKEOVER) === scenarioId;
		this.#session.removeItem(TAKEOVER);
		this.#guard = guardTab(scenarioId, (x) => (this.otherTab = x), { claim, makeChannel: options.makeChannel });
	}

	/** Continues here: reloads so the run is replayed from what the other tab saved, then claims it. */
	takeOver(): void {
		this.#session.setItem(TAKEOVER, this.#scenarioId);
		this.#reload();
	}

	/** Tells other tabs that this one saved `choices` choices. */
	saved(choices: number): void {
		this.#guard.saved(choices);
	}

	close(): void {
		this.#guard.close();
	}
}
