import { alertmanagerPreset, grafanaPreset } from './alerting.presets.js';
import { customPreset } from './custom.preset.js';
import type { SourcePreset } from './preset.types.js';
import { aiAdminPanelPreset, astraNetmonPreset, nemoRouterPreset, nestAiPreset, serverScoutPreset } from './seed.presets.js';

export const SOURCE_PRESETS: readonly SourcePreset[] = [
  nestAiPreset, aiAdminPanelPreset, astraNetmonPreset, serverScoutPreset, nemoRouterPreset, alertmanagerPreset, grafanaPreset, customPreset,
];
export const PRESET_IDS = SOURCE_PRESETS.map((preset) => preset.id) as [string, ...string[]];
export const presetById = (id: string): SourcePreset | undefined => SOURCE_PRESETS.find((preset) => preset.id === id);
export * from './preset.types.js';
