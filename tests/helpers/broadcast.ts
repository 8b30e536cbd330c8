/** BroadcastChannel in memory: a message reaches the other channels of its name open when it is posted, a task later, as in browsers. */
export function fakeChannels(): (name: string) => BroadcastChannel {
	const open = new Set<FakeChannel>();
	class FakeChannel {
		onmessage: ((e: MessageEvent) => void) | null = null;
		constructor(readonly name: string) {
			open.add(this);
		}
		postMessage(data: unknown) {
			for (const c of open)
				if (c !== this && c.name === this.name) setTimeout(() => open.has(c) && c.onmessage?.({ data } as MessageEvent), 0);
		}
		close() {
			open.delete(this);
		}
	}
	return (name) => new FakeChannel(name) as unknown as BroadcastChannel;
}
