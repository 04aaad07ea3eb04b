import { loadContent } from '@/lib/content/load';

export default function HomePage() {
  const { notes } = loadContent();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="mb-6 text-2xl font-bold">AWS 자격증 노트</h1>
      <ul className="space-y-3">
        {notes.map((note) => (
          <li key={note.slug} className="rounded-lg border border-zinc-200 p-4">
            <h2 className="font-semibold">{note.title}</h2>
            <p className="mt-1 text-sm text-zinc-600">{note.tags.join(' · ')}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
