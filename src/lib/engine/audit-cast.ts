/** Speakers the story's `# cast:` tag does not name (issue #14, item 12). */
import type { AuditLevel } from './audit-report.ts';

/** One warning naming every speaker id the cast does not name: the player shows those ids as they are. */
export function reportCast(
	strangers: Map<string, { where?: string; text: string }>,
	hasCast: boolean,
	report: (level: AuditLevel, code: string, message: string, where?: string, at?: { text?: string }) => void
): void {
	if (!strangers.size) return;
	const ids = [...strangers.keys()].map((id) => `"${id}"`).join(', ');
	const [first] = strangers.values();
	if (hasCast)
		report(
			'warning',
			'unknown-speaker',
			`Speakers ${ids} are not in the "# cast:" tag; the player shows these ids as names`,
			first.where,
			first
		);
	else
		report(
			'warning',
			'no-cast',
			`Lines name speakers ${ids}, but there is no "# cast:" tag; the player shows these ids as names`,
			first.where,
			first
		);
}
