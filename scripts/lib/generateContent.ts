/**
 * Synthetic content for the scaling benchmark: copies of the real content, each copy's ids
 * suffixed, until there are `claims` claims. Statements, sources and events grow in the same
 * proportion as in the real content; references stay valid. Written to a temporary folder only.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

type Entry = Record<string, any> & { id: string };

export function generateContent(source: string, target: string, claims: number): { claims: number; statements: number; sources: number; events: number } {
  const load = (file: string) => yaml.load(readFileSync(join(source, file), 'utf8')) as Entry[];
  const real = { statements: load('statements.yaml'), sources: load('sources.yaml'), events: load('events.yaml') };
  const claimFiles = readdirSync(join(source, 'claims')).filter((f) => f.endsWith('.mdx')).sort();
  const copies = Math.ceil(claims / claimFiles.length);
  const suffix = (id: string, copy: number) => (copy === 0 ? id : `${id}-c${copy}`);
  const out = { statements: [] as Entry[], sources: [] as Entry[], events: [] as Entry[] };
  mkdirSync(join(target, 'claims'), { recursive: true });
  for (const file of ['story.yaml', 'parties.yaml', 'ratings.yaml', 'stances.yaml', 'rating-rules.yaml', 'overview', 'glossary.yaml']) cpSync(join(source, file), join(target, file), { recursive: true });
  let number = 0;
  for (let copy = 0; copy < copies; copy += 1) {
    // Only as many copies of the other collections as claims need, so proportions hold for partial copies too.
    const share = Math.min(1, (claims - copy * claimFiles.length) / claimFiles.length);
    const take = <T>(list: T[]) => list.slice(0, Math.max(1, Math.round(list.length * share)));
    out.sources.push(...real.sources.map((s) => ({ ...s, id: suffix(s.id, copy) })));
    out.statements.push(...real.statements.map((s) => ({ ...s, id: suffix(s.id, copy), sources: s.sources.map((id: string) => suffix(id, copy)) })));
    out.events.push(...take(real.events).map((e) => ({ ...e, id: suffix(e.id, copy), sources: e.sources.map((id: string) => suffix(id, copy)) })));
    const keptEvents = new Set(take(real.events).map((e) => e.id));
    for (const file of claimFiles) {
      if (number >= claims) break;
      number += 1;
      const [, frontmatter, ...body] = readFileSync(join(source, 'claims', file), 'utf8').split(/^---$/m);
      const data = yaml.load(frontmatter!) as Record<string, any>;
      data.number = number;
      data.sources = data.sources.map((id: string) => suffix(id, copy));
      data.events = (data.events ?? []).filter((id: string) => keptEvents.has(id)).map((id: string) => suffix(id, copy));
      data.appearances = data.appearances.map((a: Entry) => (a.source ? { ...a, source: suffix(a.source, copy) } : a));
      for (const response of Object.values(data.responses as Record<string, Entry>)) {
        response.statements = (response.statements ?? []).map((id: string) => suffix(id, copy));
        response.nearest = (response.nearest ?? []).map((id: string) => suffix(id, copy));
      }
      writeFileSync(join(target, 'claims', `${file.replace(/\.mdx$/, '')}${copy === 0 ? '' : `-c${copy}`}.mdx`), `---\n${yaml.dump(data)}---${body.join('---')}`);
    }
  }
  // Sources cited by no kept claim or event would still be valid; keep them all, as the real site does.
  for (const [name, list] of Object.entries(out)) writeFileSync(join(target, `${name}.yaml`), yaml.dump(list));
  return { claims: number, statements: out.statements.length, sources: out.sources.length, events: out.events.length };
}
