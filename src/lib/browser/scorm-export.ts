/**
 * Builds a SCORM 1.2 package in the browser: the site is static, so the
 * instructor's own browser fetches the built files this site is made of
 * (listed at build time in scorm-files.json) and zips them with the manifest
 * and the launch page. Loaded only when a download button is pressed.
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import {
	FILE_LIST,
	LAUNCH_FILE,
	MANIFEST_FILE,
	launchPage,
	packageFiles,
	packageName,
	scormManifest,
	type ScoSpec
} from '../instructor/scorm-package.ts';

/** Files fetched at once: enough to keep the connection busy, few enough not to flood it. */
const PARALLEL = 6;

export class ScormExportError extends Error {
	override name = 'ScormExportError';
}

async function fetchBytes(url: URL, fetcher: typeof fetch): Promise<Uint8Array> {
	const res = await fetcher(url);
	if (!res.ok) throw new ScormExportError(`${url.pathname}: HTTP ${res.status}`);
	return new Uint8Array(await res.arrayBuffer());
}

function readList(json: unknown): string[] {
	const files = (json as { files?: unknown })?.files;
	if (!Array.isArray(files) || !files.every((f) => typeof f === 'string' && !f.startsWith('/') && !f.split('/').includes('..'))) {
		throw new ScormExportError(`${FILE_LIST} is not a list of files`);
	}
	return files;
}

/**
 * The package's bytes. `siteRoot` is the URL of the built site's root (with a
 * trailing slash); `linkText` labels the launch page's fallback link.
 */
export async function buildScormPackage(
	siteRoot: URL,
	spec: ScoSpec,
	linkText: string,
	fetcher: typeof fetch = fetch
): Promise<Uint8Array> {
	const listRes = await fetcher(new URL(FILE_LIST, siteRoot));
	if (!listRes.ok) throw new ScormExportError(`${FILE_LIST}: HTTP ${listRes.status}`);
	const files = packageFiles(readList(await listRes.json()), spec);
	if (!files.some((f) => f.endsWith('.html'))) throw new ScormExportError(`${spec.scenarioId}: no such case in this build`);
	const fetched: Uint8Array[] = [];
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const i = next++;
			fetched[i] = await fetchBytes(new URL(files[i], siteRoot), fetcher);
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, worker));
	// In the list's order, whatever order the files arrived in: the same build gives the same zip.
	const zip: Zippable = {};
	files.forEach((f, i) => {
		// Images and fonts are compressed already.
		zip[f] = /\.(png|jpe?g|webp|woff2?)$/.test(f) ? [fetched[i], { level: 0 }] : fetched[i];
	});
	zip[MANIFEST_FILE] = strToU8(scormManifest(spec, files));
	zip[LAUNCH_FILE] = strToU8(launchPage(spec, linkText));
	// Fixed entry times, for the same reason.
	return zipSync(zip, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

/** Builds the package and offers it as a download. */
export async function downloadScormPackage(siteRoot: URL, spec: ScoSpec, linkText: string): Promise<void> {
	const bytes = await buildScormPackage(siteRoot, spec, linkText);
	const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = packageName(spec);
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
