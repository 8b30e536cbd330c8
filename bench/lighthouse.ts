/**
 * Lighthouse figures for the home page and one scenario page: the
 * performance (median of a few runs), accessibility, best-practices and SEO
 * category scores with Lighthouse's own defaults (mobile emulation, simulated
 * slow 4G and CPU slowdown), and the project's own PWA check (bench/pwa.ts).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { withTimeout } from './measure.ts';
import { checkPwa, type PwaFigures } from './pwa.ts';
import { renderTable } from './table.ts';

/** `ready` matches once the page has hydrated and its data has loaded, which offline proves the service worker served all of it. */
export const LIGHTHOUSE_PAGES = [
	{ name: 'home', path: '/', ready: '[data-testid="home-due"]' },
	{ name: 'scenario', path: '/play/elderly-wang', ready: '[data-live="true"]' }
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
/**
 * Performance moves by tens of points from run to run on a shared machine, so it is
 * the median of this many runs; the other categories do not depend on timing and
 * come from the first run.
 */
export const PERFORMANCE_RUNS = 3;
/** Unscored (weight 0) audits and the report's page screenshot, which cost seconds a run and feed nothing printed here. */
const SKIP_AUDITS = ['bf-cache', 'screenshot-thumbnails', 'final-screenshot', 'script-treemap-data'];
/** A run takes 8–20 s here, by load; a hung Chromium must not stall the bench. */
const RUN_TIMEOUT_MS = 120_000;

export interface AuditFinding {
	category: Category;
	id: string;
	title: string;
	score: number;
	/** What failed, one line per element or resource (the first few). */
	items: string[];
}

export interface LighthousePage {
	name: string;
	path: string;
	/** 0–100, null when Lighthouse could not score the category; performance is the median run's. */
	scores: Record<Category, number | null>;
	/** The performance score of every run; the metrics are the median run's. */
	performanceRuns: (number | null)[];
	metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
	/** Lighthouse's measure of this machine's CPU at the time (higher is faster); the shared machine makes it vary. */
	benchmarkIndex: number;
	warnings: string[];
	/** Accessibility, best-practices and SEO audits below full marks. */
	findings: AuditFinding[];
	pwa: PwaFigures;
}

export interface LighthouseFigures {
	version: string;
	/** Lighthouse's emulation and throttling, null when no page could be measured. */
	settings: {
		formFactor: string;
		screen: string;
		throttlingMethod: string;
		rttMs: number;
		throughputKbps: number;
		cpuSlowdown: number;
	} | null;
	pages: LighthousePage[];
	/** Pages that could not be measured, with the reason. */
	errors: string[];
}

const score = (s: number | null | undefined) => (s === null || s === undefined ? null : Math.round(s * 100));

/** One readable line per item of an audit's details: the element's HTML or the resource, and the reason when given. */
function describeItems(details: unknown): string[] {
	const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
	return items.slice(0, 5).map((item) => {
		const parts: string[] = [];
		for (const value of Object.values(item)) {
			const v = value as { type?: string; snippet?: string; selector?: string; explanation?: string; url?: string; line?: number } | null;
			if (v?.type === 'node') parts.push([v.snippet ?? v.selector, v.explanation?.replace(/\s+/g, ' ')].filter(Boolean).join(' — '));
			else if (v?.type === 'source-location') parts.push(`${v.url}:${v.line}`);
		}
		for (const key of ['url', 'description', 'reason', 'issue'])
			if (parts.length === 0 && typeof item[key] === 'string' && item[key]) parts.push(item[key]);
		const sub = (item.subItems as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
		const reasons = sub.map((s) => s.reason ?? s.failureReason ?? s.error).filter((r): r is string => typeof r === 'string');
		if (reasons.length) parts.push(`(${reasons.join('; ')})`);
		return parts.join(' ') || JSON.stringify(item).slice(0, 200);
	});
}

function findings(lhr: Result): AuditFinding[] {
	const found: AuditFinding[] = [];
	for (const category of CATEGORIES) {
		if (category === 'performance') continue;
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
			found.push({ category, id: audit.id, title: audit.title, score: audit.score, items: describeItems(audit.details) });
		}
	}
	return found;
}

/** One Lighthouse run in a Chromium of its own, so no cache, storage or service worker carries over from another page. */
async function runLighthouse(url: string, categories: readonly Category[]): Promise<Result> {
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
	try {
		const result = await withTimeout(
			lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
				skipAudits: SKIP_AUDITS,
				disableFullPageScreenshot: true
			}),
			RUN_TIMEOUT_MS,
			`Lighthouse on ${url}`
		);
		if (!result) throw new Error(`Lighthouse on ${url}: no result`);
		if (result.lhr.runtimeError)
			throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
		return result.lhr;
	} finally {
		await chrome.kill();
	}
}

/**
 * Lighthouse and the PWA check for each page in `LIGHTHOUSE_PAGES`. Lighthouse
 * loads pages from `url`; the PWA check serves `site` itself.
 */
