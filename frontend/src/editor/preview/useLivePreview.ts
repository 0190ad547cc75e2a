import type { EscapeMode, SignalboxEvent, TemplateConfig } from '@signalbox/route-model';
import { useDeferredValue, useMemo } from 'react';
import type { PreviewStyle } from './previewStyles.js';
import { renderPreview, type PreviewResult } from './renderPreview.js';

/** Re-renders on every keystroke, deferred so typing stays smooth on long templates. */
export function useLivePreview(config: TemplateConfig, event: SignalboxEvent | null, style: PreviewStyle, escape?: EscapeMode): PreviewResult | null {
  const deferredConfig = useDeferredValue(config);
  return useMemo(() => (event ? renderPreview(deferredConfig, event, style, escape) : null), [deferredConfig, event, style, escape]);
}
