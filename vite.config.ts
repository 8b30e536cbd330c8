import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { coach } from './scripts/vite-plugin-coach.ts';
import { ink } from './scripts/vite-plugin-ink.ts';
import { islands } from './scripts/vite-plugin-islands.ts';

export default defineConfig({
	plugins: [ink(), coach(), sveltekit(), islands({ 'entry/home-island': 'src/lib/islands/home.ts' })],
	test: {
		expect: { requireAssertions: true },
		// The JSON report lets .ci/run print the pass/fail count CI reads.
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.component.test.ts', 'src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.component.test.ts', 'src/**/*.svelte.test.ts'],
					// jsdom renders run on the same two cores as the model training and the e2e build: headroom, not slowness, is what this buys.
					testTimeout: 15_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
