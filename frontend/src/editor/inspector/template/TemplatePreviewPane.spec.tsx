import { screen, waitFor } from '@testing-library/react';
import type { SignalboxEvent } from '@signalbox/route-model';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders.js';
import { TemplatePreviewPane } from './TemplatePreviewPane.js';

const sample: SignalboxEvent = { id: 'e1', type: 'deploy.failed', source: 'ci', severity: 'high', timestamp: '2026-12-01T00:00:00Z', data: {} };
const config = { title: 'Deploy failed', body: '', fields: [] };

describe('template live preview: the generic card says which platform it stands in for', () => {
  it('names the downstream platform when it has no look of its own here', async () => {
    renderWithProviders(<TemplatePreviewPane config={config} sample={sample} style="card" onStyle={() => undefined} pluginId="opsgenie" />);
    await waitFor(() => expect(screen.getByTestId('generic-preview-note').textContent).toContain('Generic card for Opsgenie'));
  });

  it('says nothing extra when the preview is drawn as the platform itself (Slack)', async () => {
    renderWithProviders(<TemplatePreviewPane config={config} sample={sample} style="slack" onStyle={() => undefined} pluginId="slack" />);
    await waitFor(() => expect(screen.getByTestId('preview-slack')).toBeTruthy());
    expect(screen.queryByTestId('generic-preview-note')).toBeNull();
  });
});
