// The reference is a plain Next site, written as Next's docs write one (the app's rule is for the app).
// eslint-disable-next-line no-restricted-imports
import Link from 'next/link';
import { summaries } from '../lib/notes';

export default function Home() {
  return (
    <main>
      <h1>Notes</h1>
      <ul>
        {summaries().map((each) => (
          <li key={each.slug}>
            <Link href={`/notes/${each.slug}/`}>{each.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
