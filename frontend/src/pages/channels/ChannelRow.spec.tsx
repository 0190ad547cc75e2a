import { Table } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../api/channels.js';
import { renderWithProviders } from '../../testing/renderWithProviders.js';
import { ChannelRow } from './ChannelRow.js';

const channel: Channel = { id: 'c1', name: 'Ops Slack', pluginId: 'slack', config: {}, paused: true, heldCount: 3, createdAt: '', updatedAt: '' };

const renderRow = (c: Channel) =>
  renderWithProviders(
    <Table><Table.Tbody><ChannelRow channel={c} pluginName="Slack" onEdit={() => {}} /></Table.Tbody></Table>,
    [[['deliveries', 'channel-health', c.id], { items: [], nextCursor: null }]],
  );

describe('ChannelRow', () => {
  it('shows how many deliveries a paused channel holds', () => {
    renderRow(channel);
    expect(screen.getByTestId('held-count').textContent).toBe('3 held');
  });

  it('shows no held count when nothing waits', () => {
    renderRow({ ...channel, paused: false, heldCount: 0 });
    expect(screen.queryByTestId('held-count')).toBeNull();
  });
});
