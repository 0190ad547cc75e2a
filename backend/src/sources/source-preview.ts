import { eventInputSchema } from '@signalbox/route-model';
import { ApiError } from '../common/api-error.js';
import { MappingError, presetById } from './presets/index.js';
import type { PreviewInput } from './source.schemas.js';
import { mapToEvents } from './source.map.js';

/** `POST /v1/sources/preview`: what a sample body becomes, exactly as the hook would map it (ids included), or a 400 naming the problem. */
export async function previewMapping(input: PreviewInput) {
  const preset = presetById(input.preset)!;
  let events;
  try {
    events = await mapToEvents(preset, { id: 'preview', name: preset.name, mapping: input.mapping ?? null, severityOverrides: input.severityOverrides }, input.sample);
  } catch (error) {
    if (!(error instanceof MappingError)) throw error;
    throw ApiError.badRequest(`Mapping failed: ${error.message}`, [{ path: error.path, message: error.message }]);
  }
  const parsed = events.map((event, index) => {
    const result = eventInputSchema.safeParse(event);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const path = `events[${index}].${issue.path.join('.')}`;
    throw ApiError.badRequest(`Mapping failed: ${path} ${issue.message}`, [{ path, message: issue.message }]);
  });
  return { events: parsed };
}
