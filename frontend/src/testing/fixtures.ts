import type { CatalogueEntry } from '@signalbox/route-model';

export const deployFailed: CatalogueEntry = {
  system: 'AI Admin Panel',
  type: 'deploy.failure',
  description: 'A deploy failed',
  sample: {
    id: 'evt_1',
    type: 'deploy.failure',
    source: 'admin-panel',
    severity: 'high',
    timestamp: '2026-04-01T10:30:00Z',
    subject: 'Deploy of api failed',
    data: { service: 'api', env: 'prod', attempt: 3, tags: ['eu', 'blue'] },
  },
  severities: ['high'],
  variants: [],
  fields: ['data.attempt', 'data.env', 'data.service', 'data.tags.*'],
};

export const catalogue: CatalogueEntry[] = [deployFailed];
