/**
 * The SCORM 1.2 package against a real SCORM runtime: the package is made by
 * the real export button on the built site, unzipped under a Moodle-like
 * sub-path, and launched in an iframe of a test LMS page whose `API` is
 * scorm-again's Scorm12API (tests/e2e/scorm-lms/).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bestPath, compileFile } from '../../scripts/lib/stories.ts';
import { scoreRun } from '../../src/lib/scoring/index.ts';
import { baseURL, launch, newPage } from './browser.ts';
import { CONTENT_PATH, serveLms } from './scorm-lms/server.ts';

type Call = [name: string, element: string, value: string, result: string, error: string];

let browser: Browser;
let lms: Awaited<ReturnType<typeof serveLms>>;
const best = bestPath('stories/elderly-wang/zh-CN.ink');
const expected = scoreRun(compileFile('stories/elderly-wang/zh-CN.ink'), best.choices);

beforeAll(async () => {
	browser = await launch();
	// The instructor sets an exam assignment with a pass mark and downloads its SCORM package.
	const { page, context } = await newPage(browser);
	await page.goto(`${baseURL()}/instructor/assign`);
	await page.locator('[data-testid="assignment-title"]').fill('第五周：王阿姨（LMS）');
	await page.getByLabel('独居老人王阿姨').check();
	await page.getByLabel('考试模式').check();
	await page.getByLabel('及格分').fill('60');
	await page.getByRole('button', { name: '生成作业' }).click();
	const button = page.locator('[data-testid="scorm-download"][data-case="elderly-wang"]');
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(download.suggestedFilename()).toMatch(/^casework-elderly-wang-zh-CN-[A-Za-z0-9_-]+-scorm12\.zip$/);
	lms = await serveLms(new Uint8Array(readFileSync((await download.path())!)));
	await context.close();
});

afterAll(async () => {
	await lms?.close();
	await browser?.close();
});

/** The SCO's frame, once its play page has loaded and made its choices live. */
async function sco(page: Page): Promise<Frame> {
	await expect
		.poll(() => page.frames().some((f) => f.url().includes(`${CONTENT_PATH}play/elderly-wang.html`)), { timeout: 20_000 })
		.toBe(true);
	const frame = page.frames().find((f) => f.url().includes('play/elderly-wang.html'))!;
	await frame.waitForSelector('[data-live="true"]', { timeout: 20_000 });
	return frame;
}

async function choose(frame: Frame, index: number) {
	const before = await frame.locator('div.turn').count();
	await frame.locator(`button.choice[data-choice="${index}"]`).click();
	await frame.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { lmsCalls: Call[] }).lmsCalls);
const sets = async (page: Page, element: RegExp) => (await calls(page)).filter((c) => c[0] === 'LMSSetValue' && element.test(c[1]));
const lastSet = async (page: Page, element: string) => (await sets(page, new RegExp(`^${element.replace(/\./g, '\\.')}$`))).at(-1)?.[2];
const interactionsWritten = async (page: Page) => (await sets(page, /^cmi\.interactions\.\d+\.id$/)).length;
const order = (frame: Frame) => frame.locator('button.choice').evaluateAll((els) => els.map((e) => e.getAttribute('data-choice')));

async function openLms(cmi?: unknown, query = '') {
	const { page, context, errors } = await newPage(browser);
	if (cmi) await page.addInitScript((data) => ((window as unknown as { __cmi: unknown }).__cmi = data), cmi);
	await page.goto(`${lms.url}/lms/player.html${query}`);
	return { page, context, errors };
}

