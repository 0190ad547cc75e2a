import { startTestReceiver, type ReceivedRequest, type ReceiverReply, type TestReceiver } from '@signalbox/plugin-sdk/testing';
import { adfProblems } from './jira.fake-adf.js';

/**
 * A local stand-in for a Jira Cloud site's REST API v3, written from Atlassian's reference rather than from the
 * plugin: basic auth (email + API token), `POST /rest/api/3/issue` (project, issue type and priority must exist;
 * summary required, ≤ 255, one line; description ADF ≤ 32,767; labels without spaces, ≤ 255), enhanced JQL search
 * (`POST /rest/api/3/search/jql`, the `project = … AND labels = … [AND statusCategory != Done]` subset), comments
 * and transitions. Errors are Jira's `{errorMessages, errors}` bodies.
 */
export const FAKE_EMAIL = 'alerts@example.com';
export const FAKE_TOKEN = 'ATATT3xFfGF0fakeJiraApiToken0123456789';
export const PROJECT = 'OPS';

export interface FakeIssue {
  key: string;
  fields: Record<string, any>;  // eslint-disable-line @typescript-eslint/no-explicit-any
  comments: unknown[];
  done: boolean;
}

export interface FakeJira {
  siteUrl: string;
  receiver: TestReceiver;
  issues: FakeIssue[];
  violations: Record<string, string>;
  override(reply?: ReceiverReply): void;
  close(): Promise<void>;
}

const ISSUE_TYPES = ['Task', 'Bug', 'Incident', 'Story'];
const PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];
const json = (status: number, body: unknown): ReceiverReply => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const refuse = (errors: Record<string, string>, errorMessages: string[] = []) => json(400, { errorMessages, errors });

function fieldErrors(f: Record<string, any>): Record<string, string> {  // eslint-disable-line @typescript-eslint/no-explicit-any
  const e: Record<string, string> = {};
  if (f.project?.key !== PROJECT) e.project = 'valid project is required';
  if (!ISSUE_TYPES.includes(f.issuetype?.name)) e.issuetype = 'Specify a valid issue type';
  if (typeof f.summary !== 'string' || !f.summary.trim()) e.summary = 'You must specify a summary of the issue.';
  else if (f.summary.length > 255) e.summary = 'Summary must be less than 255 characters.';
  else if (/[\r\n]/.test(f.summary)) e.summary = "Field 'summary' cannot contain a newline.";
  if (f.description !== undefined) {
    const problems = adfProblems(f.description, 'description');
    if (problems.length) e.description = problems.join('; ');
  }
  if (!Array.isArray(f.labels ?? []) || (f.labels ?? []).some((l: unknown) => typeof l !== 'string' || !l || /\s/.test(l) || l.length > 255)) e.labels = 'The label must not contain spaces and be at most 255 characters.';
  if (f.priority !== undefined && !PRIORITIES.includes(f.priority?.name)) e.priority = `Specify the Priority (name) in the string format`;
  return e;
}

/** The JQL subset the channel uses; anything else is a 400 as a real parser would give for unknown syntax here. */
function runJql(jql: string, issues: FakeIssue[]): FakeIssue[] | undefined {
  const m = /^project = "([^"]+)" AND labels = "([^"]+)"( AND statusCategory != Done)?( ORDER BY created DESC)?$/.exec(jql);
  if (!m) return undefined;
  const found = issues.filter((i) => i.fields.project.key === m[1] && i.fields.labels.includes(m[2]) && !(m[3] && i.done));
  return m[4] ? found.reverse() : found;
}

export async function startFakeJira(): Promise<FakeJira> {
  const receiver = await startTestReceiver();
  const fake: FakeJira = { siteUrl: receiver.url, receiver, issues: [], violations: {}, override: (reply) => receiver.reply(reply ?? contract), close: () => receiver.close() };
  const auth = `Basic ${Buffer.from(`${FAKE_EMAIL}:${FAKE_TOKEN}`).toString('base64')}`;
  const contract = (request: ReceivedRequest): ReceiverReply => {
    fake.violations = {};
    if (request.headers.authorization !== auth) return { status: 401, headers: { 'content-type': 'text/plain' }, body: 'Client must be authenticated to access this resource.' };
    let body: Record<string, any> = {};  // eslint-disable-line @typescript-eslint/no-explicit-any
    try {
      body = request.body ? JSON.parse(request.body) : {};
    } catch {
      return refuse({}, ['Unexpected character in JSON body']);
    }
    const { pathname } = new URL(request.path, 'http://fake');
    if (request.method === 'POST' && pathname === '/rest/api/3/search/jql') {
      const found = runJql(String(body.jql), fake.issues);
      if (!found) return refuse({}, [`Error in the JQL Query: ${String(body.jql)}`]);
      return json(200, { issues: found.slice(0, body.maxResults ?? 50).map((i) => ({ id: i.key.split('-')[1], key: i.key, fields: { summary: i.fields.summary } })), isLast: true });
    }
    if (request.method === 'POST' && pathname === '/rest/api/3/issue') {
      fake.violations = fieldErrors(body.fields ?? {});
      if (Object.keys(fake.violations).length) return refuse(fake.violations);
      const key = `${PROJECT}-${fake.issues.length + 1}`;
      fake.issues.push({ key, fields: body.fields, comments: [], done: false });
      return json(201, { id: String(10000 + fake.issues.length), key, self: `${receiver.url}/rest/api/3/issue/${key}` });
    }
    const m = /^\/rest\/api\/3\/issue\/([^/]+)\/(comment|transitions)$/.exec(pathname);
    const issue = m && fake.issues.find((i) => i.key === decodeURIComponent(m[1]!));
    if (!m || !issue) return json(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    if (m[2] === 'comment' && request.method === 'GET') return json(200, { comments: issue.comments.map((b, i) => ({ id: String(i + 1), body: b })), total: issue.comments.length });
    if (m[2] === 'comment') {
      const problems = adfProblems(body.body, 'comment');
      if (problems.length) return refuse((fake.violations = { comment: problems.join('; ') }));
      issue.comments.push(body.body);
      return json(201, { id: String(issue.comments.length), body: body.body });
    }
    if (request.method === 'GET') return json(200, { transitions: issue.done ? [{ id: '11', name: 'Reopen' }] : [{ id: '21', name: 'In Progress' }, { id: '31', name: 'Done' }] });
    if (body.transition?.id !== '31' || issue.done) return refuse({ transition: 'Transition id is not valid for this issue.' });
    issue.done = true;
    return { status: 204, body: '' };
  };
  receiver.reply(contract);
  return fake;
}
