import { createHash } from 'node:crypto';
import { PermanentError, responseExcerpt, type ChannelContext, type SendResult } from '@signalbox/plugin-sdk';
import { doc, paragraph, type AdfDoc } from './jira.adf.js';
import type { JiraConfig } from './jira.config.js';
import type { JiraPayload } from './jira.format.js';
import { jiraCall } from './jira.http.js';

/** A label (no spaces, short) that marks the issue one delivery created, so a retry can find it instead of creating another. */
export const deliveryLabel = (idempotencyKey: string) => `signalbox-delivery-${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24)}`;

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

async function search(ctx: ChannelContext, config: JiraConfig, jql: string): Promise<Array<{ key: string }>> {
  const res = await jiraCall(ctx, config, 'POST', '/rest/api/3/search/jql', { jql, fields: ['summary'], maxResults: 10 });
  const issues = (JSON.parse(res.body) as { issues?: Array<{ key?: unknown }> }).issues ?? [];
  return issues.filter((i): i is { key: string } => typeof i.key === 'string');
}

/**
 * Idempotent per delivery: every issue carries the delivery's label, and a retry (attempt ≥ 2, Temporal's activity
 * attempt, which also counts a worker crash after the create) first searches for it with JQL and creates only
 * when no issue has it. The first attempt has no predecessor, so it creates directly (one request). JQL search
 * is near-real-time; the host's retries are seconds apart.
 */
async function create(payload: Extract<JiraPayload, { action: 'create' }>, config: JiraConfig, ctx: ChannelContext): Promise<SendResult> {
  const label = deliveryLabel(ctx.idempotencyKey);
  const [existing] = ctx.attempt > 1 ? await search(ctx, config, `project = ${quote(config.projectKey)} AND labels = ${quote(label)}`) : [];
  if (existing) return { statusCode: 200, responseExcerpt: `already created ${existing.key}` };
  const res = await jiraCall(ctx, config, 'POST', '/rest/api/3/issue', { fields: { ...payload.fields, labels: [...payload.fields.labels, label] } });
  const key = (JSON.parse(res.body) as { key?: string }).key ?? '?';
  ctx.logger.info('jira issue created', { key, attempt: ctx.attempt });
  return { statusCode: res.status, responseExcerpt: `created ${key}` };
}

/** The comment says which delivery wrote it, so a retry finds its own comment instead of adding a second. */
async function commentOnce(key: string, comment: AdfDoc, config: JiraConfig, ctx: ChannelContext): Promise<void> {
  const marker = `Signalbox delivery ${ctx.idempotencyKey}`;
  const existing = await jiraCall(ctx, config, 'GET', `/rest/api/3/issue/${encodeURIComponent(key)}/comment?orderBy=-created&maxResults=50`);
  if (existing.body.includes(JSON.stringify(marker).slice(1, -1))) return;
  const content = [...comment.content, paragraph([{ type: 'text', text: marker, marks: [{ type: 'code' }] }])];
  await jiraCall(ctx, config, 'POST', `/rest/api/3/issue/${encodeURIComponent(key)}/comment`, { body: doc(content) });
}

async function transition(key: string, name: string, config: JiraConfig, ctx: ChannelContext): Promise<void> {
  const res = await jiraCall(ctx, config, 'GET', `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`);
  const transitions = (JSON.parse(res.body) as { transitions?: Array<{ id: string; name: string }> }).transitions ?? [];
  const match = transitions.find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (!match) {
    const names = transitions.map((t) => t.name).join(', ') || 'none';
    throw new PermanentError(`Jira issue ${key} has no transition "${name}" from its current status (available: ${names})`, { statusCode: res.status, responseExcerpt: responseExcerpt(res.body) });
  }
  await jiraCall(ctx, config, 'POST', `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`, { transition: { id: match.id } });
}

/** Recovery: comment on every open issue of the alert (and transition it, if configured). None open → nothing to do. */
async function resolve(payload: Extract<JiraPayload, { action: 'resolve' }>, config: JiraConfig, ctx: ChannelContext): Promise<SendResult> {
  const issues = await search(ctx, config, `project = ${quote(config.projectKey)} AND labels = ${quote(payload.alertLabel)} AND statusCategory != Done ORDER BY created DESC`);
  for (const { key } of issues) {
    await commentOnce(key, payload.comment, config, ctx);
    if (config.resolveTransition) await transition(key, config.resolveTransition, config, ctx);
  }
  return { statusCode: 200, responseExcerpt: issues.length ? `resolved ${issues.map((i) => i.key).join(', ')}` : 'no open Jira issue for this alert' };
}

export function sendJira(payload: JiraPayload, config: JiraConfig, ctx: ChannelContext): Promise<SendResult> {
  return payload.action === 'create' ? create(payload, config, ctx) : resolve(payload, config, ctx);
}
