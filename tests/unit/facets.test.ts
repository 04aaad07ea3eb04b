import { describe, expect, it } from 'vitest';
import { facetGroups, filterLabel, shortNamespaces, tagNamespaces, vaultFacetGroups } from '@/lib/tags';

const notes = [
  { slug: 'a', tags: ['service/glue', 'constraint/serverless', 'usecase/etl'] },
  { slug: 'b', tags: ['service/glue', 'service/athena', 'usecase/etl'] },
  { slug: 'c', tags: ['service/kinesis', 'constraint/real-time'] },
  { slug: 'd', tags: ['aws', 'service/glue'] },
];
const namespaces = tagNamespaces(notes);

/** Each tag as `tag=count` (shown) or `tag` (folded), per namespace, from the groups. */
function summary(selected: string[]) {
  return Object.fromEntries(
    facetGroups(notes, namespaces, selected).map((group) => [
      group.namespace,
      {
        shown: group.shown.map((facet) => `${facet.tag}=${facet.reachable}${facet.active ? '*' : ''}`),
        folded: group.folded.map((facet) => facet.tag),
      },
    ]),
  );
}

describe('facetGroups: what each tag would give if chosen next', () => {
  it.each([
    {
      name: 'nothing chosen: every tag counts its own notes and none folds',
      selected: [],
      expected: {
        service: { shown: ['service/glue=3', 'service/athena=1', 'service/kinesis=1'], folded: [] },
        constraint: { shown: ['constraint/real-time=1', 'constraint/serverless=1'], folded: [] },
        usecase: { shown: ['usecase/etl=2'], folded: [] },
        other: { shown: ['aws=1'], folded: [] },
      },
    },
    {
      name: 'one tag: others count within it, the ones that would leave nothing fold',
      selected: ['service/glue'],
      expected: {
        service: { shown: ['service/glue=3*', 'service/athena=1'], folded: ['service/kinesis'] },
        constraint: { shown: ['constraint/serverless=1'], folded: ['constraint/real-time'] },
        usecase: { shown: ['usecase/etl=2'], folded: [] },
        other: { shown: ['aws=1'], folded: [] },
      },
    },
    {
      name: 'two tags: an active tag shows the notes kept now',
      selected: ['service/glue', 'usecase/etl'],
      expected: {
        service: { shown: ['service/glue=2*', 'service/athena=1'], folded: ['service/kinesis'] },
        constraint: { shown: ['constraint/serverless=1'], folded: ['constraint/real-time'] },
        usecase: { shown: ['usecase/etl=2*'], folded: [] },
        other: { shown: [], folded: ['aws'] },
      },
    },
    {
      name: 'a namespace alone (any of its tags) narrows like a tag',
      selected: ['constraint'],
      expected: {
        service: { shown: ['service/glue=1', 'service/kinesis=1'], folded: ['service/athena'] },
        constraint: { shown: ['constraint/real-time=1', 'constraint/serverless=1'], folded: [] },
        usecase: { shown: ['usecase/etl=1'], folded: [] },
        other: { shown: [], folded: ['aws'] },
      },
    },
    {
      name: 'the namespace of untagged-namespace tags (other) narrows to the notes with one; a note with two service tags counts once',
      selected: ['other'],
      expected: {
        service: { shown: ['service/glue=1'], folded: ['service/athena', 'service/kinesis'] },
        constraint: { shown: [], folded: ['constraint/real-time', 'constraint/serverless'] },
        usecase: { shown: [], folded: ['usecase/etl'] },
        other: { shown: ['aws=1'], folded: [] },
      },
    },
    {
      name: 'a filter nothing matches: only the active tags stay shown, at 0',
      selected: ['service/kinesis', 'usecase/etl'],
      expected: {
        service: { shown: ['service/kinesis=0*'], folded: ['service/glue', 'service/athena'] },
        constraint: { shown: [], folded: ['constraint/real-time', 'constraint/serverless'] },
        usecase: { shown: ['usecase/etl=0*'], folded: [] },
        other: { shown: [], folded: ['aws'] },
      },
    },
    {
      name: 'an unknown tag in the URL: nothing is kept and it is not listed',
      selected: ['service/nope'],
      expected: {
        service: { shown: [], folded: ['service/glue', 'service/athena', 'service/kinesis'] },
        constraint: { shown: [], folded: ['constraint/real-time', 'constraint/serverless'] },
        usecase: { shown: [], folded: ['usecase/etl'] },
        other: { shown: [], folded: ['aws'] },
      },
    },
  ])('$name', ({ selected, expected }) => {
    expect(summary(selected)).toEqual(expected);
  });

  it('keeps the namespaces and tag order it was given', () => {
    expect(facetGroups(notes, namespaces, ['service/glue']).map((group) => group.namespace)).toEqual(['service', 'constraint', 'usecase', 'other']);
  });

  it('with no notes every tag folds', () => {
    expect(facetGroups([], namespaces, []).flatMap((group) => group.shown)).toEqual([]);
  });
});

describe("vaultFacetGroups: the vault's own counts, before the list has loaded", () => {
  it.each([
    { selected: [], active: [] },
    { selected: ['service/glue', 'usecase/etl'], active: ['service/glue', 'usecase/etl'] },
  ])('chosen $selected: every tag at its count, the chosen ones active, none folded', ({ selected, active }) => {
    const groups = vaultFacetGroups(shortNamespaces(namespaces), selected);
    expect(groups.flatMap((group) => group.shown.map((facet) => `${facet.tag}=${facet.reachable}`))).toEqual([
      'service/glue=3',
      'service/athena=1',
      'service/kinesis=1',
      'constraint/real-time=1',
      'constraint/serverless=1',
      'usecase/etl=2',
      'aws=1',
    ]);
    expect(groups.flatMap((group) => group.shown.filter((facet) => facet.active).map((facet) => facet.tag))).toEqual(active);
    expect(groups.flatMap((group) => group.folded)).toEqual([]);
    expect(groups.map((group) => group.hidden)).toEqual([0, 0, 0, 0]);
  });

  it('a short namespace keeps its most used tags and counts the ones it left out', () => {
    const groups = vaultFacetGroups(shortNamespaces(namespaces, 1));
    expect(groups.map((group) => [group.namespace, group.shown.map((facet) => facet.tag), group.hidden])).toEqual([
      ['service', ['service/glue'], 2],
      ['constraint', ['constraint/real-time'], 1],
      ['usecase', ['usecase/etl'], 0],
      ['other', ['aws'], 0],
    ]);
  });
});

describe('filterLabel: the chosen tags as the heading names them', () => {
  it.each([
    [[], ''],
    [['service/glue'], 'glue'],
    [['service/glue', 'constraint/serverless'], 'glue · serverless'],
    [['constraint'], 'constraint'],
    [['aws'], 'aws'],
    [['service/glue/etl'], 'glue/etl'],
  ])('%j → %j', (selected, label) => {
    expect(filterLabel(selected)).toBe(label);
  });
});
