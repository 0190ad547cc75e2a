// `tsx bench/profile.summary.ts <file.cpuprofile> [top]`: self time of a V8 CPU profile (node --cpu-prof)
// grouped by package and by function, to say where a process spends its CPU.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** node_modules/@scope/pkg or node_modules/pkg, a workspace folder, node: internals, or the V8 pseudo-frames. */
export function bucketOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'native'})`;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return url.split('/')[0]!.replace(/:.*/, ':internals');
  const ws = /\/work\/main\/([^/]+\/[^/]+)/.exec(url);
  return ws ? ws[1]! : url;
}

export function summarizeProfile(profile: Profile, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((s, v) => s + v, 0);
  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { callFrame } = byId.get(id)!;
    const bucket = bucketOf(callFrame.url, callFrame.functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + us);
    const fn = `${callFrame.functionName || '(anonymous)'} ${bucket}:${callFrame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: `${((us / total) * 100).toFixed(1)}%` }));
  return { totalMs: Math.round(total / 1000), byPackage: rank(buckets), byFunction: rank(functions) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const summary = summarizeProfile(JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Profile, Number(process.argv[3] ?? 15));
  console.log(`total sampled: ${summary.totalMs} ms`);
  console.table(summary.byPackage);
  console.table(summary.byFunction);
}
