import { EditorView } from '@codemirror/view';
import type { TemplateConfig } from '@signalbox/route-model';
import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../testing/fixtures.js';
import { renderWithProviders } from '../../../testing/renderWithProviders.js';
import { TemplateInspector } from './TemplateInspector.js';

function Harness() {
  const [config, setConfig] = useState<TemplateConfig>({ title: '{{upper data.service}} deploy', body: 'Attempt {{data.attempt}}', fields: [] });
  return <TemplateInspector nodeId="template-1" config={config} onChange={setConfig} />;
}

/** Types into a CodeMirror editor the way a keystroke does: a transaction at the end of the document. */
function typeInto(label: string, text: string) {
  const content = screen.getByLabelText(label).querySelector('.cm-content') ?? screen.getByLabelText(label);
  const view = EditorView.findFromDOM(content as HTMLElement)!;
  act(() => view.dispatch({ changes: { from: view.state.doc.length, insert: text }, userEvent: 'input.type' }));
}

describe('template inspector live preview', () => {
  it('renders the sample event with the shared renderer and follows each keystroke', async () => {
    renderWithProviders(<Harness />, [[['event-types'], catalogue], [['channels'], []]]);
    await waitFor(() => expect(screen.getByTestId('preview-title').textContent).toContain('API deploy'));
    expect(screen.getByTestId('preview-body').textContent).toBe('Attempt 3');

    typeInto('Title', ' in {{data.env}}');
    await waitFor(() => expect(screen.getByTestId('preview-title').textContent).toContain('API deploy in prod'));
    typeInto('Body (markdown subset)', ' of **{{data.service}}**');
    await waitFor(() => expect(screen.getByTestId('preview-body').querySelector('strong')?.textContent).toBe('api'));
  });

  it('names the part that does not compile instead of breaking the preview', async () => {
    renderWithProviders(<Harness />, [[['event-types'], catalogue], [['channels'], []]]);
    typeInto('Body (markdown subset)', ' {{#if data.env}}unclosed');
    await waitFor(() => expect(screen.getByTestId('preview-error').textContent).toMatch(/Body does not render/));
  });
});
