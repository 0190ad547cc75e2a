export interface BenchArgs {
  events: number;
  quick: boolean;
  /** Open-model duration for (d). */
  latencySeconds: number;
  /** In-flight POSTs (closed loop) for (a), (b), (c) and single-post ingest. */
  concurrency: number;
  out: string;
  /** Write V8 CPU profiles of the API and worker to $TMPDIR/signalbox-bench-profiles (node --cpu-prof). */
  profile: boolean;
}

/** `npm run bench -- [--quick] [--events N] [--latency-seconds S] [--concurrency C] [--out file] [--profile]` */
export function parseArgs(argv: string[]): BenchArgs {
  const flag = (name: string) => argv.includes(`--${name}`);
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = flag('quick');
  const events = Number(value('events') ?? (quick ? 2_000 : 10_000));
  if (!Number.isInteger(events) || events < 100) throw new Error('--events must be an integer ≥ 100');
  return {
    events,
    quick,
    latencySeconds: Number(value('latency-seconds') ?? (quick ? 10 : 30)),
    concurrency: Number(value('concurrency') ?? 32),
    profile: flag('profile'),
    out: value('out') ?? (quick ? 'bench/results/quick.json' : 'bench/results/latest.json'),
  };
}
