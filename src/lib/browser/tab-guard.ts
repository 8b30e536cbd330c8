/**
 * Notices when the same case is open in two tabs of one browser, so a run in
 * progress does not silently overwrite itself. Tabs talk over a
 * BroadcastChannel: a tab that opens a case announces it, any tab already
 * holding it answers, and whichever tab the learner continues in takes over
 * (the others stop accepting choices until reloaded or taken back).
 */
export type GuardMessage =
	| { type: 'open' | 'here' | 'take-over'; scenarioId: string; tab: string }
	| { type: 'saved'; scenarioId: string; tab: string; choices: number };

export interface TabGuard {
	/** Claims the case for this tab; other tabs holding it become passive. */
	takeOver(): void;
	/** Tells other tabs a choice was saved here. */
	saved(choices: number): void;
	close(): void;
}

/**
 * @param onConflict called with true when another tab holds this case and
 * this tab should stop, false when this tab holds it again.
 */
export function guardTab(
	scenarioId: string,
	onConflict: (otherTabActive: boolean) => void,
	options: { claim?: boolean; makeChannel?: (name: string) => BroadcastChannel } = {}
): TabGuard {
	const makeChannel = options.makeChannel ?? ((name: string) => new BroadcastChannel(name));
	const tab = Math.random().toString(36).slice(2);
	let channel: BroadcastChannel | undefined;
	try {
		channel = makeChannel('casework-runs');
	} catch {
		// No BroadcastChannel (very old browser): nothing to guard with.
	}
	const post = (m: GuardMessage) => channel?.postMessage(m);
	if (channel)
		channel.onmessage = (e: MessageEvent<GuardMessage>) => {
			const m = e.data;
			if (!m || m.scenarioId !== scenarioId || m.tab === tab) return;
			if (m.type === 'open') {
				// Someone else opened it: tell them we are here, and yield to the newer tab.
				post({ type: 'here', scenarioId, tab });
				onConflict(true);
			} else if (m.type === 'here' || m.type === 'take-over' || m.type === 'saved') {
				onConflict(true);
			}
		};
	// A tab reloaded to take over claims the case outright instead of asking.
	post({ type: options.claim ? 'take-over' : 'open', scenarioId, tab });
	return {
		takeOver() {
			post({ type: 'take-over', scenarioId, tab });
			onConflict(false);
		},
		saved(choices) {
			post({ type: 'saved', scenarioId, tab, choices });
		},
		close() {
			channel?.close();
		}
	};
}
