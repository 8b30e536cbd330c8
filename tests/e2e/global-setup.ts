/**
 * Builds the real static site once and serves build/ on a free port, as a
 * static host would, for the browser tests.
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject) {
	if (!process.env.E2E_SKIP_BUILD) {
		// Vitest sets NODE_ENV=test and VITEST in this process; inherited, they make the
		// build a development build without its service worker. Build as production does.
		const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
		const build = spawnSync('npx', ['vite', 'build'], { stdio: 'pipe', encoding: 'utf8', env });
		if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
	}
	const { server, url } = await serveBuild('build', 0);
	project.provide('baseURL', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
