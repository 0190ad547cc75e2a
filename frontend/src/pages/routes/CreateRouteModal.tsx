import { Button, Group, Modal, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useEventTypes } from '../../api/eventTypes.js';
import { routeKeys, routesApi } from '../../api/routes.js';
import { eventTypeOptions } from '../../shared/eventTypeOptions.js';
import { defaultEventTypes, newRouteGraph } from './newRouteGraph.js';

export function CreateRouteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  // null until the user edits the list: until then it shows (and the route gets) the catalogue's defaults.
  const [chosenTypes, setEventTypes] = useState<string[] | null>(null);
  const catalogue = useEventTypes();
  const defaults = defaultEventTypes(catalogue.data ?? []);
  const eventTypes = chosenTypes ?? defaults;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => routesApi.create({ name: name.trim(), description: description.trim() || undefined, graph: newRouteGraph(eventTypes, defaults) }),
    onSuccess: (route) => {
      void queryClient.invalidateQueries({ queryKey: routeKeys.all });
      onClose();
      void navigate(`/routes/${route.id}`);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  return (
    <Modal opened={opened} onClose={onClose} title="New route" size="md">
      <Stack component="form" onSubmit={submit}>
        <TextInput label="Name" placeholder="Production incidents to #ops" value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus />
        <Textarea label="Description" placeholder="What this route is for" value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
        <TagsInput
          label="Triggered by"
          description='Starts with the events the products send to a new endpoint by default; "deploy.*" and "*" wildcards work'
          data={eventTypeOptions(catalogue.data ?? [])}
          value={eventTypes}
          onChange={setEventTypes}
          placeholder={eventTypes.length ? '' : 'The catalogue defaults'}
          clearable
        />
        {create.error && <TextInputError message={create.error.message} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>Create and open editor</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function TextInputError({ message }: { message: string }) {
  return <div role="alert" style={{ color: 'var(--mantine-color-red-7)', fontSize: 14 }}>{message}</div>;
}
