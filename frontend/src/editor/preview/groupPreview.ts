import { renderTemplate, sampleGroupDigest, type GroupDigest, type SignalboxEvent } from '@signalbox/route-model';

/** How many copies of the sample event the preview groups: enough to show lists and counts. */
export const GROUP_PREVIEW_SIZE = 3;

/**
 * A template after a group node renders for a group: the preview groups a few copies of the sample event
 * (each its own alert: a distinct id, subject and fingerprint, since copies of a catalogue event would
 * otherwise be the same alert) under the key the group node renders for the sample.
 */
export function previewGroup(groupBy: string, sample: SignalboxEvent): GroupDigest {
  const base = sample.subject ?? sample.type;
  const events = Array.from({ length: GROUP_PREVIEW_SIZE }, (_, i) => ({
    ...sample, id: `${sample.id}-${i + 1}`, subject: `${base} #${i + 1}`, data: { ...sample.data, fingerprint: `${sample.id}#${i + 1}` },
  }));
  let key: string;
  try {
    key = renderTemplate(groupBy, sample, { escape: 'none' });
  } catch {
    key = groupBy;
  }
  return sampleGroupDigest(key, events);
}
