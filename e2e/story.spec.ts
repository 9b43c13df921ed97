/**
 * Story-wide promises of the kit (issue 12), for whichever story this run tests:
 * - a fictional example (story.yaml `example: true`) says so on every page it builds, and keeps out
 *   of search engines;
 * - the published story never carries anything of the example: no example label, none of its claims,
 *   sources or titles, and its pages stay indexable.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { test, expect } from './support/fixtures';
import { claims, sources, story } from './support/content';
import { DIST, builtPages } from './support/pages';

const STORY = story();
const PAGES = builtPages();

test('the build under test has pages, and the story names its respondents and lanes', () => {
  expect(PAGES.length).toBeGreaterThan(claims().length);
  expect(STORY.respondents.length).toBeGreaterThanOrEqual(2);
  expect(STORY.lanes.length).toBeGreaterThan(0);
});

// Every page's example label, or its absence, on screen and (on every printable page) in print, is a
// step of the page walk (everyPage.spec.ts: checkStoryLabel, and its print step).
if (!STORY.example) {
  /** Everything that would betray the example in a published page: its claims, its sources, its names. */
  const EXAMPLES = new URL('../examples/', import.meta.url);
  const exampleStories = readdirSync(EXAMPLES).filter((name) => statSync(new URL(`${name}/`, EXAMPLES)).isDirectory());
  const telltales = exampleStories.flatMap((name) => {
    const folder = new URL(`${name}/`, EXAMPLES);
    const config = (yaml.load(readFileSync(new URL('story.yaml', folder), 'utf8')) as Array<{ id: string; title: string; slug: string }>)[0]!;
    const urls = (yaml.load(readFileSync(new URL('sources.yaml', folder), 'utf8')) as Array<{ url: string }>).map((source) => source.url);
    const slugs = readdirSync(new URL('claims/', folder)).map((file) => `/claims/${file.replace(/\.mdx$/, '')}/`);
    return [config.title, config.slug, ...urls, ...slugs];
  });

  test('the examples folder holds at least one story to keep out (otherwise the checks below pass trivially)', () => {
    expect(exampleStories.length).toBeGreaterThan(0);
    expect(telltales.length).toBeGreaterThan(exampleStories.length * 3);
    // And the telltales do not also belong to the published story.
    const published = new Set([STORY.title, STORY.slug, ...sources().map((source) => source.url), ...claims().map((claim) => `/claims/${claim.slug}/`)]);
    expect(telltales.filter((telltale) => published.has(telltale))).toEqual([]);
  });

  test('no file of the published build carries the example label or anything of an example story', () => {
    const files: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(html|xml|json|txt|csv|js|css)$/.test(name)) files.push(path);
      }
    };
    walk(DIST);
    expect(files.length).toBeGreaterThan(PAGES.length - 1);
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (/class="example-label"/.test(text)) found.push(`${file}: the example label`);
      for (const telltale of telltales) if (text.includes(telltale)) found.push(`${file}: ${telltale}`);
    }
    expect(found).toEqual([]);
  });
}
