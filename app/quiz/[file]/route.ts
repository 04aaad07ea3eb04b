import { answerKey, findNote, siteContent } from '@/lib/content/site';
import type { NoteAnswerKeys } from '@/lib/browser-schema';

/*
 * `/quiz/<slug>.json`: a note's answers and explanations, written as a static file at
 * build time and fetched by the quiz only when the student submits.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return siteContent()
    .notes.filter((note) => note.questions.length > 0)
    .map((note) => ({ file: `${note.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const slug = decodeURIComponent(file).replace(/\.json$/, '');
  const note = findNote(slug);
  if (!note) return new Response('not found', { status: 404 });
  const body: NoteAnswerKeys = { slug, questions: note.questions.map((question) => answerKey(question, note)) };
  return Response.json(body);
}
