// A server component: it renders the client component, which Next.js also renders on the server
// (at build time, prerendering this static page), so the package is imported in Node there.
import { Charts } from './Charts';

export default function Page() {
  return (
    <main>
      <h1>contour-heatmap in Next.js</h1>
      <Charts />
    </main>
  );
}
