/**
 * The public origin of the site: a fact of the deployment, not of the story, so it comes from the
 * SITE_URL environment variable at build time (astro.config.mjs hands it to Astro as `site`). The
 * example.org default is a reserved placeholder domain, so nothing points at somebody else's site by accident.
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://factcheck.example.org';
