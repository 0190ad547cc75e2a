import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { dockerignore } from './dockerignore.match.js';
import { type Stage, parseCmd, parseCopy, parseDockerfile, parseEnv, runCommands } from './dockerfile.parse.js';

/** The final stage of an image, as files on disk plus what `docker run` would start. */
export interface ImageTree {
  /** The image's `/`; paths inside the image are `join(root, path)`. */
  root: string;
  workdir: string;
  env: Record<string, string>;
  cmd: string[];
  user?: string;
}

export interface AssembleOptions {
  /** The build context (the repository root). */
  context: string;
  /** Scratch space; one directory per stage. */
  scratch: string;
  /** Where one `npm ci` result per lockfile and manifests is kept (across runs). */
  installCache: string;
  /** A project's build output as the build step would produce it (see imageBuild in image-tree.spec.ts). */
  buildOutputs: (projectRoot: string) => string;
  log?: (line: string) => void;
}

const sh = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NX_DAEMON: 'false', CI: '1' }, maxBuffer: 64 << 20 });

/** Copies like COPY: a directory's contents into dest, a file to dest (or into it when dest ends with /); symlinks kept. */
function copyInto(source: string, dest: string, destIsDir: boolean, skip: (path: string) => boolean, relative: string) {
  if (statSync(source).isDirectory()) {
    mkdirSync(dest, { recursive: true });
    for (const name of readdirSync(source)) {
      const rel = posix.join(relative, name);
      if (skip(rel)) continue;
      const from = join(source, name);
      const to = join(dest, name);
      if (lstatSync(from).isDirectory()) copyInto(from, to, true, skip, rel);
      else {
        mkdirSync(dirname(to), { recursive: true });
        cpSync(from, to, { verbatimSymlinks: true, force: true });
      }
    }
    return;
  }
  const target = destIsDir ? join(dest, source.split('/').pop()!) : dest;
  mkdirSync(dirname(target), { recursive: true });
  cpSync(source, target, { verbatimSymlinks: true });
}

/** Publishes a filled cache entry; a parallel run that got there first wins (same input, same content). */
function keep(filling: string, cache: string) {
  try {
    renameSync(filling, cache);
  } catch {
    rmSync(filling, { recursive: true, force: true });
  }
}

/** Every node_modules directory under `dir` (npm ci writes the root one and a few nested per workspace). */
function nodeModulesDirs(dir: string, rel = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const child = posix.join(rel, entry.name);
    if (entry.name === 'node_modules') found.push(child);
    else if (!entry.name.startsWith('.')) found.push(...nodeModulesDirs(dir, child));
  }
  return found;
}

/** The lockfile and every package.json: all that decides what `npm ci` installs. */
export function installKey(workdir: string): string {
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(workdir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = posix.join(rel, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(child);
      else if (entry.isFile() && (entry.name === 'package.json' || entry.name === 'package-lock.json')) hash.update(child).update(readFileSync(join(workdir, child)));
    }
  };
  walk('');
  return hash.digest('hex').slice(0, 16);
}

/**
 * `npm ci` / `npm prune` really run (offline from the npm cache). Their result depends only on the manifests, the
 * lockfile and the command line (`--omit`, `--workspace`), so one result per (manifests, line) is kept and reused,
 * hard-linked, by every stage and run with the same input. What the step replaces goes first: a second `npm ci`
 * in a stage (the production install after the build) starts from an empty node_modules, as npm ci does.
 */
function installStep(args: string[], line: string, workdir: string, options: AssembleOptions) {
  const cache = join(options.installCache, `npm-${args[0]}-${installKey(workdir)}-${createHash('sha256').update(line).digest('hex').slice(0, 8)}`);
  if (!existsSync(cache)) {
    sh('npm', [...args, '--prefer-offline', '--loglevel=error'], workdir);
    // Filled beside, then renamed: an interrupted run leaves no half cache behind.
    const filling = `${cache}.${process.pid}`;
    mkdirSync(filling, { recursive: true });
    for (const dir of nodeModulesDirs(workdir)) sh('cp', ['-al', '--parents', dir, filling], workdir);
    keep(filling, cache);
  } else {
    for (const dir of nodeModulesDirs(workdir)) rmSync(join(workdir, dir), { recursive: true, force: true });
    for (const dir of nodeModulesDirs(cache)) sh('cp', ['-al', '--parents', dir, workdir], cache);
  }
}

/**
 * Runs a RUN line the way the image build would: `npm ci` and `npm prune` really run (see installStep). An `nx`
 * build step is resolved in the assembled tree's own project graph: the projects it names and everything they
 * depend on (`dependsOn: ^build`), and only those get their `dist` (see buildOutputs).
 */
