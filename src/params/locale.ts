import type { ParamMatcher } from '@sveltejs/kit';

/** zh-CN lives at the root; English under /en. */
export const match: ParamMatcher = (param) => param === 'en';
