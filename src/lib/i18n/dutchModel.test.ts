import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteModel } from '../content/siteModel.ts';
import { fixtureContent } from '../content/testFixture.ts';
import { buildDutchSiteModel, translateEntries, type DutchContent } from './dutchModel.ts';

/** The fixture story of ../content/testFixture.ts in Dutch: every word of ours, none of the evidence. */
function dutchFixture(): DutchContent {
  return {
    parties: [
      { id: 'operator', data: { name: 'Aanbieder A', role: 'aanbieder', description: 'Een aanbieder.' } },
      { id: 'vendor', data: { name: 'Leverancier B', role: 'leverancier', description: 'Een leverancier.' } },
      { id: 'paper', data: { name: 'De Krant', shortName: 'Krant', role: 'krant', description: 'Een krant.' } },
    ],
    ratings: [
      { id: 'low', data: { label: 'Laag', definition: 'Slechtst.' } },
      { id: 'high', data: { label: 'Hoog', definition: 'Best.' } },
      { id: 'mid', data: { label: 'Midden', definition: 'Midden.' } },
    ],
    statements: [
      { id: 'a-denies', data: { context: 'Reactie op de primeur.' } },
      { id: 'b-general', data: { context: 'Algemene lijn.', text: 'B zegt dat het zich aan de wet houdt.' } },
      { id: 'b-unquoted', data: { context: 'Elders.', translation: 'Niet verwant.' } },
    ],
    events: [
      { id: 'scoop', data: { title: 'De Krant onthult het', description: 'Primeur.', confidenceNote: 'Gedateerd.' } },
      { id: 'access', data: { title: 'Toegang, "periode"', description: 'Toegang.', confidenceNote: 'Gemeld.' } },
    ],
    claims: [
      {
        id: 'second-claim',
        data: {
          claim: 'B deed het.', shortForm: 'B deed het', appearances: [{ label: 'Het artikel' }], verdict: 'Geen bewijs.',
          responses: { operator: { summary: 'Zweeg.' }, vendor: { summary: 'Ontkent.', note: 'Tegenwoordige tijd.' } },
          updates: [{ change: 'Oordeel gewijzigd van Midden in Laag.' }],
        },
        body: 'De analyse, over een kernnetwerk.',
      },
      {
        id: 'first-claim',
        data: {
          claim: 'Er bestaat een rapport.', shortForm: 'Er bestaat een rapport', appearances: [{ label: 'Berichtgeving' }], verdict: 'Klopt.',
          responses: { operator: { summary: 'Bevestigt.' }, vendor: { summary: 'Zweeg.' } },
          updates: [],
        },
      },
    ],
    glossary: [{ id: 'core', data: { term: 'Kernnetwerk', forms: ['kernnetwerken'], definition: 'Het hart van het netwerk.' } }],
    // Only the sources with words of ours: the wire's title is our description, the archive has notes.
    sources: [
      { id: 's-wire', data: { title: 'Onze beschrijving' } },
      { id: 's-event-only', data: { outletNote: 'kopie op archive.example', note: 'geeft De Krant weer', dateNote: 'afgeleid' } },
    ],
  };
}

/** The English fixture with one glossary term, so that the Dutch terms can be told from the English. */
function englishFixture() {
  const content = fixtureContent();
  content.glossary = [{ id: 'core', data: { term: 'Core network', forms: [], definition: 'The heart of the network.' } }];
  content.claims[0]!.body = 'The analysis, about a core network.';
  const archive = content.sources.find((source) => source.id === 's-event-only')!;
  archive.data = { ...archive.data, outletNote: 'copy on archive.example', note: 'relays The Paper', dateNote: 'inferred' };
  return content;
}

test('every word of ours is Dutch, and the evidence is the English model’s', () => {
  const english = buildSiteModel(englishFixture());
  const dutch = buildDutchSiteModel(englishFixture(), dutchFixture());
  const claim = dutch.claimBySlug.get('second-claim')!;
  assert.equal(claim.claim, 'B deed het.');
  assert.equal(claim.verdict, 'Geen bewijs.');
  assert.equal(claim.rating.label, 'Laag');
  assert.equal(claim.madeBy.name, 'De Krant');
  assert.equal(claim.appearances[0]!.label, 'Het artikel');
  const response = (party: string) => claim.responses.find((r) => r.party.id === party)!;
  assert.equal(response('vendor').summary, 'Ontkent.');
  assert.equal(response('vendor').note, 'Tegenwoordige tijd.');
  assert.equal(response('operator').note, undefined, 'no note where the English has none');
  assert.deepEqual(claim.updates.map((u) => [u.date.iso, u.change]), [['2026-12-01', 'Oordeel gewijzigd van Midden in Laag.']]);
  // The evidence is shared: same claims, numbers, ratings, sources, statements and event links.
  assert.deepEqual(dutch.claims.map((c) => [c.slug, c.number, c.rating.id, c.rating.value]), english.claims.map((c) => [c.slug, c.number, c.rating.id, c.rating.value]));
  assert.deepEqual(dutch.sources.map((s) => [s.id, s.outlet, s.url, s.language, s.date]), english.sources.map((s) => [s.id, s.outlet, s.url, s.language, s.date]));
  assert.deepEqual([...dutch.claimsByStatement.keys()], [...english.claimsByStatement.keys()]);
  assert.deepEqual(dutch.events.map((e) => [e.id, e.title, e.claimSlugs]), [['access', 'Toegang, "periode"', ['second-claim']], ['scoop', 'De Krant onthult het', ['first-claim', 'second-claim']]]);
  // A party the Dutch gives no short name keeps the English one ("Acme" reads the same).
  assert.equal(response('operator').party.shortName, 'A');
  assert.equal(claim.madeBy.shortName, 'Krant');
});

