import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import teams from './index.js';

const json = (status: number, code: string) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code, message: code } }) });

// The SDK's standard checks with a Workflows trigger's answers. A deleted or turned-off flow is 404, which is
// permanent but not Gone (an owner can turn the flow back on), so the kit's generic 410 is the only Gone case.
runChannelContractTests(teams, {
  validConfig: (url) => ({ webhookUrl: `${url}/workflows/0f1e2d/triggers/manual/paths/invoke?api-version=1&sv=1.0&sig=contractFlowSig-s3cret` }),
  responses: {
    success: { status: 202, body: '' },
    permanentErrors: [json(400, 'InvalidRequestContent'), json(401, 'DirectApiInvalidAuthorizationSignature'), json(403, 'Forbidden'), json(404, 'WorkflowNotFound')],
  },
});
