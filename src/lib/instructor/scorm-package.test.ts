import { describe, expect, it } from 'vitest';
import { launchHref, launchPage, packageFiles, packageName, playPage, scormManifest, type ScoSpec } from './scorm-package.ts';
import { launchQuery, readScoLaunch } from './scorm-launch.ts';

const exam: ScoSpec = {
	scenarioId: 'elderly-wang',
	locale: 'zh-CN',
	title: '第三周 <作业> & "王阿姨"',
	mode: 'exam',
	passMark: 70,
	assignmentId: 'abc123XYZ'
};
const built = [
	'404.html',
	'_app/immutable/entry/start.js',
	'_app/version.json',
	'en/play/elderly-wang.html',
	'favicon.svg',
	'icon-192.png',
	'index.html',
	'manifest.webmanifest',
	'play/elderly-wang.html',
	'play/elderly-wang/debrief.html',
	'play/truant-li.html',
	'quiz.html',
	'service-worker.js'
];

describe('SCORM package contents', () => {
	it('takes the app, the case’s own page and the icons, never the service worker or other pages', () => {
		expect(packageFiles(built, exam)).toEqual([
			'_app/immutable/entry/start.js',
			'_app/version.json',
			'favicon.svg',
			'icon-192.png',
			'manifest.webmanifest',
			'play/elderly-wang.html'
		]);
		expect(packageFiles(built, { ...exam, locale: 'en' })).toContain('en/play/elderly-wang.html');
		expect(playPage({ scenarioId: 'truant-li', locale: 'en' })).toBe('en/play/truant-li.html');
	});

	it('writes a SCORM 1.2 manifest: ADL CP schemas, one organization, one item, one SCO listing every file', () => {
		const files = packageFiles(built, exam);
		const xml = scormManifest(exam, files);
		expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
		expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
		expect(xml).toMatch(/xsi:schemaLocation="[^"]*adlcp_rootv1p2\.xsd"/);
		expect(xml).toContain('<schemaversion>1.2</schemaversion>');
		expect(xml.match(/<organization /g)).toHaveLength(1);
		expect(xml.match(/<item /g)).toHaveLength(1);
		expect(xml.match(/<resource /g)).toHaveLength(1);
		expect(xml).toMatch(/<resource identifier="sco-1" type="webcontent" adlcp:scormtype="sco" href="index.html">/);
		const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
		expect(listed).toEqual(['index.html', ...files]);
		expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
		expect(xml).toContain('<manifest identifier="casework-elderly-wang-zh-CN-abc123XYZ"');
	});

	it('escapes the title and leaves out the mastery score without a pass mark', () => {
		const xml = scormManifest(exam, []);
		expect(xml).toContain('<title>第三周 &lt;作业&gt; &amp; &quot;王阿姨&quot;</title>');
		expect(xml).not.toContain('<作业>');
		expect(scormManifest({ ...exam, passMark: undefined }, [])).not.toContain('masteryscore');
	});

	it('launches the play page with the mode, pass mark and assignment, relative to the package root', () => {
		expect(launchHref(exam)).toBe('play/elderly-wang.html?scorm=1&mode=exam&pass=70&ref=abc123XYZ');
		const html = launchPage(exam, '开始');
		expect(html).toContain(
			'<meta http-equiv="refresh" content="0; url=play/elderly-wang.html?scorm=1&amp;mode=exam&amp;pass=70&amp;ref=abc123XYZ">'
		);
		expect(html).toContain('<html lang="zh-CN">');
		expect(html).toContain('<title>第三周 &lt;作业&gt;');
		expect(packageName(exam)).toBe('casework-elderly-wang-zh-CN-abc123XYZ-scorm12.zip');
	});
});

describe('SCORM launch parameters', () => {
	it('round-trips through the query', () => {
		expect(readScoLaunch(new URLSearchParams(launchQuery(exam)))).toEqual({ mode: 'exam', passMark: 70, assignmentId: 'abc123XYZ' });
		expect(readScoLaunch(new URLSearchParams(launchQuery({ mode: 'practice' })))).toEqual({ mode: 'practice' });
	});

	it('is absent without scorm=1, reads a damaged mode as exam and drops values out of range', () => {
		expect(readScoLaunch(new URLSearchParams('assignment=abc123XYZ'))).toBeNull();
		expect(readScoLaunch(new URLSearchParams('scorm=1&mode=Practice&pass=101&ref=a'))).toEqual({ mode: 'exam' });
		expect(readScoLaunch(new URLSearchParams('scorm=1&pass=-5'))).toEqual({ mode: 'exam' });
	});
});
