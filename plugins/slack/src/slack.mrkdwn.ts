import slackifyMarkdown from 'slackify-markdown';

// Private-use code points stand in for < and > while the converter runs (see below).
const LT = '\uE000';
const GT = '\uE001';

/**
 * The message body's markdown subset → Slack mrkdwn (`**bold**` → `*bold*`, `[text](url)` → `<url|text>`,
 * lists → bullets), via slackify-markdown (a CommonMark parser, so nesting and stray markers are handled).
 *
 * slackify-markdown's own escaping of `<` and `>` follows Markdown's rules, not Slack's: `<@U123>` survives it
 * and would ping. So every `<` and `>` of the input — raw, or already escaped as `&lt;`/`&gt;` by the template
 * step — is swapped for a placeholder the parser treats as a letter, and swapped back as an entity afterwards.
 * The only angle brackets left in the output are the `<url|text>` links the converter built from `[text](url)`.
 */
export function markdownToMrkdwn(markdown: string): string {
  if (markdown.trim() === '') return '';
  const guarded = markdown
    .replace(/[\uE000\uE001]/g, '')
    .replace(/<|&lt;/g, LT)
    .replace(/>|&gt;/g, GT);
  return slackifyMarkdown(guarded).trim().replace(/\uE000/g, '&lt;').replace(/\uE001/g, '&gt;');
}
