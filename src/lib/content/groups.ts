import type { Source } from './siteModel.ts';

export interface OutletGroup {
  outlet: string;
  slug: string;
  sources: Source[];
}

/** Groups sources by outlet, outlets alphabetically (Dutch "de" ignored), newest source first within each. */
export function groupSourcesByOutlet(sources: Source[]): OutletGroup[] {
  const groups = new Map<string, Source[]>();
  for (const source of sources) groups.set(source.outlet, [...(groups.get(source.outlet) ?? []), source]);
  const sortKey = (outlet: string) => outlet.replace(/^(de|the|het)\s+/i, '').toLocaleLowerCase('en');
  return [...groups.entries()]
    .sort(([a], [b]) => sortKey(a).localeCompare(sortKey(b), 'en'))
    .map(([outlet, list]) => ({
      outlet,
      slug: slugify(outlet),
      sources: [...list].sort((a, b) => (b.date?.start.getTime() ?? 0) - (a.date?.start.getTime() ?? 0)),
    }));
}

/** "Müller & Zoon" → "muller-zoon": accents dropped, not turned into breaks. */
export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
