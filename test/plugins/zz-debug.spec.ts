import { it } from 'vitest';
import { pathToFileURL } from 'node:url';
it('debug', async () => {
  for (const f of ['z.js', 'index.js']) {
    try {
      const m = await import(/* @vite-ignore */ pathToFileURL('/tmp/dbg/plugins/p1/dist/' + f).href);
      console.log('OK', f, m.default);
    } catch (e) { console.log('ERR', f, (e as Error).message); }
  }
});
