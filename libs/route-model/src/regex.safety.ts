import safeRegex from 'safe-regex2';
import { compileRegex, parseRegexSource } from './regex.parse.js';

export const MAX_REGEX_LENGTH = 500;

/**
 * Why a `matches` pattern cannot be used, or undefined when it is fine. Filters run on every event, so a
 * pattern with catastrophic backtracking (nested repetition such as `(a+)+`) is refused when the route is saved.
 */
export function regexProblem(source: string): string | undefined {
  const { pattern } = parseRegexSource(source);
  if (pattern.length > MAX_REGEX_LENGTH) return `is longer than ${MAX_REGEX_LENGTH} characters`;
  const compiled = compileRegex(source);
  if (compiled instanceof Error) return `is not a valid regular expression: ${compiled.message}`;
  if (!safeRegex(pattern)) {
    return 'could take exponentially long on some inputs (nested repetition such as "(a+)+" or too many repetitions); simplify it';
  }
  return undefined;
}
