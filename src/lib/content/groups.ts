import type { Party, Source, Statement } from './siteModel.ts';
import { comparePartialDates } from '../partialDate.ts';

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

export interface PartyStatements {
  party: Party;
  statements: Statement[];
}

/** Statements by who made them, KPN and Huawei first as on every claim page, each party's oldest first. */
export function groupStatementsByParty(parties: Party[], statements: Statement[]): PartyStatements[] {
  const first = ['kpn', 'huawei'];
  const rank = (id: string) => (first.includes(id) ? first.indexOf(id) : first.length);
  return [...parties]
    .sort((a, b) => rank(a.id) - rank(b.id))
    .map((party) => ({
      party,
      statements: statements.filter((statement) => statement.party.id === party.id).sort((a, b) => comparePartialDates(a.date, b.date)),
    }))
    .filter((group) => group.statements.length > 0);
}