describe('SCORM 1.2 package in an LMS (scorm-again)', () => {
	it('holds a SCORM 1.2 manifest listing every file it carries', () => {
		const manifest = new TextDecoder().decode(lms.files['imsmanifest.xml']);
		expect(manifest).toContain('adlcp:scormtype="sco"');
		expect(manifest).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
		const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]).sort();
		expect(listed).toEqual(
			Object.keys(lms.files)
				.filter((f) => f !== 'imsmanifest.xml')
				.sort()
		);
		expect(listed).not.toContain('service-worker.js');
	});

	it('plays to the end in exam mode from a sub-path in an iframe and reports status, score, time and every decision', async () => {
		const { page, context, errors } = await openLms();
		const frame = await sco(page);
		expect(await frame.locator('[data-testid="scorm-status"]').getAttribute('data-status')).toBe('connected');
		// Exam mode, and no way to switch.
		expect(await frame.getByLabel(/考试模式/).isChecked()).toBe(true);
		expect(await frame.getByLabel(/练习模式/).isDisabled()).toBe(true);
		for (const c of best.choices) await choose(frame, c);
		await frame.locator('[data-testid="scorm-status"][data-status="reported"]').waitFor();

		expect(await lastSet(page, 'cmi.core.lesson_status')).toBe('passed');
		expect(await lastSet(page, 'cmi.core.score.raw')).toBe(String(expected.total));
		expect(await lastSet(page, 'cmi.core.score.min')).toBe('0');
		expect(await lastSet(page, 'cmi.core.score.max')).toBe('100');
		expect(await lastSet(page, 'cmi.core.session_time')).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
		const cmi = await page.evaluate(() => (window as unknown as { API: { renderCMIToJSONObject(): Cmi } }).API.renderCMIToJSONObject());
		expect(cmi.cmi.core.lesson_status).toBe('passed');
		expect(cmi.cmi.core.score.raw).toBe(String(expected.total));
		expectInteractions(cmi);
		const all = await calls(page);
		// Every value the SCO set, the runtime accepted; the session was opened once and closed once.
		expect(all.filter((c) => c[3] !== 'true')).toEqual([]);
		expect(all.filter((c) => c[0] === 'LMSInitialize')).toHaveLength(1);
		expect(all.filter((c) => c[0] === 'LMSFinish')).toHaveLength(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('suspends midway and resumes in a fresh browser at the same decision with the same option order', async () => {
		const first = await openLms();
		let frame = await sco(first.page);
		const stopAt = 4;
		for (const c of best.choices.slice(0, stopAt)) await choose(frame, c);
		await expect.poll(() => interactionsWritten(first.page)).toBe(stopAt);
		await expect.poll(() => lastSet(first.page, 'cmi.suspend_data')).toMatch(/^CWS1\.e\./);
		expect(await lastSet(first.page, 'cmi.core.lesson_status')).toBe('incomplete');
		expect(await lastSet(first.page, 'cmi.core.exit')).toBe('suspend');
		const shownOrder = await order(frame);
		const shownText = await frame.locator('div.turn').last().innerText();
		const turns = await frame.locator('div.turn').count();
		// The LMS keeps what it was told; the learner's browser is gone.
		const kept = await first.page.evaluate(() =>
			(window as unknown as { API: { renderCMIToJSONObject(): Cmi } }).API.renderCMIToJSONObject()
		);
		await first.context.close();
		kept.cmi.core.entry = 'resume';

		const second = await openLms(kept);
		frame = await sco(second.page);
		await expect.poll(() => frame.locator('div.turn').count()).toBe(turns);
		expect(await order(frame)).toEqual(shownOrder);
		expect(await frame.locator('div.turn').last().innerText()).toBe(shownText);
		expect(await frame.getByLabel(/考试模式/).isChecked()).toBe(true);
		// Nothing is written again for the decisions the LMS already has.
		expect(await interactionsWritten(second.page)).toBe(0);
		for (const c of best.choices.slice(stopAt)) await choose(frame, c);
		await frame.locator('[data-testid="scorm-status"][data-status="reported"]').waitFor();
		const cmi = await second.page.evaluate(() =>
			(window as unknown as { API: { renderCMIToJSONObject(): Cmi } }).API.renderCMIToJSONObject()
		);
		expect(cmi.cmi.core.lesson_status).toBe('passed');
		expect(cmi.cmi.core.score.raw).toBe(String(expected.total));
		expectInteractions(cmi);
		expect(second.errors).toEqual([]);
		await second.context.close();
	});

	it('finds the LMS through the opener when the LMS opens it in a new window', async () => {
		const { page, context } = await openLms(undefined, '?popup');
		const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Enter' }).click()]);
		await popup.waitForURL(/play\/elderly-wang\.html\?scorm=1/);
		await popup.waitForSelector('[data-live="true"]');
		expect(await popup.locator('[data-testid="scorm-status"]').getAttribute('data-status')).toBe('connected');
		const before = await popup.locator('div.turn').count();
		await popup.locator(`button.choice[data-choice="${best.choices[0]}"]`).click();
		await popup.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		await expect.poll(() => interactionsWritten(page)).toBe(1);
		await context.close();
	});

	it('opened outside an LMS, says so and still plays', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(`${lms.url}${CONTENT_PATH}index.html`);
		await page.waitForURL(/play\/elderly-wang\.html\?scorm=1/);
		await page.waitForSelector('[data-live="true"]');
		const status = page.locator('[data-testid="scorm-status"]');
		expect(await status.getAttribute('data-status')).toBe('offline');
		expect(await status.innerText()).toContain('没有连接到学习平台');
		const before = await page.locator('div.turn').count();
		await page.locator(`button.choice[data-choice="${best.choices[0]}"]`).click();
		await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		await context.close();
	});

	it('is accessible at 360 px wide: the export section in both languages and the SCO', async () => {
		const { page, context } = await newPage(browser, { viewport: { width: 360, height: 740 } });
		const check = async (where: string) => {
			const r = await new AxeBuilder({ page }).analyze();
			expect(r.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		};
		for (const [path, label] of [
			['/instructor', '下载 SCORM 包：独居老人王阿姨'],
			['/en/instructor', 'Download SCORM package: ']
		]) {
			await page.goto(`${baseURL()}${path}`);
			await page.locator('[data-testid="scorm-cases"]').waitFor();
			expect(await page.locator('[data-testid="scorm-download"]').first().innerText()).toContain(label);
			await check(path);
		}
		await page.goto(`${lms.url}${CONTENT_PATH}index.html`);
		await page.waitForSelector('[data-live="true"]');
		await page.locator('[data-testid="scorm-status"]').waitFor();
		await check('SCO');
		await context.close();
	});
});

interface Cmi {
	cmi: {
		core: { lesson_status: string; entry: string; score: { raw: string } };
		interactions: Record<
			string,
			{ id: string; type: string; student_response: string; result: string; objectives: Record<string, { id: string }> }
		>;
	};
}

/** One interaction per decision, in order, with the decision's technique(s), phase and quality. */
function expectInteractions(cmi: Cmi) {
	const list = Object.values(cmi.cmi.interactions);
	expect(list).toHaveLength(expected.decisions.length);
	list.forEach((interaction, k) => {
		const d = expected.decisions[k];
		expect(interaction.id).toMatch(new RegExp(`^d${d.n}-`));
		expect(interaction.type).toBe('choice');
		expect(interaction.student_response).toBe(best.choices[k].toString(36));
		const objectives = Object.values(interaction.objectives).map((o) => o.id);
		expect(objectives).toContain(`phase-${d.phase}`);
		expect(objectives).toContain(`quality-${d.quality}`);
		for (const t of d.techniques) expect(objectives).toContain(`technique-${t}`);
	});
}
