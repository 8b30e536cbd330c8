/**
 * Persistent storage (navigator.storage.persist): asks the browser not to
 * clear the learner's progress when space runs low.
 */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

export async function persistence(): Promise<Persistence> {
	if (!navigator.storage?.persisted) return 'unsupported';
	try {
		return (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'unsupported';
	}
}

/** Asks once; true when granted. Chromium decides without a prompt, Firefox may ask the learner. */
export async function requestPersistence(): Promise<boolean> {
	if (!navigator.storage?.persist) return false;
	try {
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}

export async function usage(): Promise<{ used: number; quota: number } | null> {
	try {
		const e = await navigator.storage?.estimate?.();
		return e && e.quota ? { used: e.usage ?? 0, quota: e.quota } : null;
	} catch {
		return null;
	}
}
