const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * The message body's markdown subset → what an Adaptive Card TextBlock renders in Teams: **bold**, _italic_,
 * [links](url), "- " and "1. " lists. Inline code is not supported there (backticks would show), so code
 * becomes plain text; headings become bold lines. A single newline is a soft break in CommonMark (Teams joins
 * the lines), so lines of prose are separated by a blank line, while list items stay on consecutive lines.
 */
export function markdownToAdaptive(markdown: string): string {
  const lines = markdown
    .replace(/```[^\n]*\n?([\s\S]*?)```/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .split('\n')
    .map((line) => line.replace(/^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/, '**$1**').trimEnd());
  let out = '';
  lines.forEach((line, i) => {
    if (i === 0) return void (out = line);
    const previous = lines[i - 1]!;
    const sameList = LIST_ITEM.test(line) && LIST_ITEM.test(previous);
    out += sameList || line === '' || previous === '' ? `\n${line}` : `\n\n${line}`;
  });
  return out.replace(/\n{3,}/g, '\n\n').trim();
}
