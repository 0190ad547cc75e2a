import { RE2JS } from 're2js';

/** A filter's `matches` value: either a bare pattern or the `/pattern/flags` form. */
export interface RegexSource {
  pattern: string;
  flags: string;
}

/** A compiled `matches` pattern. RE2 semantics: matching time is linear in the input, whatever the pattern. */
export interface FilterRegex {
  test(input: string): boolean;
  /** Compiled instructions: matching costs at most input length × this (see filter.budget.ts). */
  programSize: number;
}

/** Patterns that compile to more instructions than this are refused: each character scanned costs up to this many steps. */
export const MAX_REGEX_PROGRAM = 2_000;

const SLASH_FORM = /^\/(.*)\/([a-z]*)$/s;
// `g` and `y` only make RegExp#test stateful (lastIndex); a filter tests once, so they are dropped, not refused.
const STATEFUL_FLAGS = /[gy]/g;
/** `u` is accepted and changes nothing: RE2 always matches by code point. */
export const ALLOWED_REGEX_FLAGS = 'imsu';
const FLAG_BITS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL, u: 0 };

// Constructs that need backtracking, which RE2 leaves out on purpose; named so the author knows what to change.
const UNSUPPORTED: Array<[pattern: RegExp, problem: string]> = [
  [/\(\?<?[=!]/, 'uses lookahead or lookbehind ((?=…), (?!…), (?<=…), (?<!…))'],
  [/(?<!\\)(?:\\\\)*\\(?:[1-9]|k<)/, 'uses a backreference (\\1, \\k<name>)'],
];

/** Syntax that is valid JavaScript but has no linear-time match, so RE2 (and Signalbox) leave it out. */
export class UnsupportedRegexError extends Error {}

export function parseRegexSource(source: string): RegexSource {
  const slashForm = SLASH_FORM.exec(source);
  if (!slashForm) return { pattern: source, flags: '' };
  return { pattern: slashForm[1] ?? '', flags: (slashForm[2] ?? '').replace(STATEFUL_FLAGS, '') };
}

// Filters run on every event: compile each distinct source once. Plain Map (no Node APIs; this file runs in
// workflow code too), emptied when full so a flood of distinct patterns cannot grow memory.
const compiled = new Map<string, FilterRegex | Error>();
const MAX_CACHED = 500;

/** The compiled expression, or the reason it cannot be compiled (unsupported syntax is named). */
export function compileRegex(source: string): FilterRegex | Error {
  const cached = compiled.get(source);
  if (cached) return cached;
  const result = compileUncached(source);
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(source, result);
  return result;
}

function compileUncached(source: string): FilterRegex | Error {
  const { pattern, flags } = parseRegexSource(source);
  const unknownFlag = [...flags].find((flag) => !ALLOWED_REGEX_FLAGS.includes(flag));
  if (unknownFlag) return new Error(`unsupported flag "${unknownFlag}" (allowed: ${ALLOWED_REGEX_FLAGS})`);
  const unsupported = UNSUPPORTED.find(([construct]) => construct.test(pattern));
  if (unsupported) return new UnsupportedRegexError(`${unsupported[1]}; filters use RE2 syntax, which leaves these out so matching stays linear-time`);
  const bits = [...flags].reduce((sum, flag) => sum | (FLAG_BITS[flag] ?? 0), 0);
  try {
    // translateRegExp turns JavaScript-only spellings (\uXXXX, \cA, "/") into their RE2 equivalents.
    const regex = RE2JS.compile(RE2JS.translateRegExp(pattern), bits);
    const programSize = regex.programSize();
    if (programSize > MAX_REGEX_PROGRAM) {
      return new UnsupportedRegexError(`compiles to ${programSize} instructions (limit ${MAX_REGEX_PROGRAM}), too many to run on every event; use smaller repeat counts such as {1,20}`);
    }
    return { test: (input) => regex.test(input), programSize };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return new Error(message.replace(/^error parsing regexp: /, ''));
  }
}
