import type { RouteNode } from '@signalbox/route-model';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../testing/fixtures.js';
import { renderWithProviders } from '../../testing/renderWithProviders.js';
import { TriggerInspector } from './TriggerInspector.js';

type Config = Extract<RouteNode, { type: 'trigger' }>['config'];
const NIGHTS = { id: '6f1c1f63-1111-4c1e-9c1e-2a1b3c4d5e6f', name: 'Nights', timeZone: 'Europe/Berlin', intervals: [{}] };

let latest: Config | undefined;
function Harness({ initial }: { initial: Config }) {
  const [config, setConfig] = useState<Config>(initial);
  latest = config;
  return <TriggerInspector config={config} onChange={setConfig} />;
}

describe('trigger inspector', () => {
  it('shows the route-wide mute timings and keeps them when the trigger switches to a schedule and back', async () => {
    renderWithProviders(<Harness initial={{ eventTypes: ['deploy.*'], muteTimingIds: [NIGHTS.id] }} />, [[['event-types'], catalogue], [['mute-timings'], [NIGHTS]]]);
    await waitFor(() => expect(screen.getAllByText('Nights (Europe/Berlin)').length).toBeGreaterThan(0));

    fireEvent.click(screen.getByText('On a schedule'));
    await waitFor(() => expect(latest?.schedule).toBeDefined());
    expect(latest?.muteTimingIds).toEqual([NIGHTS.id]);
    fireEvent.click(screen.getByText('On events'));
    await waitFor(() => expect(latest?.schedule).toBeUndefined());
    expect(latest).toEqual({ eventTypes: ['*'], muteTimingIds: [NIGHTS.id] });
  });
});
