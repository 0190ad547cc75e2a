import { startTestReceiver, type ReceivedRequest, type ReceiverReply, type TestReceiver } from '@signalbox/plugin-sdk/testing';
import { validateTeamsPayload } from './teams.validate.js';

/**
 * A local stand-in for a Workflows "when a Teams webhook request is received" trigger: 202 once accepted,
 * 400 `InvalidRequestContent` for a body Teams would not post (wrong envelope, not an Adaptive Card, over
 * 28 KB), 401 for a wrong `sig`, 404 for an unknown flow. `override` makes it answer anything else.
 */
export interface FakeTeams {
  webhookUrl: string;
  receiver: TestReceiver;
  accepted: unknown[];
  violations: string[];
  override(reply?: ReceiverReply): void;
  close(): Promise<void>;
}

export const FAKE_FLOW_PATH = '/powerautomate/automations/direct/workflows/0f1e2d3c4b5a/triggers/manual/paths/invoke';
export const FAKE_SIG = 'FlowS1gn4ture-s3cret_Value';

const error = (status: number, code: string, message: string): ReceiverReply => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ error: { code, message } }),
});

export function judgeTeamsRequest(request: ReceivedRequest): { reply: ReceiverReply; problems: string[]; payload?: unknown } {
  const url = new URL(request.path, 'http://fake');
  if (request.method !== 'POST' || url.pathname !== FAKE_FLOW_PATH) return { reply: error(404, 'WorkflowNotFound', 'The workflow could not be found.'), problems: [] };
  if (url.searchParams.get('sig') !== FAKE_SIG) return { reply: error(401, 'DirectApiInvalidAuthorizationSignature', 'The provided request signature is invalid.'), problems: [] };
  let payload: unknown;
  try {
    payload = JSON.parse(request.body);
  } catch {
    return { reply: error(400, 'InvalidRequestContent', 'The request content is not valid JSON.'), problems: ['body is not JSON'] };
  }
  const problems = validateTeamsPayload(payload);
  if (problems.length > 0) return { reply: error(400, 'InvalidRequestContent', problems.join('; ')), problems };
  return { reply: { status: 202, body: '' }, problems, payload };
}

export async function startFakeTeams(): Promise<FakeTeams> {
  const receiver = await startTestReceiver();
  const fake: FakeTeams = {
    webhookUrl: `${receiver.url}${FAKE_FLOW_PATH}?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${FAKE_SIG}`,
    receiver,
    accepted: [],
    violations: [],
    override: (reply) => receiver.reply(reply ?? contract),
    close: () => receiver.close(),
  };
  const contract = (request: ReceivedRequest): ReceiverReply => {
    const verdict = judgeTeamsRequest(request);
    fake.violations = verdict.problems;
    if (verdict.payload !== undefined) fake.accepted.push(verdict.payload);
    return verdict.reply;
  };
  receiver.reply(contract);
  return fake;
}
