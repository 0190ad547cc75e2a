/**
 * CPU time of this process while `run` runs, in ms: what the work itself costs. Wall-clock time also counts the
 * time other processes hold a shared, often overloaded CPU, which says nothing about the code under test and
 * makes "well under a second" checks flaky.
 */
export function cpuMs<T>(run: () => T): { result: T; ms: number } {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}
