/**
 * A SCORM 1.2 package of one case: its manifest, its launch page and which
 * built files go in. One SCO, launched by `index.html` at the package root,
 * which sends the frame on to the prerendered play page with the launch
 * parameters (scorm-launch.ts). The play page's assets are addressed relative
 * to the page (SvelteKit's `paths.relative`), so the package runs from any
 * sub-path an LMS serves it under.
 */
import type { Locale } from '../i18n/messages.ts';
import { launchQuery, type ScoLaunch } from './scorm-launch.ts';

/** What one package plays: a built-in case, with an assignment's mode and pass mark when it comes from one. */
export interface ScoSpec extends ScoLaunch {
	scenarioId: string;
	locale: Locale;
	/** Shown by the LMS as the activity's title. */
	title: string;
}

export const LAUNCH_FILE = 'index.html';
export const MANIFEST_FILE = 'imsmanifest.xml';
/** Written by the build (scripts/scorm-file-list.js): every file of the built site. */
export const FILE_LIST = 'scorm-files.json';

const escapeXml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The play page of the case, as a file in the built site (trailingSlash 'never': `play/<id>.html`). */
export function playPage(spec: Pick<ScoSpec, 'scenarioId' | 'locale'>): string {
	return `${spec.locale === 'en' ? 'en/' : ''}play/${spec.scenarioId}.html`;
}

/** Where the launch page sends the frame, relative to the package root. */
export function launchHref(spec: ScoSpec): string {
	return `${playPage(spec)}?${launchQuery(spec)}`;
}

/**
 * The built files the SCO needs: the app's scripts and styles, the case's
 * page and the icons it names. Not the service worker (an LMS page must not
 * be taken over by one) nor the other pages. Sorted, so a package is the same
 * for the same build.
 */
export function packageFiles(built: readonly string[], spec: ScoSpec): string[] {
	const page = playPage(spec);
	const wanted = (f: string) => f === page || f.startsWith('_app/') || (!f.includes('/') && /\.(svg|png|ico|webmanifest)$/.test(f));
	return built.filter(wanted).sort();
}

/** A manifest identifier: xs:ID (a letter first; letters, digits, `-`, `_`, `.`). */
function identifier(spec: ScoSpec): string {
	const parts = ['casework', spec.scenarioId, spec.locale, spec.assignmentId].filter(Boolean).join('-');
	return parts.replace(/[^A-Za-z0-9_.-]/g, '_');
}

/** imsmanifest.xml, SCORM 1.2 (IMS CP 1.1.2 with the ADL CP extensions): one organization, one item, one SCO. */
export function scormManifest(spec: ScoSpec, files: readonly string[]): string {
	const title = escapeXml(spec.title);
	const mastery = spec.passMark === undefined ? '' : `\n        <adlcp:masteryscore>${spec.passMark}</adlcp:masteryscore>`;
	const fileLines = [LAUNCH_FILE, ...files].map((f) => `      <file href="${escapeXml(encodeURI(f))}"/>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier(spec)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${title}</title>
      <item identifier="item-1" identifierref="sco-1" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-1" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_FILE}">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The launch page: sends its own frame (the LMS's iframe or popup, so the
 * LMS API stays where the SCO looks for it) on to the play page. A meta
 * refresh needs no script, so no Content-Security-Policy of the LMS can stop
 * it; the link is there if a browser does not follow it.
 */
export function launchPage(spec: ScoSpec, linkText: string): string {
	const href = escapeXml(launchHref(spec));
	return `<!doctype html>
<html lang="${spec.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${href}">
<title>${escapeXml(spec.title)}</title>
</head>
<body>
<p><a href="${href}">${escapeXml(linkText)}</a></p>
</body>
</html>
`;
}

/** The zip's name: the case, and the assignment when there is one. */
export function packageName(spec: ScoSpec): string {
	return `casework-${[spec.scenarioId, spec.locale, spec.assignmentId].filter(Boolean).join('-')}-scorm12.zip`;
}
