/**
 * The message URL in a form safe inside `<url|label>`: absolute http(s) only (Slack ignores other schemes and a
 * `javascript:` link must never be offered), normalised by the URL parser (which percent-encodes spaces, `<`
 * and `>`), with `|` encoded because Slack would end the URL there. Too long to fit a limit → no link.
 */
export function safeLink(candidate: string | undefined, maxLength: number): string | undefined {
  if (!candidate) return undefined;
  let url: URL;
  try {
    url = new URL(candidate.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const href = url.href.replace(/\|/g, '%7C');
  return href.length <= maxLength ? href : undefined;
}
