import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders.js';
import { TemporalWorkflowLink } from './TemporalWorkflowLink.js';

describe('TemporalWorkflowLink', () => {
  it("links the event's workflow in the configured Temporal UI", () => {
    renderWithProviders(<TemporalWorkflowLink eventId="evt-1" />, [
      [['ui-config'], { temporalUiUrl: 'http://127.0.0.1:8233', temporalNamespace: 'default', tenantId: 't-1' }],
    ]);
    expect(screen.getByRole('link', { name: /Temporal UI/ }).getAttribute('href')).toBe(
      'http://127.0.0.1:8233/namespaces/default/workflows/evt%3At-1%3Aevt-1',
    );
  });

  it('shows nothing when no Temporal UI is configured', () => {
    renderWithProviders(<TemporalWorkflowLink eventId="evt-1" />, [[['ui-config'], { temporalUiUrl: null, temporalNamespace: 'default', tenantId: 't-1' }]]);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
