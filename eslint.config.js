import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Layering (README "Architecture"): each folder lists what it may not import.
// `$lib/x` and relative `../x` (from any depth) are both matched.
const lib = (...folders) => `^(\\$lib/|(\\.\\./)+)(${folders.join('|')})(/|\\.|$)`;
const ban = (regex, message, extra = {}) => ({ regex, message, ...extra });

const ROUTES = ban('(^|/)routes(/|$)|^src/routes', 'src/lib never imports src/routes: move the shared code down into src/lib.');
const SVELTE = ban('^svelte(/|$)|\\.svelte(\\.ts)?$', 'Pure modules are plain TS: no Svelte here.');
const APP = ban('^\\$app/', 'Pure modules know nothing of SvelteKit ($app/*).');
const STORAGE = ban('^(localforage|idb-keyval|fake-indexeddb)$', 'Only src/lib/progress (the storage boundary) touches storage.');
const INKJS = ban('^inkjs(/|$)', 'Only src/lib/engine imports inkjs; use StoryEngine or the engine helpers.');
const ABOVE_PURE = ban(
	lib('progress', 'state', 'browser', 'components', 'islands', 'server'),
	'Pure modules may import only other pure modules (domain, engine, scoring, quiz, instructor, content, settings, charts).'
);
// The Locale type is fine; wording belongs on the UI side.
const I18N = ban(lib('i18n'), 'Pure modules hold no UI wording: return ids and data, and word them in src/lib/i18n.', {
	allowTypeImports: true
});
const TESTS = ban('(^|/)tests/', 'bench/ and scripts/ never import tests/: move shared helpers to scripts/lib/.');
const VIEW_PROGRESS = ban(
	lib('progress'),
	'Components and routes get storage through state classes (useProgress()), not $lib/progress values.',
	{
		allowTypeImports: true
	}
);
const VIEW_ENGINE = ban(
	'^(\\$lib/|(\\.\\./)+)engine/(?!(lines|tags)(\\.ts)?$)',
	'Components and routes do not run stories: StoryEngine and replay live behind a state class (types are fine).',
	{ allowTypeImports: true }
);

const SERVER_AND_WORKERS = ['src/routes/**/*.server.ts', 'src/routes/**/*.worker.ts'];
const PURE = ['domain', 'engine', 'scoring', 'quiz', 'instructor', 'content', 'settings', 'charts'];
const layers = [
	{
		files: PURE.filter((f) => f !== 'engine').map((f) => `src/lib/${f}/**`),
		patterns: [SVELTE, APP, STORAGE, INKJS, ABOVE_PURE, I18N, ROUTES]
	},
	{ files: ['src/lib/engine/**'], patterns: [SVELTE, APP, STORAGE, ABOVE_PURE, I18N, ROUTES] },
	{
		files: ['src/lib/i18n/**'],
		patterns: [
			SVELTE,
			APP,
			STORAGE,
			INKJS,
			ban(lib('progress', 'state', 'browser', 'components', 'islands'), 'i18n holds wording; it imports pure modules only.'),
			ROUTES
		]
	},
	{
		files: ['src/lib/progress/**'],
		patterns: [
			SVELTE,
			APP,
			INKJS,
			ban(lib('state', 'browser', 'i18n', 'components', 'islands'), 'progress is below the UI: pure modules and storage only.'),
			ROUTES
		]
	},
	{
		files: ['src/lib/browser/**'],
		patterns: [
			SVELTE,
			APP,
			STORAGE,
			INKJS,
			ban(lib('progress', 'state', 'i18n', 'components', 'islands'), 'browser helpers import pure modules only.'),
			ROUTES
		]
	},
	{
		files: ['src/lib/state/**'],
		patterns: [STORAGE, INKJS, ban(lib('components', 'islands'), 'State classes sit below the views.'), ROUTES]
	},
	{ files: ['src/lib/server/**'], patterns: [STORAGE, INKJS, ROUTES] },
	{ files: ['src/lib/components/**', 'src/lib/islands/**'], patterns: [STORAGE, INKJS, VIEW_PROGRESS, VIEW_ENGINE, ROUTES] },
	{ files: ['src/routes/**'], ignores: SERVER_AND_WORKERS, patterns: [STORAGE, INKJS, VIEW_PROGRESS, VIEW_ENGINE] },
	// Build-time loaders and workers may run stories; they still never touch storage.
	{ files: SERVER_AND_WORKERS, patterns: [STORAGE, INKJS] },
	{ files: ['bench/**', 'scripts/**'], patterns: [TESTS] }
];
const TEST_FILES = ['**/*.test.ts', '**/*.test-helpers.ts'];
// Views take progress from useProgress() (context), so tests never share a module singleton.
const SINGLETON = [
	{
		name: '$lib/state/progress.svelte',
		importNames: ['progress'],
		message: 'Use useProgress() from $lib/state/context, not the module singleton.'
	}
];
const VIEWS = ['src/lib/components/**', 'src/lib/islands/**', 'src/routes/**'];
const layering = layers.map(({ files, ignores = [], patterns }) => ({
	files,
	ignores: [...TEST_FILES, ...ignores],
	rules: {
		'@typescript-eslint/no-restricted-imports': [
			'error',
			{ patterns, ...(files.some((f) => VIEWS.includes(f)) ? { paths: SINGLETON } : {}) }
		]
	}
}));

// Pure modules run in Node, workers and tests alike: only globals both sides share.
const DOM_GLOBALS = [
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'navigator',
	'location',
	'history',
	'Worker',
	'BroadcastChannel',
	'self',
	'HTMLElement',
	'Element',
	'Node',
	'getComputedStyle',
	'matchMedia',
	'requestAnimationFrame',
	'alert',
	'confirm'
];
const pureGlobals = {
	files: PURE.map((f) => `src/lib/${f}/**`),
	ignores: TEST_FILES,
	languageOptions: { globals: { ...globals['shared-node-browser'] } },
	rules: {
		'no-restricted-globals': [
			'error',
			...DOM_GLOBALS.map((name) => ({
				name,
				message: 'Pure modules have no DOM: take the value as an argument, or move this to src/lib/browser.'
			}))
		]
	}
};

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'bench/results/', 'test-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		// State classes replace whole Maps/arrays in $state.raw on every write (never mutate),
		// and Dates here are timestamps, not reactive values.
		files: ['src/lib/state/**'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are plain hrefs built from the locale prefix; resolve() adds nothing for a static site.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	...layering,
	pureGlobals
);
