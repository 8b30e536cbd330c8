import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { withFileList } from './scripts/scorm-file-list.js';

/**
 * The one inline script of src/app.html (display settings before first
 * paint), allowed by its hash. Computed from the file itself, so the policy
 * cannot fall out of step with the script.
 */
const displayScript = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').match(/<script>([\s\S]*?)<\/script>/)?.[1];
if (displayScript === undefined) throw new Error('src/app.html: the display script is missing');
const displayScriptHash = `sha256-${createHash('sha256').update(displayScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The file list lets the instructor's browser pack the site into a SCORM package.
		adapter: withFileList(adapter({ strict: true, fallback: '404.html' }), 'build'),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		alias: { $stories: 'stories' },
		// Type-check the browser tests, build scripts and bench with the app, not only src.
		typescript: {
			config: (c) => {
				c.include.push('../tests/**/*.ts', '../scripts/**/*.ts', '../bench/**/*.ts');
			}
		},
		// Registered by UpdatePrompt, so that a new version waits for the learner.
		serviceWorker: { register: false },
		// No third-party origin anywhere; scripts are hashed into each prerendered page.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', displayScriptHash],
				// Svelte's style: directives and chart.js write inline styles.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
