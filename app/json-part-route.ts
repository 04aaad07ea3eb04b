/*
 * The dev server's routes for data a build writes in numbered parts (`/note-list/<n>.json`,
 * `/search-index/<n>.json`, `/question-bank/<n>.json`): each part, made by the same writer
 * the build uses (scripts/write-data-files.ts).
 */

type Params = { params: Promise<{ file: string }> };

export function jsonPartRoute<T extends { part: number }>(parts: () => readonly T[]) {
  return {
    generateStaticParams: (): { file: string }[] => parts().map(({ part }) => ({ file: `${part}.json` })),
    GET: async (_request: Request, { params }: Params): Promise<Response> => {
      const { file } = await params;
      const found = parts().find((each) => `${each.part}.json` === file);
      return found ? Response.json(found) : new Response('not found', { status: 404 });
    },
  };
}
