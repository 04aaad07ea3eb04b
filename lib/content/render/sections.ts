import type { Heading, Root, RootContent } from 'mdast';
import { plainText } from '../render/markdown';
import { partHeading } from '../question/layout';
import type { SectionKind } from '../schema';

export type RawSection = { kind: SectionKind; heading: string; headingNode: Heading | null; nodes: RootContent[] };
export type SplitBody = { title: string | null; sections: RawSection[] };

/** Section names by their words (emoji, spacing and case ignored), Korean and English. */
const KIND_BY_NAME: Record<string, SectionKind> = {
  핵심포인트: 'keyPoint',
  keypoint: 'keyPoint',
  keypoints: 'keyPoint',
  keytakeaway: 'keyPoint',
  설명: 'explanation',
  explanation: 'explanation',
  주요개념: 'concepts',
  핵심개념: 'concepts',
  keyconcepts: 'concepts',
  concepts: 'concepts',
  관련문제: 'question',
  문제: 'question',
  연습문제: 'question',
  practicequestion: 'question',
  relatedquestion: 'question',
  examquestion: 'question',
  question: 'question',
};

export function sectionKind(heading: string): SectionKind {
  const words = heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return KIND_BY_NAME[words] ?? 'other';
}

function isHeading(node: RootContent, depth: number): node is Heading {
  return node.type === 'heading' && node.depth === depth;
}

/**
 * Stage 5, sections: the first H1 before any H2 is the display title; each H2 opens a section that runs
 * to the next H2. Text before the first H2 becomes an untitled section so nothing is lost.
 * A kind is taken by its first section only; a repeat is an ordinary section.
 */
export function splitSections(root: Root): SplitBody {
  let title: string | null = null;
  const sections: RawSection[] = [];
  const seen = new Set<SectionKind>();
  let current: RawSection | null = null;

  for (const node of root.children) {
    // A note's title is its first H1 before any H2 (a line of inline tags may come first).
    if (title === null && sections.every((section) => section.headingNode === null) && isHeading(node, 1) && !partHeading(node)) {
      title = plainText(node);
      continue;
    }
    if (isHeading(node, 2)) {
      const heading = plainText(node);
      const named = sectionKind(heading);
      const kind = seen.has(named) ? 'other' : named;
      seen.add(kind);
      current = { kind, heading, headingNode: node, nodes: [] };
      sections.push(current);
      continue;
    }
    if (current === null) {
      current = { kind: 'other', heading: '', headingNode: null, nodes: [] };
      sections.push(current);
    }
    current.nodes.push(node);
  }
  return { title, sections };
}
