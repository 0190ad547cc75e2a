import { compileRegex, parseRegexSource, UnsupportedRegexError } from './regex.parse.js';

export const MAX_REGEX_LENGTH = 500;

/**
 * Why a `matches` pattern cannot be used, or undefined when it is fine. Patterns run on RE2 (linear time
 * for any pattern), so the only refusals are syntax RE2 lacks (backreferences, lookaround) and plain errors.
 */
export function regexProblem(source: string): string | undefined {
  const { pattern } = parseRegexSource(source);
  if (pattern.length > MAX_REGEX_LENGTH) return `is longer than ${MAX_REGEX_LENGTH} characters`;
  const compiled = compileRegex(source);
  if (compiled instanceof UnsupportedRegexError) return `is not supported: it ${compiled.message}`;
  if (compiled instanceof Error) return `is not a valid regular expression: ${compiled.message}`;
  return undefined;
}
