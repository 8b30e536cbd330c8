// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Which kind of failure, so the error page can say what to do next. */
			kind?: 'not-found' | 'story-load';
			id?: string;
		}
	}
}

export {};
