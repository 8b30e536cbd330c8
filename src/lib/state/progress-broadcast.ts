/**
 * Tells the other open tabs that this one replaced the stored data (a backup
 * imported, everything erased), and hears them say it.
 */
const CHANNEL = 'casework-data';
const REPLACED = 'replaced';

export class DataBroadcast {
	#channel?: BroadcastChannel;

	/** Idempotent; does nothing where there is no BroadcastChannel. */
	listen(onReplaced: () => void): void {
		if (typeof BroadcastChannel === 'undefined' || this.#channel) return;
		this.#channel = new BroadcastChannel(CHANNEL);
		this.#channel.onmessage = (e) => {
			if (e.data === REPLACED) onReplaced();
		};
	}

	/** Only a tab that listens tells: tests open private stores, which no other tab shares. */
	replaced(): void {
		this.#channel?.postMessage(REPLACED);
	}
}
