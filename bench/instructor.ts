/**
 * Class dashboard bench: 500 result packages made from real replays (random
 * walks through the built-in stories, seeded), imported as files in Chromium
 * and verified by replay; the figure is drop → 500 verdicts on screen.
 */
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { StoryEngine } from '../src/lib/engine/story-engine.ts';
import type { Assignment } from '../src/lib/instructor/assignment.ts';
import { claimedScores, resultFile, type ResultPackage } from '../src/lib/instructor/result.ts';
import { DB_NAME, STORE_NAME } from '../src/lib/progress/idb.ts';
import { KEY } from '../src/lib/progress/keys.ts';
import { mulberry32 } from '../src/lib/quiz/random.ts';
import { scoreRun } from '../src/lib/scoring/index.ts';
import { compileFile } from '../scripts/lib/stories.ts';
import { newDeviceContext } from './chromium.ts';
import { WAIT_MS, withTimeout } from './measure.ts';

/** The instructor's own assignment the class answers: verification checks every package against it. */
export function benchAssignment(ids: string[]): Assignment {
	return {
		kind: 'casework-assignment',
		v: 1,
		id: 'benchClass01',
		title: 'Bench class',
		note: '',
		scenarios: ids,
		custom: [],
		mode: 'exam',
		quizTopics: [],
		mockPaper: false,
		passMark: 60,
		createdAt: '2026-10-31T00:00:00.000Z'
	};
}

/** `count` packages spread over the stories, each a real playthrough to an ending. */
export function makePackages(root: string, ids: string[], count: number, seed = 7): ResultPackage[] {
	const rng = mulberry32(seed);
	const stories = ids.map((id) => {
		const json = compileFile(`${root}/stories/${id}/zh-CN.ink`);
		return { id, json, hash: createHash('sha256').update(json).digest('hex').slice(0, 16) };
	});
	const out: ResultPackage[] = [];
	for (let i = 0; i < count; i++) {
		const s = stories[i % stories.length];
		const engine = new StoryEngine(s.json);
		let p = engine.continue();
		const choices: number[] = [];
		while (!p.ended) {
			// Mostly sound choices, as a class would make: best or good three times in four.
			const good = p.choices.filter((c) => c.tags.quality === 'best' || c.tags.quality === 'good');
			const pool = rng() < 0.75 && good.length ? good : p.choices;
			const pick = pool[Math.floor(rng() * pool.length)];
			choices.push(p.choices.indexOf(pick));
			p = engine.choose(pick.index);
		}
		const start = Date.UTC(2026, 10, 1, 9) + i * 60_000;
		out.push({
			kind: 'casework-result',
			v: 1,
			learner: `学员${String(i + 1).padStart(3, '0')}`,
			assignmentId: benchAssignment(ids).id,
			scenarioId: s.id,
			locale: 'zh-CN',
			storyHash: s.hash,
			mode: 'exam',
			startedAt: new Date(start).toISOString(),
			finishedAt: new Date(start + 20 * 60_000).toISOString(),
			choices,
			scoring: 2,
			scores: claimedScores(scoreRun(s.json, choices))
		});
	}
	return out;
}

/**
 * Milliseconds from selecting the files to every row showing its verdict
 * (`ms`), and from the moment the files are in the page, as right after a
 * drop, to the same point (`afterDropMs`): the difference is playwright
 * sending 500 files' bytes over the DevTools protocol, which a real drop
 * does not do.
 */
export async function measureClassImport(
	browser: Browser,
	url: string,
	packages: ResultPackage[],
	assignment: Assignment
): Promise<{ ms: number; afterDropMs: number; verified: number }> {
	const context = await newDeviceContext(browser);
	try {
		const page = await context.newPage();
		await page.goto(`${url}/instructor/class`, { waitUntil: 'networkidle', timeout: WAIT_MS });
		// The instructor set the assignment in this browser, as the app's own composer stores it.
		await page.evaluate(
			([db, store, key, value]) =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open(db as string);
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction(store as string, 'readwrite');
						tx.objectStore(store as string).put(value, key as string);
						tx.oncomplete = () => resolve();
						tx.onerror = () => reject(tx.error);
					};
				}),
			[DB_NAME, STORE_NAME, KEY.instructorAssignment(assignment.id), assignment] as const
		);
		await page.reload({ waitUntil: 'networkidle', timeout: WAIT_MS });
		const files = packages.map((p, i) => ({ name: `result-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(resultFile(p)) }));
		await page.evaluate(() => {
			const w = window as unknown as { filesAt?: number };
			document.addEventListener('change', () => (w.filesAt ??= performance.now()), { capture: true });
		});
		const t0 = await page.evaluate(() => performance.now());
		await page.locator('[data-testid="result-files"]').setInputFiles(files);
		await withTimeout(
			page.waitForFunction(
				(n) => document.querySelectorAll('[data-testid="class-table"] tbody [data-testid="verdict"]').length === n,
				packages.length,
				{
					timeout: 60_000,
					polling: 20
				}
			),
			65_000,
			'class import'
		);
		const [t1, filesAt] = await page.evaluate(() => [performance.now(), (window as unknown as { filesAt?: number }).filesAt ?? NaN]);
		const verified = await page.locator('[data-testid="verdict"]', { hasText: /已核验/ }).count();
		return { ms: t1 - t0, afterDropMs: t1 - filesAt, verified };
	} finally {
		await context.close();
	}
}