function run(args: string, workdir: string, options: AssembleOptions) {
  for (const words of runCommands(args)) {
    const [tool, ...rest] = words;
    const line = words.join(' ');
    options.log?.(`RUN ${line}`);
    if (tool === 'npm' && rest[0] === 'install' && rest.includes('-g') && rest.some((w) => w.startsWith('npm@'))) {
      const want = rest.find((w) => w.startsWith('npm@'))!.slice(4);
      const have = sh('npm', ['--version'], workdir).trim();
      if (!have.startsWith(`${want}.`)) throw new Error(`The image installs npm@${want}; this machine has npm ${have}`);
    } else if (tool === 'npm' && (rest[0] === 'ci' || rest[0] === 'prune')) {
      installStep(rest, line, workdir, options);
    } else if (tool === 'npx' && rest[0] === 'nx') {
      const roots = nxBuildRoots(rest.slice(1), workdir);
      options.log?.(`  builds ${roots.join(' ')}`);
      for (const root of roots) {
        const output = options.buildOutputs(root);
        if (!existsSync(output)) throw new Error(`${line}: no build output for ${root} at ${output}; run npx nx run-many -t build first`);
        cpSync(output, join(workdir, root, 'dist'), { recursive: true, verbatimSymlinks: true });
      }
    } else {
      throw new Error(`RUN step not modelled by the image-tree test: ${line}`);
    }
  }
}

/** The project roots an `nx run <p>:build` / `nx run-many -t build --projects=…` would build, with their dependencies. */
function nxBuildRoots(args: string[], workdir: string): string[] {
  let patterns: string;
  if (args[0] === 'run') {
    const [project, target] = args[1]!.split(':');
    if (target !== 'build') throw new Error(`nx target not modelled: ${args[1]}`);
    patterns = project!;
  } else if (args[0] === 'run-many' && args.includes('build')) {
    const flag = args.find((a) => a.startsWith('--projects='));
    if (!flag) throw new Error('nx run-many without --projects: name what the image builds');
    patterns = flag.slice('--projects='.length);
  } else throw new Error(`nx command not modelled: nx ${args.join(' ')}`);
  const graphFile = join(workdir, '.nx-graph.json');
  sh('npx', ['nx', 'graph', `--file=${graphFile}`], workdir);
  const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as {
    graph: { nodes: Record<string, { data: { root: string; targets?: Record<string, unknown> } }>; dependencies: Record<string, { target: string }[]> };
  };
  // Nx's own matcher (names, globs, directories, tags), from the tree's installed nx: what `--projects` selects there.
  const { findMatchingProjects } = createRequire(import.meta.url)(join(workdir, 'node_modules/nx/dist/src/utils/find-matching-projects.js')) as {
    findMatchingProjects(patterns: string[], nodes: Record<string, unknown>): string[];
  };
  const named = findMatchingProjects(patterns.split(','), graph.graph.nodes);
  const wanted = new Set<string>();
  const visit = (name: string) => {
    if (wanted.has(name) || !graph.graph.nodes[name]) return;
    wanted.add(name);
    for (const dep of graph.graph.dependencies[name] ?? []) visit(dep.target);
  };
  named.forEach(visit);
  return [...wanted].filter((name) => graph.graph.nodes[name]!.data.targets?.build).map((name) => graph.graph.nodes[name]!.data.root);
}

/** Assembles every stage of `dockerfile` in order and returns the last one (the image). */
export function assembleImage(dockerfile: string, options: AssembleOptions): ImageTree {
  const stages = parseDockerfile(readFileSync(join(options.context, dockerfile), 'utf8'));
  const ignored = dockerignore(existsSync(join(options.context, '.dockerignore')) ? readFileSync(join(options.context, '.dockerignore'), 'utf8') : '');
  const roots = new Map<string, string>();
  let image: ImageTree | undefined;
  stages.forEach((stage: Stage, index) => {
    const root = join(options.scratch, `${posix.basename(dirname(dockerfile))}-${index}-${stage.name}`);
    mkdirSync(root, { recursive: true });
    roots.set(stage.name, root);
    const tree: ImageTree = { root, workdir: '/', env: {}, cmd: [] };
    for (const { op, args } of stage.instructions) {
      const at = (path: string) => join(root, posix.resolve(tree.workdir, path));
      if (op === 'WORKDIR') {
        tree.workdir = posix.resolve(tree.workdir, args);
        mkdirSync(at('.'), { recursive: true });
      } else if (op === 'COPY') {
        const copy = parseCopy(args);
        const destIsDir = copy.dest.endsWith('/') || copy.sources.length > 1;
        for (const source of copy.sources) {
          if (copy.from !== undefined) {
            const fromRoot = roots.get(copy.from);
            if (!fromRoot) throw new Error(`COPY --from=${copy.from}: no such stage`);
            copyInto(join(fromRoot, source), at(copy.dest), destIsDir, () => false, '');
          } else {
            const rel = posix.normalize(source).replace(/\/$/, '');
            if (ignored(rel)) throw new Error(`COPY ${source}: excluded by .dockerignore`);
            copyInto(join(options.context, rel), at(copy.dest), destIsDir, ignored, rel);
          }
        }
      } else if (op === 'RUN') run(args, at('.'), options);
      else if (op === 'ENV') Object.assign(tree.env, parseEnv(args));
      else if (op === 'CMD') tree.cmd = parseCmd(args);
      else if (op === 'USER') tree.user = args;
    }
    image = tree;
  });
  return image!;
}
