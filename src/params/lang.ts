import type { ParamMatcher } from '@sveltejs/kit';

/** English is unprefixed; French pages live under /fr. */
export const match: ParamMatcher = (param) => param === 'fr';
