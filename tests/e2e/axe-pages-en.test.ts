/** axe on every page in the English interface, both themes, phone and desktop widths (see axe-pages.ts). */
import { expect, it } from 'vitest';
import { checkEveryPage } from './axe-pages.ts';

it(
	'every page in English passes axe in both themes on a phone and at desktop width, with nothing scrolling sideways',
	{ timeout: 600_000 },
	async () => {
		expect(await checkEveryPage('/en')).toEqual([]);
	}
);
