/** One instruction of a Dockerfile stage, continuation lines joined. */
export interface Instruction {
  op: 'WORKDIR' | 'COPY' | 'RUN' | 'ENV' | 'CMD' | 'USER' | 'EXPOSE' | 'ARG' | 'LABEL';
  args: string;
}

export interface Stage {
  /** `AS <name>`, or the stage's index for an unnamed stage. */
  name: string;
  image: string;
  instructions: Instruction[];
}

export interface CopyStep {
  from?: string;
  sources: string[];
  dest: string;
}

const KNOWN = new Set(['WORKDIR', 'COPY', 'RUN', 'ENV', 'CMD', 'USER', 'EXPOSE', 'ARG', 'LABEL']);

/**
 * Enough of the Dockerfile grammar for our three files: comments, `\` continuations, multi-stage FROM … AS.
 * Anything we do not model (ADD, COPY --chmod, ENTRYPOINT, …) throws, so the image-tree test cannot silently
 * assemble a tree that differs from the real image.
 */
export function parseDockerfile(text: string): Stage[] {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const op = keyword.toUpperCase();
    if (op === 'FROM') {
      const [, image = '', name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest) ?? [];
      stages.push({ name: name ?? String(stages.length), image, instructions: [] });
    } else if (KNOWN.has(op)) {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${op} before FROM`);
      stage.instructions.push({ op: op as Instruction['op'], args: rest });
    } else {
      throw new Error(`Dockerfile instruction not modelled by the image-tree test: ${line}`);
    }
  }
  return stages;
}

/** `COPY [--from=stage] <src>... <dest>`, shell form (the only one our Dockerfiles use). */
export function parseCopy(args: string): CopyStep {
  const words = args.split(/\s+/);
  let from: string | undefined;
  while (words[0]?.startsWith('--')) {
    const flag = words.shift()!;
    if (flag.startsWith('--from=')) from = flag.slice('--from='.length);
    else throw new Error(`COPY flag not modelled by the image-tree test: ${flag}`);
  }
  if (words.length < 2) throw new Error(`COPY needs a source and a destination: ${args}`);
  const dest = words.pop()!;
  return { from, sources: words, dest };
}

/** `ENV A=1 B=2` (the key=value form). */
export function parseEnv(args: string): Record<string, string> {
  return Object.fromEntries([...args.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map(([, key, value]) => [key!, value!.replace(/^"|"$/g, '')]));
}

/** `CMD ["node", "x.js"]` (exec form). */
export function parseCmd(args: string): string[] {
  return JSON.parse(args) as string[];
}

/** A RUN line split into its `&&`-joined commands, each as words. */
export function runCommands(args: string): string[][] {
  // Shell words: quoted parts (anywhere in a word, as in --projects='a,b/*') lose their quotes, as sh would do.
  return args.split(/\s*&&\s*/).map((command) => (command.match(/(?:[^\s'"]+|'[^']*'|"[^"]*")+/g) ?? []).map((word) => word.replace(/'([^']*)'|"([^"]*)"/g, '$1$2')));
}
