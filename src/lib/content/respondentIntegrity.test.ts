/**
 * The story's rules that no schema can hold alone, because they span files: every claim answers to
 * the story's respondents, and every party sits in one lane. Checked through the real integrity
 * check and model builder, on the small fixture story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertContentIsSound, findContentProblems } from './integrity.ts';
import { buildSiteModel } from './siteModel.ts';
import { fixtureContent } from './testFixture.ts';

test('the fixture story is sound and builds', () => {
  assert.deepEqual(findContentProblems(fixtureContent()), []);
  assert.equal(buildSiteModel(fixtureContent()).claims.length, 2);
});

const cases: Array<[string, (content: ReturnType<typeof fixtureContent>) => void, RegExp[]]> = [
  [
    'a claim without a respondent\'s response',
    (content) => { delete content.claims[0]!.data.responses.operator; },
    [/^src\/content\/claims\/second-claim\.mdx → responses\.operator: the response of respondent "operator" is missing/],
  ],
  [
    'a claim with a response from a party that is not a respondent',
    (content) => { content.claims[1]!.data.responses.paper = { stance: 'not-addressed', statements: [], nearest: [], summary: 'x' }; },
    [/^src\/content\/claims\/first-claim\.mdx → responses\.paper: "paper" is not a respondent of the story \(story\.yaml respondents: operator, vendor\)/],
  ],
  [
    'a respondent that is no party',
    (content) => { content.story[0]!.data.respondents.push('regulator'); },
    [/^src\/content\/story\.yaml \(entry "story"\) → respondents\[2\]: party "regulator" does not exist/, /responses\.regulator: the response of respondent "regulator" is missing/],
  ],
  [
    'a party in no lane',
    (content) => { content.story[0]!.data.lanes[2]!.parties = []; },
    [/^src\/content\/story\.yaml \(entry "story"\) → lanes: party "paper" .* is in no lane/],
  ],
  [
    'a party in two lanes',
    (content) => { content.story[0]!.data.lanes[1]!.parties.push('operator'); },
    [/^src\/content\/story\.yaml \(entry "story"\) → lanes: party "operator" is in 2 lanes \(operator, vendor\)/],
  ],
  [
    'a lane naming a party that does not exist',
    (content) => { content.story[0]!.data.lanes[0]!.parties.push('ghost'); },
    [/^src\/content\/story\.yaml \(entry "story"\) → lanes\[0\]\.parties\[1\]: party "ghost" does not exist/],
  ],
  [
    'no story entry',
    (content) => { content.story = []; },
    [/^story\.yaml → must hold exactly one entry, with id "story" \(found none\)/],
  ],
];

for (const [name, mutate, expected] of cases) {
  test(`the build stops on ${name}, naming the file and the field`, () => {
    const content = fixtureContent();
    mutate(content);
    const problems = findContentProblems(content);
    for (const pattern of expected) assert.ok(problems.some((problem) => pattern.test(problem)), `${pattern} not in:\n${problems.join('\n')}`);
    assert.throws(() => assertContentIsSound(content), /nothing was built/);
  });
}
