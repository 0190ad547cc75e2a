import { createRequire } from 'node:module';
import type { History } from '@temporalio/common/lib/proto-utils.js';

// Parses a recorded history (the JSON `temporal workflow show --output json` prints) into the proto
// History the replayer takes. Not the SDK's historyFromJSON: in this install @temporalio/common and
// @temporalio/proto each carry their own nested protobufjs 8 copy (the root has protobufjs 7), so
// common's JSON reader rejects proto's types with "type must be a Type". Reading with the protobufjs
// copy that @temporalio/proto itself resolves keeps types and reader from the same copy.
const nodeRequire = createRequire(import.meta.url);
const protoRequire = createRequire(nodeRequire.resolve('@temporalio/proto'));
const { fromJson } = protoRequire('protobufjs/ext/protojson') as { fromJson: (type: unknown, json: unknown, opts: object) => History | null };
const { patchProtobufRoot } = nodeRequire('@temporalio/proto/lib/patch-protobuf-root') as { patchProtobufRoot: (root: unknown) => { lookupType(name: string): unknown } };
const historyType = patchProtobufRoot(nodeRequire('@temporalio/proto')).lookupType('temporal.api.history.v1.History');

export function historyFromFixture(json: unknown): History {
  const history = fromJson(historyType, json, { ignoreUnknownFields: true });
  if (!history) throw new TypeError('invalid history fixture');
  return history;
}
