import { Table } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../api/channels.js';
import { renderWithProviders } from '../../testing/renderWithProviders.js';
import { ChannelRow } from './ChannelRow.js';

const channel: Channel = { id: 'c1', name: 'Ops Slack', pluginId: 'slack', config: {}, paused: true, heldCount: 3, disabledAt: null, disabledReason: null, secretFields: [], retryPolicy: null, ratePerSecond: null, createdAt: '', updatedAt: '', destination: 'hooks.slack.com/…/AbCd', lastTest: null };

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

  it('shows a disabled channel with its reason and an Enable button', () => {
    renderRow({ ...channel, paused: false, heldCount: 0, disabledAt: '2026-11-30T10:00:00.000Z', disabledReason: 'the destination answered 410 Gone (HTTP 410)' });
    expect(screen.getByText('disabled')).toBeTruthy();
    expect(screen.getByTestId('disabled-note').textContent).toMatch(/410 Gone/);
    expect(screen.getByRole('button', { name: 'Enable' })).toBeTruthy();
  });

  it('has no Enable button for an enabled channel', () => {
    renderRow({ ...channel, paused: false, heldCount: 0, disabledAt: null });
    expect(screen.queryByRole('button', { name: 'Enable' })).toBeNull();
  });

  it('shows where the channel points, masked, and its last test in Health', () => {
    renderRow({ ...channel, lastTest: { at: new Date().toISOString(), ok: false, statusCode: 404, latencyMs: 12, error: 'webhook deleted' } });
    expect(screen.getByTestId('channel-destination').textContent).toBe('hooks.slack.com/…/AbCd');
    expect(screen.getByTestId('channel-last-test').textContent).toMatch(/test failed \(HTTP 404\)/);
  });

  it('shows no held count when nothing waits', () => {
    renderRow({ ...channel, paused: false, heldCount: 0 });
    expect(screen.queryByTestId('held-count')).toBeNull();
  });
});
