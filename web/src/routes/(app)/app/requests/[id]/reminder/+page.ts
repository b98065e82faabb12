import type { PageLoad } from './$types';

// Who may open this page is the workspace layout's rule (navigation.ts); the page only takes its id.
export const load = (({ params }) => ({ id: params.id })) satisfies PageLoad;
