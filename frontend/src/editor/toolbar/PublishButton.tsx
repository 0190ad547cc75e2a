import { Button, Group, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { useState } from 'react';

interface Props {
  issueCount: number;
  /** undefined while the live version is still loading. */
  changed: boolean | undefined;
  busy: boolean;
  publishing: boolean;
  onPublish: (note: string) => void;
}

/** Publish only what can run and is new; the note says why, and shows in the versions list. */
export function PublishButton({ issueCount, changed, busy, publishing, onPublish }: Props) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const reason = issueCount > 0 ? `Fix ${issueCount} issue${issueCount > 1 ? 's' : ''} first` : changed === false ? 'Nothing to publish: same as the live version' : null;
  const submit = () => {
    setOpen(false);
    onPublish(note.trim());
    setNote('');
  };
  return (
    <>
      <Tooltip label={reason ?? 'Make this draft the live version'}>
        {/* A span, so the tooltip still explains a disabled button. */}
        <span>
          <Button size="xs" leftSection={<IconRocket size={14} />} onClick={() => setOpen(true)} loading={publishing} disabled={busy || reason !== null || changed === undefined}>
            Publish
          </Button>
        </span>
      </Tooltip>
      <Modal opened={open} onClose={() => setOpen(false)} title="Publish this route" size="sm">
        <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <Stack gap="sm">
            <Text size="sm">New events will run against this version.</Text>
            <TextInput label="Note (optional)" placeholder="What changed, e.g. page only on critical" value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} data-autofocus />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setOpen(false)}>Cancel</Button>
              <Button size="xs" type="submit">Publish</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
