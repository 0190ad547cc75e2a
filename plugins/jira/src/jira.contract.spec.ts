import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import jira from './index.js';

const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

// The SDK's standard checks with Jira's answers: 201 with the issue key, `{errorMessages, errors}` bodies.
runChannelContractTests(jira, {
  validConfig: (url) => ({ siteUrl: url, email: 'alerts@example.com', apiToken: 'ATATT3xContractS3cretToken', projectKey: 'OPS' }),
  secretValues: [Buffer.from('alerts@example.com:ATATT3xContractS3cretToken').toString('base64')],
  responses: {
    success: json(201, { id: '10001', key: 'OPS-1', self: 'https://example.atlassian.net/rest/api/3/issue/10001' }),
    permanentErrors: [
      json(400, { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } }),
      { status: 401, headers: { 'content-type': 'text/plain' }, body: 'Client must be authenticated to access this resource.' },
      json(403, { errorMessages: ['You do not have permission to create issues in this project.'], errors: {} }),
      json(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} }),
    ],
  },
});
