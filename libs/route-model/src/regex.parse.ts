/** A filter's `matches` value: either a bare pattern or the `/pattern/flags` form. */
export interface RegexSource {
  pattern: string;
  flags: string;
}

const SLASH_FORM = /^\/(.*)\/([a-z]*)$/s;
// `g` and `y` make RegExp#test stateful (lastIndex), which would make a filter depend on earlier events.
const STATEFUL_FLAGS = /[gy]/g;
export const ALLOWED_REGEX_FLAGS = 'imsu';

export function parseRegexSource(source: string): RegexSource {
  const slashForm = SLASH_FORM.exec(source);
  if (!slashForm) return { pattern: source, flags: '' };
  return { pattern: slashForm[1] ?? '', flags: (slashForm[2] ?? '').replace(STATEFUL_FLAGS, '') };
}

/** The compiled expression, or the reason it cannot be compiled. */
export function compileRegex(source: string): RegExp | Error {
  const { pattern, flags } = parseRegexSource(source);
  const unknownFlag = [...flags].find((flag) => !ALLOWED_REGEX_FLAGS.includes(flag));
  if (unknownFlag) return new Error(`unsupported flag "${unknownFlag}" (allowed: ${ALLOWED_REGEX_FLAGS})`);
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