export async function measureLighthouse(site: string, url: string): Promise<LighthouseFigures> {
	const figures: LighthouseFigures = { version: '', settings: null, pages: [], errors: [] };
	for (const { name, path, ready } of LIGHTHOUSE_PAGES) {
		console.error(`Lighthouse: ${path}…`);
		try {
			const lhr = await runLighthouse(`${url}${path}`, CATEGORIES);
			const runs = [lhr];
			for (let run = 1; run < PERFORMANCE_RUNS; run++) runs.push(await runLighthouse(`${url}${path}`, ['performance']));
			const perf = (r: Result) => r.categories.performance?.score ?? -1;
			const median = [...runs].sort((a, b) => perf(a) - perf(b))[Math.floor(runs.length / 2)];
			const pwa = await checkPwa(site, path, ready);
			const s = lhr.configSettings;
			figures.version = lhr.lighthouseVersion;
			figures.settings = {
				formFactor: s.formFactor ?? 'mobile',
				screen: s.screenEmulation.disabled
					? 'none'
					: `${s.screenEmulation.width}×${s.screenEmulation.height} @${s.screenEmulation.deviceScaleFactor}x`,
				throttlingMethod: s.throttlingMethod,
				rttMs: s.throttling.rttMs ?? 0,
				throughputKbps: s.throttling.throughputKbps ?? 0,
				cpuSlowdown: s.throttling.cpuSlowdownMultiplier ?? 1
			};
			const metric = (id: string) => median.audits[id]?.numericValue ?? NaN;
			figures.pages.push({
				name,
				path,
				scores: {
					...(Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr.categories[c]?.score)])) as Record<Category, number | null>),
					performance: score(median.categories.performance?.score)
				},
				performanceRuns: runs.map((r) => score(r.categories.performance?.score)),
				metrics: {
					fcpMs: Math.round(metric('first-contentful-paint')),
					lcpMs: Math.round(metric('largest-contentful-paint')),
					tbtMs: Math.round(metric('total-blocking-time')),
					cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
					speedIndexMs: Math.round(metric('speed-index'))
				},
				benchmarkIndex: median.environment.benchmarkIndex,
				warnings: [...new Set(runs.flatMap((r) => r.runWarnings))],
				findings: findings(lhr),
				pwa
			});
		} catch (e) {
			figures.errors.push(`${path}: ${e instanceof Error ? e.message : String(e)}`);
		}
	}
	return figures;
}

/** The Lighthouse section of the bench report. */
export function reportLighthouse(f: LighthouseFigures) {
	const s = f.settings;
	if (!s || f.pages.length === 0) return;
	console.log(
		`\nLighthouse ${f.version} (${s.formFactor}, screen ${s.screen}, ${s.throttlingMethod} throttling: ${s.rttMs} ms RTT, ` +
			`${(s.throughputKbps / 1024).toFixed(1)} Mbit/s, CPU ×${s.cpuSlowdown}; a fresh browser per run) and PWA (the project's own check)\n`
	);
	const cell = (n: number | null) => (n === null ? '–' : String(n));
	const secs = (n: number) => `${(n / 1000).toFixed(1)} s`;
	console.log(
		renderTable(
			['page', 'perf', 'perf runs', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'CPU index', 'PWA (own check)'],
			f.pages.map((p) => [
				p.path,
				cell(p.scores.performance),
				p.performanceRuns.map(cell).join(' '),
				cell(p.scores.accessibility),
				cell(p.scores['best-practices']),
				cell(p.scores.seo),
				secs(p.metrics.fcpMs),
				secs(p.metrics.lcpMs),
				`${p.metrics.tbtMs} ms`,
				p.metrics.cls.toFixed(3),
				String(Math.round(p.benchmarkIndex)),
				`${p.pwa.passed}/${p.pwa.total} (${p.pwa.installable ? 'installable' : 'not installable'})`
			])
		)
	);
	console.log(
		`\nperf/a11y/best pr./SEO: Lighthouse category scores, 0–100; perf is the median of ${PERFORMANCE_RUNS} runs (all listed), and FCP, LCP,\n` +
			"TBT and CLS are that run's simulated mobile metrics; CPU index is Lighthouse's benchmarkIndex then (the machine is shared).\n" +
			"PWA: Lighthouse 12 has no PWA category; this is the bench's own check: Chromium's installability verdict (CDP), manifest fields,\n" +
			'icons 192 and 512 (served, real PNG size), a maskable icon, a service worker controlling the page, and a reload with the server stopped.'
	);
	for (const p of f.pages) {
		for (const c of p.pwa.checks.filter((c) => !c.pass)) console.log(`  ${p.path}: PWA check ${c.id} FAILED: ${c.detail}`);
		for (const a of p.findings) {
			console.log(`  ${p.path}: ${a.category} audit ${a.id} (score ${Math.round(a.score * 100)}): ${a.title}`);
			for (const item of a.items) console.log(`      ${item}`);
		}
		for (const w of p.warnings) console.log(`  ${p.path}: Lighthouse warning: ${w}`);
	}
}
