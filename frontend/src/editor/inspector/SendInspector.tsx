import { Anchor, Select, Stack, Switch, Text } from '@mantine/core';
import type { RouteNode } from '@signalbox/route-model';
import { Link } from 'react-router';
import { useChannels } from '../../api/channels.js';
import { MuteTimingsPicker, withMuteTimings } from './MuteTimingsPicker.js';

type Config = Extract<RouteNode, { type: 'send' }>['config'];

export function SendInspector({ config, onChange }: { config: Config; onChange: (c: Config) => void }) {
  const channels = useChannels();
  const selected = channels.data?.find((c) => c.id === config.channelId);
  return (
    <Stack gap="sm">
      <Select
        size="xs"
        label="Channel"
        placeholder={channels.isPending ? 'Loading channels…' : 'Choose a channel'}
        data={(channels.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.pluginId})${c.paused ? ' — paused' : ''}` }))}
        value={config.channelId || null}
        onChange={(channelId) => onChange({ ...config, channelId: channelId ?? '' })}
        searchable
        error={channels.isError ? channels.error.message : config.channelId && channels.data && !selected ? 'This channel no longer exists' : undefined}
      />
      <Switch
        size="xs"
        label="Send resolved"
        description="Also send the recovery when a problem this channel got is resolved"
        checked={config.sendResolved !== false}
        onChange={(e) => {
          const { sendResolved: _default, ...rest } = config;
          onChange(e.currentTarget.checked ? rest : { ...config, sendResolved: false });
        }}
      />
      {selected?.paused && <Text size="xs" c="orange">This channel is paused: deliveries wait until it is resumed.</Text>}
      <MuteTimingsPicker
        description="Inside any of these weekly windows the send is recorded as muted, not sent"
        value={config.muteTimingIds}
        onChange={(ids) => onChange(withMuteTimings(config, ids))}
      />
      <Text size="xs" c="dimmed">
        Manage destinations on the <Anchor component={Link} to="/channels" size="xs">Channels</Anchor> page, mute timings on the{' '}
        <Anchor component={Link} to="/silences" size="xs">Silences</Anchor> page.
      </Text>
    </Stack>
  );
}
