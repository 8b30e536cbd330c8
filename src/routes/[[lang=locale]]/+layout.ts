import { localeOf } from '$lib/i18n/messages';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => ({ locale: localeOf(params.lang) });
