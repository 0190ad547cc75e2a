import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseTelegramHtml } from './telegram.html-check.js';

export interface SentMessage {
  chatId: string;
  html: string;
  /** The visible text after entity parsing. */
  text: string;
  body: Record<string, unknown>;
}

type Reply = { status: number; body: Record<string, unknown>; headers?: Record<string, string> };

export interface FakeTelegram {
  url: string;
  messages: SentMessage[];
  /** Every request path, as received (the token is in it). */
  paths: string[];
  /** Chats the bot can post to; others answer 400 "chat not found". */
  chats: Set<string>;
  /** Chats that blocked or kicked the bot: 403. */
  blocked: Set<string>;
  /** Old group id → new supergroup id: 400 with parameters.migrate_to_chat_id. */
  migrations: Map<string, string>;
  /** The next requests get these answers instead (429, 5xx ...). */
  failNext(...replies: Reply[]): void;
  close(): Promise<void>;
}

const error = (code: number, description: string, parameters?: Record<string, unknown>): Reply => ({ status: code, body: { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) } });

function validate(body: Record<string, unknown>, fake: FakeTelegram): Reply | SentMessage {
  const chatId = body.chat_id === undefined ? '' : String(body.chat_id);
  if (!chatId) return error(400, 'Bad Request: chat_id is empty');
  if (typeof body.text !== 'string') return error(400, 'Bad Request: message text is empty');
  if (body.parse_mode !== 'HTML') return error(400, 'Bad Request: unsupported parse_mode');
  const preview = body.link_preview_options as Record<string, unknown> | undefined;
  if (preview !== undefined && (typeof preview !== 'object' || (preview.url !== undefined && typeof preview.url !== 'string'))) return error(400, 'Bad Request: can\'t parse link preview options');
  if (body.message_thread_id !== undefined && !Number.isInteger(body.message_thread_id)) return error(400, 'Bad Request: message thread not found');
  const parsed = parseTelegramHtml(body.text);
  if (!parsed.ok) return error(400, parsed.error);
  if (parsed.text.trim() === '') return error(400, 'Bad Request: message text is empty');
  if (parsed.text.length > 4096) return error(400, 'Bad Request: message is too long');
  const migratedTo = fake.migrations.get(chatId);
  if (migratedTo) return error(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: Number(migratedTo) });
  if (fake.blocked.has(chatId)) return error(403, 'Forbidden: bot was kicked from the group chat');
  if (!fake.chats.has(chatId)) return error(400, 'Bad Request: chat not found');
  return { chatId, html: body.text, text: parsed.text, body };
}

/** A Bot API server on 127.0.0.1 that enforces sendMessage's documented contract, for tests. */
export async function startFakeTelegram(token: string): Promise<FakeTelegram> {
  const queued: Reply[] = [];
  const fake = { messages: [], paths: [], chats: new Set(['-1001234567890', '42', '@signalbox_alerts']), blocked: new Set(), migrations: new Map(), failNext: (...replies: Reply[]) => void queued.push(...replies) } as unknown as FakeTelegram;
  const answer = (res: ServerResponse, reply: Reply) => {
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(reply.body));
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      fake.paths.push(req.url ?? '');
      if (req.url !== `/bot${token}/sendMessage`) return answer(res, req.url?.startsWith('/bot') ? error(401, 'Unauthorized') : error(404, 'Not Found'));
      const next = queued.shift();
      if (next) return answer(res, next);
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return answer(res, error(400, 'Bad Request: invalid JSON'));
      }
      const outcome = validate(body, fake);
      if ('status' in outcome) return answer(res, outcome);
      fake.messages.push(outcome);
      answer(res, { status: 200, body: { ok: true, result: { message_id: fake.messages.length, chat: { id: outcome.chatId }, date: 1767225600, text: outcome.text } } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return fake;
}
