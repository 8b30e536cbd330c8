/**
 * Serves the built static site the way a static host would: files from
 * build/, and 404.html (SvelteKit's client-side fallback) for anything else.
 * Pages are prerendered without a trailing slash (/en is en.html, with asset
 * paths relative to it), so /en/ is redirected to /en, as hosts do.
 *   npx tsx scripts/serve.ts [--port 4173]
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export function serveBuild(dir = 'build', port = 4173, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html not found: run the build first`);
	const fallback = readFileSync(join(dir, '404.html'));
	const files = sirv(dir, { etag: true, extensions: ['html'] });
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://host');
		if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
			res.writeHead(308, { location: url.pathname.replace(/\/+$/, '') + url.search });
			return res.end();
		}
		files(req, res, () => {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(fallback);
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolve({ server, url: `http://${host}:${actual}` });
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const i = process.argv.indexOf('--port');
	const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT ?? 4173);
	serveBuild('build', port).then(({ url }) => {
		console.log(`\n  Casework Trainer is being served at ${url}/\n  (English: ${url}/en)  Press Ctrl+C to stop.\n`);
	});
}
