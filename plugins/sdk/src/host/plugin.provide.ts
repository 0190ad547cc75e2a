import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

/** What a drop-in plugin may import without shipping it: the host's own copies (one SDK, one zod in the process). */
const PROVIDED = ['@signalbox/plugin-sdk', '@signalbox/route-model', 'zod'];
const registered = new Set<string>();

function hostUrl(specifier: string): string | undefined {
  try {
    return pathToFileURL(createRequire(import.meta.url).resolve(specifier)).href;
  } catch {
    return undefined;
  }
}

/**
 * A folder in PLUGINS_DIR usually has no node_modules: Node's resolution would not find `@signalbox/plugin-sdk`
 * or `zod` from there. This registers a resolve hook that, only for modules under `dir` and only when normal
 * resolution fails, answers those specifiers with the host's copies. A plugin that ships its own still uses it.
 */
export function provideHostPackagesTo(dir: string): void {
  const base = pathToFileURL(dir).href.replace(/\/?$/, '/');
  if (registered.has(base) || typeof register !== 'function') return;
  registered.add(base);
  const map = Object.fromEntries(PROVIDED.map((name) => [name, hostUrl(name)]).filter(([, url]) => url !== undefined));
  const source = `
    const base = ${JSON.stringify(base)};
    const map = ${JSON.stringify(map)};
    export async function resolve(specifier, context, next) {
      try {
        return await next(specifier, context);
      } catch (error) {
        if (map[specifier] && context.parentURL && context.parentURL.startsWith(base)) return next(map[specifier], context);
        throw error;
      }
    }`;
  register(`data:text/javascript,${encodeURIComponent(source)}`);
}