test('quotes stay in their original words: a Dutch quote has no translation, an English one has ours', () => {
  const dutch = buildDutchSiteModel(englishFixture(), dutchFixture());
  const byId = new Map(dutch.statements.map((s) => [s.id, s]));
  assert.equal(byId.get('a-denies')!.text, 'Nooit gezien.');
  assert.equal(byId.get('a-denies')!.translation, undefined, 'the English translation of a Dutch quote is not shown in Dutch');
  assert.equal(byId.get('b-unquoted')!.text, 'Unrelated.');
  assert.equal(byId.get('b-unquoted')!.translation, 'Niet verwant.');
  assert.equal(byId.get('b-general')!.text, 'B zegt dat het zich aan de wet houdt.', 'a paraphrase is our wording, so it is in Dutch');
  assert.equal(byId.get('b-general')!.context, 'Algemene lijn.');
});

test('a source’s words of ours are Dutch; its outlet, address and published title stay as published', () => {
  const english = new Map(buildSiteModel(englishFixture()).sources.map((s) => [s.id, s]));
  const dutch = new Map(buildDutchSiteModel(englishFixture(), dutchFixture()).sources.map((s) => [s.id, s]));
  // Our description of a page whose title was not seen is ours, so it is Dutch.
  assert.equal(dutch.get('s-wire')!.title, 'Onze beschrijving');
  // The notes on outlet, source and date are ours; the title read from the address is the page's.
  const archive = dutch.get('s-event-only')!;
  assert.deepEqual([archive.outletNote, archive.note, archive.dateNote], ['kopie op archive.example', 'geeft De Krant weer', 'afgeleid']);
  assert.equal(archive.title, english.get('s-event-only')!.title);
  // A source with a published title and no notes has no Dutch entry and is cited as in English.
  assert.deepEqual(dutch.get('s-paper'), english.get('s-paper'));
});

test('a source with words of ours and no Dutch for them fails, naming the source and the field', () => {
  const dutch = dutchFixture();
  dutch.sources = [{ id: 's-event-only', data: { outletNote: 'kopie op archive.example', note: 'geeft De Krant weer' } }];
  assert.throws(() => buildDutchSiteModel(englishFixture(), dutch), (error: Error) => {
    assert.match(error.message, /sources s-wire has no Dutch entry/);
    assert.match(error.message, /sources s-event-only: dateNote has no Dutch text \(English: "inferred"\)/);
    return true;
  });
});

test('dates read as Dutch readers write them, and the glossary terms come from the Dutch text', () => {
  const dutch = buildDutchSiteModel(englishFixture(), dutchFixture());
  assert.deepEqual(dutch.events.map((e) => e.dateLabel), ['2009 – 2010', '17 april 2021']);
  assert.deepEqual(dutch.claimBySlug.get('second-claim')!.terms.map((t) => t.term), ['Kernnetwerk']);
  assert.deepEqual(dutch.glossary.map((t) => t.forms), [['kernnetwerken']]);
});

test('the English content is not changed by building the Dutch', () => {
  const english = englishFixture();
  const before = JSON.stringify(english);
  buildDutchSiteModel(english, dutchFixture());
  assert.equal(JSON.stringify(english), before);
});

test('a missing Dutch field fails, naming the entry and the field', () => {
  const dutch = dutchFixture();
  delete (dutch.claims[0]!.data.responses as Record<string, Record<string, unknown>>).vendor!.note;
  dutch.events = dutch.events.filter((event) => event.id !== 'access');
  dutch.statements[2]!.data = { context: 'Elders.' };
  assert.throws(() => buildDutchSiteModel(englishFixture(), dutch), (error: Error) => {
    assert.match(error.message, /claims second-claim: responses\.vendor\.note has no Dutch text \(English: "Present tense\."\)/);
    assert.match(error.message, /events access has no Dutch entry/);
    assert.match(error.message, /statements b-unquoted: translation has no Dutch text/);
    return true;
  });
});

test('a missing Dutch analysis fails too, and so does a Dutch response from a party the English claim has none from', () => {
  const noBody = dutchFixture();
  delete noBody.claims[0]!.body;
  assert.throws(() => buildDutchSiteModel(englishFixture(), noBody), /claims second-claim: body has no Dutch text/);
  const extra = dutchFixture();
  (extra.claims[1]!.data.responses as Record<string, unknown>).paper = { summary: 'Extra.' };
  assert.throws(() => buildDutchSiteModel(englishFixture(), extra), /Dutch responses for paper/);
});

test('entries outside the model (the methodology’s stances) are translated the same way', () => {
  const stances = [{ id: 'denies', data: { definition: 'Says no.', ratingEffect: 'Moves it.' } }];
  assert.deepEqual(translateEntries('stances', stances, [{ id: 'denies', data: { definition: 'Zegt nee.', ratingEffect: 'Verschuift het.' } }]).map((e) => e.data), [{ definition: 'Zegt nee.', ratingEffect: 'Verschuift het.' }]);
  assert.throws(() => translateEntries('stances', stances, [{ id: 'denies', data: { definition: 'Zegt nee.' } }]), /stances denies: ratingEffect has no Dutch text/);
});
