import type { Readable } from 'node:stream';

/**
 * Reads at most `maxBytes` of a response body. Stopping early destroys the stream (and that connection
 * is not reused), which is the point: an endpoint streaming gigabytes costs us `maxBytes`, not memory.
 * A multi-byte character cut at the cap decodes as U+FFFD; the text is only kept for logs and excerpts.
 */
export async function readCapped(body: Readable, maxBytes: number): Promise<{ body: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    chunks.push(buffer);
    size += buffer.length;
    if (size > maxBytes) {
      truncated = true;
      break;
    }
  }
  if (truncated) body.destroy();
  return { body: Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8'), truncated };
}
