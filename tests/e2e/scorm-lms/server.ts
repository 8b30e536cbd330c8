/**
 * A stand-in LMS for the SCORM e2e test: the LMS page and scorm-again at
 * /lms/, and an unzipped package under the sub-path Moodle serves SCORM
 * content from. Files only, no directory indexes and no `.html` guessing,
 * as Moodle's pluginfile.php does.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import sirv from 'sirv';

export const CONTENT_PATH = '/pluginfile.php/12/mod_scorm/content/1/';

export async function serveLms(zip: Uint8Array): Promise<{ url: string; files: Record<string, Uint8Array>; close: () => Promise<void> }> {
	const root = mkdtempSync(join(tmpdir(), 'scorm-lms-'));
	const files = unzipSync(zip);
	for (const [name, bytes] of Object.entries(files)) {
		const to = join(root, CONTENT_PATH, name);
		mkdirSync(dirname(to), { recursive: true });
		writeFileSync(to, bytes);
	}
	mkdirSync(join(root, 'lms'));
	const here = (f: string) => new URL(f, import.meta.url);
	writeFileSync(join(root, 'lms/player.html'), readFileSync(here('./lms.html')));
	writeFileSync(join(root, 'lms/lms.js'), readFileSync(here('./lms.js')));
	writeFileSync(join(root, 'lms/scorm12.js'), readFileSync(here('../../../node_modules/scorm-again/dist/scorm12.js')));
	const serve = sirv(root, { dev: true, extensions: [] });
	const server: Server = createServer((req, res) =>
		serve(req, res, () => {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
		})
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return { url: `http://127.0.0.1:${address.port}`, files, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
