import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formPattern, htmlToText, markdownToText, termsUsedIn, termsUsedInHtml, usesTerm } from './glossary.ts';

const term = (id: string, name: string, forms: string[] = []) => ({ id, term: name, forms });
const AIVD = term('aivd', 'AIVD', ['Algemene Inlichtingen- en Veiligheidsdienst']);
const CORE = term('core-network', 'Core network', ['core', 'mobile core']);
const TAP = term('tap', 'Tap (lawful interception)', ['tapped', 'tapping', 'lawful interception', 'lawful-intercept']);
const GENERATIONS = term('generations', '2G, 3G, 4G, 5G', ['2G', '3G', '4G', '5G', 'UMTS']);
const AT = term('agentschap-telecom', 'Agentschap Telecom', ['AT']);
const STORED = term('stored-pages', 'Stored pages', ['stored page', 'stored copies']);
const GLOSSARY = [TAP, CORE, AIVD, GENERATIONS, AT, STORED];

test('finds a term by its name or any of its forms, at word boundaries', () => {
  const cases: Array<[string, typeof AIVD, boolean]> = [
    ['the AIVD warned KPN', AIVD, true],
    ["the AIVD's warning", AIVD, true],
    ['(AIVD)', AIVD, true],
    ['AIVD.', AIVD, true],
    ['the Algemene Inlichtingen en Veiligheidsdienst', AIVD, true],
    ['Huawei in the core of KPN', CORE, true],
    ['its 4G-core', CORE, true],
    ['KPN chose Ericsson for its core networks', CORE, true],
    ['a hardcore claim', CORE, false],
    ['corer', CORE, false],
    ['which numbers were tapped', TAP, true],
    ['its lawful-intercept facility', TAP, true],
    ['its lawful intercept facility', TAP, true],
    ['a lawful\u00a0interception system', TAP, true],
    ['tapinformatie in te zien', TAP, false],
    ['untapped markets', TAP, false],
    ['KPN’s 3G/4G networks', GENERATIONS, true],
    ['5G-kernapparatuur', GENERATIONS, true],
    ['the 45G band', GENERATIONS, false],
    ['Agentschap Telecom fined KPN', AT, true],
    ['AGENTSCHAP TELECOM', AT, true],
    ['the original is not among the stored pages', STORED, true],
    ['two stored copies', STORED, true],
  ];
  for (const [text, glossaryTerm, expected] of cases) {
    assert.equal(usesTerm(text, glossaryTerm), expected, `${JSON.stringify(text)} should ${expected ? '' : 'not '}use ${glossaryTerm.term}`);
  }
});

test('an acronym matches only in capitals; other forms match in any case', () => {
  assert.equal(usesTerm('look at the report', AT), false);
  assert.equal(usesTerm('At first', AT), false);
  assert.equal(usesTerm('the aivd', AIVD), false);
  assert.equal(usesTerm('the Aivd', AIVD), false);
  assert.equal(usesTerm('5g-antennenetwerk', GENERATIONS), false);
  assert.equal(usesTerm('THE CORE', CORE), true);
  assert.equal(usesTerm('Mobile Core', CORE), true);
});

test('lists the terms used in alphabetical order, each once', () => {
  const used = termsUsedIn(['The AIVD looked at the core.', 'The core again, and the AIVD, and 4G.'], GLOSSARY);
  assert.deepEqual(used.map((t) => t.id), ['generations', 'aivd', 'core-network']);
});

test('bad or empty input yields no terms rather than an error', () => {
  assert.deepEqual(termsUsedIn([], GLOSSARY), []);
  assert.deepEqual(termsUsedIn([undefined, null, ''], GLOSSARY), []);
  assert.deepEqual(termsUsedIn(['The AIVD'], []), []);
  // A form of blanks or punctuation only would match everywhere or nowhere: it is ignored.
  assert.equal(formPattern('   '), undefined);
  assert.equal(formPattern(''), undefined);
  assert.equal(formPattern('--'), undefined);
  assert.equal(usesTerm('any text at all', term('x', 'X', ['  ', '-'])), false);
  // Characters that mean something in a regular expression are matched literally.
  assert.equal(usesTerm('C++ and (AT)', term('c', 'C++')), true);
  assert.equal(usesTerm('Cxx', term('c', 'C++')), false);
  assert.equal(usesTerm('a.b', term('ab', 'a.b')), true);
  assert.equal(usesTerm('axb', term('ab', 'a.b')), false);
});

test('reads a Markdown body as a reader sees it: link targets, tags and emphasis do not count', () => {
  const body = [
    'import Note from "../Note.astro";',
    '',
    'As [The Mobile Network](https://the-mobile-network.example/2019/05/operator-to-take-vendor-out-of-core/) put it, *the AIVD* said **nothing**.',
    '<Note kind="core">A note</Note> and `code` and _emphasis_ and snake_case.',
  ].join('\n');
  const text = markdownToText(body);
  assert.equal(text.includes('import'), false);
  assert.equal(text.includes('https://'), false);
  assert.match(text, /As The Mobile Network put it, the AIVD said nothing\./);
  assert.match(text, /A note\s+and code and emphasis and snake_case\./);
  assert.deepEqual(termsUsedIn([text], GLOSSARY).map((t) => t.id), ['aivd']);
});

test('reads rendered HTML as a reader sees it: attributes, code, navigation and scripts do not count', () => {
  const html = [
    '<h1 id="core">Timeline</h1>',
    '<a href="https://example.org/aivd/core/">the AIVD&#39;s warning</a>',
    '<pre><code>&lt;iframe src="/stored-pages/"&gt;</code></pre>',
    '<nav><a href="/">Core network</a></nav>',
    '<script>const tap = 1;</script><style>.core { color: red }</style>',
    '<!-- lawful interception -->',
    '<p>KPN&nbsp;and&#x20;4G &amp; more</p>',
  ].join('');
  const text = htmlToText(html);
  assert.match(text, /the AIVD's warning/);
  assert.match(text, /KPN\u00a0and 4G & more/);
  assert.doesNotMatch(text, /iframe|Core network|tap|core|lawful/);
  assert.deepEqual(termsUsedInHtml(html, GLOSSARY).map((entry) => entry.id).sort(), ['aivd', 'generations']);
  assert.deepEqual(termsUsedInHtml('<p>Nothing here</p>', GLOSSARY), []);
});
