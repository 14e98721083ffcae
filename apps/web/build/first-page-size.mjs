// Prints the gzipped JavaScript the applicant's first page (/, the programmes) loads: the entry chunk,
// its static imports and the home page's lazy chunk. Fails the build above the budget (250 KB).
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;

export function reportFirstPageSize() {
  return {
    name: 'kc-first-page-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const entry = chunks.find((c) => c.isEntry);
      const home = chunks.find((c) => c.facadeModuleId?.endsWith('/pages/public/home-page.tsx'));
      const seen = new Set();
      const visit = (chunk) => {
        if (!chunk || seen.has(chunk.fileName)) return;
        seen.add(chunk.fileName);
        chunk.imports.forEach((f) => visit(byName.get(f)));
      };
      visit(entry);
      visit(home);
      const bytes = [...seen].reduce((sum, f) => sum + gzipSync(byName.get(f).code).length, 0);
      const kb = (bytes / 1024).toFixed(1);
      console.log(`\nfirst page (applicant home): ${seen.size} JS chunks, ${kb} KB gzipped (budget ${BUDGET_KB} KB)`);
      if (bytes > BUDGET_KB * 1024) this.error(`first page JS ${kb} KB gzipped exceeds ${BUDGET_KB} KB`);
    },
  };
}
