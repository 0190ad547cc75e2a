import { SEVERITIES } from '@signalbox/route-model';
import { z } from 'zod';
import { MAX_MAPPING_CHARS } from './presets/custom.preset.js';
import { PRESET_IDS } from './presets/index.js';

const severityOverrides = z
  .record(z.string().min(1).max(100), z.enum(SEVERITIES))
  .refine((table) => Object.keys(table).length <= 100, 'may hold at most 100 entries')
  .describe('The tool\'s severity word (case-insensitive) → Signalbox severity; wins over the built-in table');

export const createSourceSchema = z.strictObject({
  preset: z.enum(PRESET_IDS),
  name: z.string().trim().min(1).max(100),
  signingSecret: z.string().min(8, 'must be at least 8 characters').max(500).optional().describe('The secret the tool signs with (signed presets only); never returned'),
  severityOverrides: severityOverrides.default({}),
  mapping: z.string().min(1).max(MAX_MAPPING_CHARS).optional().describe('JSONata expression (custom sources)'),
});
export type CreateSourceInput = z.output<typeof createSourceSchema>;

export const updateSourceSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  signingSecret: z.string().min(8, 'must be at least 8 characters').max(500).optional(),
  severityOverrides: severityOverrides.optional(),
  mapping: z.string().min(1).max(MAX_MAPPING_CHARS).optional(),
  rotatePathToken: z.boolean().optional().describe('Issue a new hook URL token; the old URL stops working'),
});
export type UpdateSourceInput = z.output<typeof updateSourceSchema>;

export const previewSchema = z.strictObject({
  sample: z.unknown().refine((value) => value !== undefined, 'is required: paste a sample body'),
  mapping: z.string().min(1).max(MAX_MAPPING_CHARS).optional(),
  preset: z.enum(PRESET_IDS).default('custom'),
  severityOverrides: severityOverrides.default({}),
});
export type PreviewInput = z.output<typeof previewSchema>;

export interface SourceSecrets {
  signingSecret?: string;
  pathToken: string;
}
