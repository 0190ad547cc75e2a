import Handlebars from 'handlebars';
import { LRUCache } from 'lru-cache';
import type { EscapeMode } from './message.js';
import { escapeHelperName, prepareAst, TemplateCheckError } from './template.ast.js';
import { chargeStep } from './template.budget.js';
import { ESCAPE_MODES, escapeText } from './template.escape.js';
import { BUILT_IN_HELPERS, TEMPLATE_HELPER_NAMES, TEMPLATE_HELPERS } from './template.helpers.js';
import { displayValue } from './text.format.js';

export type CompiledTemplate = (context: Record<string, unknown>) => string;

/** A template that does not compile; `message` names the line and what is wrong. */
export class TemplateSyntaxError extends Error {
  constructor(message: string, readonly template: string) {
    super(message);
    this.name = 'TemplateSyntaxError';
  }
}

// An isolated instance: our helpers never leak into (or get overridden by) other Handlebars users.
const handlebars = Handlebars.create();
handlebars.unregisterHelper('log');

/** Every helper call is a step of the render budget, and its output counts against the character budget. */
const metered =
  <A extends unknown[]>(helper: (...args: A) => unknown) =>
  (...args: A) => {
    const output = helper(...args);
    chargeStep(output);
    return output;
  };

for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) {
  handlebars.registerHelper(name, metered((...args: unknown[]) => {
    const options = args.pop() as Handlebars.HelperOptions;
    return helper(args, options);
  }));
}
for (const mode of ESCAPE_MODES) handlebars.registerHelper(escapeHelperName(mode), metered((value: unknown) => escapeText(displayValue(value), mode)));
handlebars.registerHelper(escapeHelperName('raw'), metered((value: unknown) => displayValue(value)));

type Program = ((...args: unknown[]) => string) & Record<string, unknown>;
/** A block's body (or else-branch) that charges one step and its output each time it runs: one loop iteration. */
function meteredProgram(program: Program | undefined): Program | undefined {
  if (typeof program !== 'function') return program;
  const wrapped = Object.assign(function (this: unknown, ...args: unknown[]) {
    const output = program.apply(this, args);
    chargeStep(output);
    return output;
  }, program); // keeps Handlebars' own properties (blockParams, program id) on the function
  return wrapped as Program;
}

// The built-in block helpers (and the hook a bare {{#list}} block uses) run their bodies through metered programs.
for (const name of ['if', 'unless', 'each', 'with', 'lookup', 'blockHelperMissing']) {
  const original = handlebars.helpers[name] as (...args: unknown[]) => unknown;
  handlebars.registerHelper(name, function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as { fn?: Program; inverse?: Program } | undefined;
    if (options && typeof options === 'object' && (options.fn || options.inverse)) {
      args[args.length - 1] = { ...options, fn: meteredProgram(options.fn), inverse: meteredProgram(options.inverse) };
    }
    const output = original.apply(this, args);
    chargeStep(output);
    return output;
  });
}

const knownHelpers = Object.fromEntries(
  [...TEMPLATE_HELPER_NAMES, ...BUILT_IN_HELPERS, ...[...ESCAPE_MODES, 'raw' as const].map(escapeHelperName)].map((name) => [name, true]),
);

// Keyed by the exact (mode, source) pair — a Map hashes the string, and unlike a digest it cannot collide.
// Bounded by entry count and by total source size so a flood of distinct large templates cannot grow memory.
const cache = new LRUCache<string, CompiledTemplate>({
  max: 1_000,
  maxSize: 20_000_000,
  sizeCalculation: (_value, key) => Math.max(1, key.length),
});

export function compileTemplate(source: string, escape: EscapeMode): CompiledTemplate {
  const key = `${escape}\u0000${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const compiled = compileUncached(source, escape);
  cache.set(key, compiled);
  return compiled;
}

function compileUncached(source: string, escape: EscapeMode): CompiledTemplate {
  try {
    const ast = handlebars.parse(source);
    prepareAst(ast as unknown as Parameters<typeof prepareAst>[0], escape);
    const template = handlebars.compile(ast, { knownHelpers, knownHelpersOnly: true, noEscape: false });
    template({}); // Handlebars compiles lazily; compile now so errors surface here, not at send time.
    return template;
  } catch (error) {
    throw new TemplateSyntaxError(explainCompileError(error), source);
  }
}

const TOKEN_HINTS: Array<[pattern: RegExp, hint: string]> = [
  [/got 'EOF'/, 'the template ends inside an open block or tag — is a closing {{/if}}, {{/each}} or "}}" missing?'],
  [/got 'OPEN_ENDBLOCK'/, 'a closing {{/…}} has no matching opening block'],
  [/got 'INVALID'/, 'unexpected character inside {{ }} — check the braces and quotes'],
  [/got 'CLOSE/, 'a tag closes before it is complete — is a value or helper name missing?'],
];

function explainCompileError(error: unknown): string {
  if (error instanceof TemplateCheckError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const parse = /^Parse error on line (\d+):\n([\s\S]*?)\nExpecting [\s\S]*$/.exec(message);
  if (parse) {
    const hint = TOKEN_HINTS.find(([pattern]) => pattern.test(message))?.[1] ?? 'the template syntax is not valid';
    return `Template error on line ${parse[1]}: ${hint}\n${parse[2]}`;
  }
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):\d+/.exec(message);
  if (mismatch) return `Template error on line ${mismatch[3]}: {{#${mismatch[1]}}} is closed by {{/${mismatch[2]}}}.`;
  return `Template error: ${message}`;
}
