import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from './core.js';

/** Every module specifier reachable from core.ts through relative imports. */
function reachableImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(new URL(file, import.meta.url), 'utf8');
    for (const [, specifier] of source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
      if (specifier!.startsWith('./')) visit(specifier!.replace(/\.js$/, '.ts'));
      else external.add(specifier!);
    }
  };
  visit(entry);
  return external;
}

describe('@signalbox/route-model/core', () => {
  it('stays sandbox-safe: no Handlebars, no JSON, no Node built-ins anywhere below it', () => {
    const external = [...reachableImports('./core.ts')];
    // re2js is pure JavaScript (only TextEncoder/TextDecoder, which the workflow sandbox provides).
    expect(external.sort()).toEqual(['@date-fns/tz', 'date-fns', 'dequal', 're2js', 'zod']);
  });

  it('exports the workflow essentials and not the rendering or catalogue', () => {
    for (const name of ['evaluateCondition', 'matchesTrigger', 'findTrigger', 'childrenOf', 'topologicalOrder', 'routeGraphSchema']) {
      expect(core).toHaveProperty(name);
    }
    for (const name of ['renderTemplate', 'eventCatalogue', 'validateRouteGraph']) expect(core).not.toHaveProperty(name);
  });
});
