import type { BankQuestion } from '@/lib/study-schema';
import { quizQuestion, siteContent } from '@/lib/content/site';

/*
 * `/questions.json`: every question of every note with its note's title and tags, and no
 * answers, written as a static file at build time. Practice, the mock exam and review
 * fetch it when they start; the answers stay in `/quiz/<slug>.json`.
 */

export const dynamic = 'force-static';

export function GET(): Response {
  const questions: BankQuestion[] = siteContent().notes.flatMap((note) =>
    note.questions.map((question, index) => ({ ...quizQuestion(question), slug: note.slug, title: note.title, tags: note.tags, position: index + 1 })),
  );
  return Response.json({ questions });
}
