/** A .dockerignore pattern as a RegExp over context-relative paths (Go filepath.Match plus `**`). */
function toRegExp(pattern: string): RegExp {
  let source = '';
  const clean = pattern.replace(/^\/+|\/+$/g, '');
  for (let i = 0; i < clean.length; i++) {
    const char = clean[i]!;
    if (char === '*' && clean[i + 1] === '*') {
      // `**/` matches any number of directories, including none.
      source += clean[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += clean[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * Docker's rule: the last matching line wins, `!` re-includes, and a path is excluded when it or one of its parent
 * directories matches (so `**\/dist` drops everything under any dist directory).
 */
export function dockerignore(text: string): (path: string) => boolean {
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => (line.startsWith('!') ? { include: true, re: toRegExp(line.slice(1)) } : { include: false, re: toRegExp(line) }));
  const matches = (path: string) => {
    let excluded = false;
    for (const rule of rules) if (rule.re.test(path)) excluded = !rule.include;
    return excluded;
  };
  return (path: string) => {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) if (matches(parts.slice(0, i).join('/'))) return true;
    return false;
  };
}
