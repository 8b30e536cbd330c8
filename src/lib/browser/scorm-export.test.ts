import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildScormPackage } from './scorm-export.ts';
import type { ScoSpec } from '../instructor/scorm-package.ts';

const spec: ScoSpec = {
	scenarioId: 'elderly-wang',
	locale: 'zh-CN',
	title: '王阿姨',
	mode: 'exam',
	passMark: 60,
	assignmentId: 'abc123XYZ'
};
const site = new URL('https://school.example/trainer/');
const built: Record<string, string> = {
	'_app/immutable/entry/start.js': 'export {}',
	'_app/immutable/assets/0.css': 'body{}',
	'play/elderly-wang.html': '<!doctype html><p>王阿姨</p>',
	'play/truant-li.html': '<!doctype html>',
	'icon-192.png': 'PNG',
	'service-worker.js': 'self.x=1'
};

/** The built site as a static host serves it; `delay` answers files out of order. */
function host(
	list: unknown = { files: Object.keys(built) },
	delay = (path: string): number => (path.endsWith('.css') ? 5 : 0)
): typeof fetch {
	return (async (input: URL | RequestInfo) => {
		const path = new URL(String(input)).pathname.replace('/trainer/', '');
		await new Promise((r) => setTimeout(r, delay(path)));
		if (path === 'scorm-files.json') return new Response(JSON.stringify(list));
		return path in built ? new Response(built[path]) : new Response('missing', { status: 404 });
	}) as typeof fetch;
}

describe('building a SCORM package in the browser', () => {
	it('zips the case’s files from the site root with the manifest and the launch page', async () => {
		const files = unzipSync(await buildScormPackage(site, spec, '开始', host()));
		expect(Object.keys(files).sort()).toEqual(
			[
				'_app/immutable/assets/0.css',
				'_app/immutable/entry/start.js',
				'icon-192.png',
				'imsmanifest.xml',
				'index.html',
				'play/elderly-wang.html'
			].sort()
		);
		expect(strFromU8(files['play/elderly-wang.html'])).toBe(built['play/elderly-wang.html']);
		expect(strFromU8(files['imsmanifest.xml'])).toContain('<file href="play/elderly-wang.html"/>');
		expect(strFromU8(files['index.html'])).toContain('url=play/elderly-wang.html?scorm=1&amp;mode=exam');
	});

	it('gives the same bytes for the same build, whatever order the files arrive in', async () => {
		const a = await buildScormPackage(site, spec, '开始', host());
		const b = await buildScormPackage(
			site,
			spec,
			'开始',
			host(undefined, (p) => (p.endsWith('.js') ? 8 : 0))
		);
		expect(b).toEqual(a);
	});

	it('says what is wrong when the list or a file cannot be had, or the list names files outside the site', async () => {
		await expect(buildScormPackage(site, spec, '开始', host({ files: ['../secret'] }))).rejects.toThrow(
			'scorm-files.json is not a list of files'
		);
		await expect(buildScormPackage(site, spec, '开始', host({ files: ['play/elderly-wang.html', '_app/gone.js'] }))).rejects.toThrow(
			'HTTP 404'
		);
		await expect(buildScormPackage(site, { ...spec, scenarioId: 'nope' }, '开始', host())).rejects.toThrow(
			'nope: no such case in this build'
		);
		const noList = (async () => new Response('', { status: 404 })) as typeof fetch;
		await expect(buildScormPackage(site, spec, '开始', noList)).rejects.toThrow('scorm-files.json: HTTP 404');
	});
});
