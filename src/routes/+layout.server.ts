// Every page of the reader is content known at build time, so the whole site is prerendered into
// static files (adapter-static): it can be hosted anywhere, works with JavaScript off, and a
// content error fails the build instead of reaching a reader.
export const prerender = true;
