import type { EscapeMode, SignalboxEvent, TemplateConfig } from '@signalbox/route-model';
import { useDeferredValue, useMemo } from 'react';
import type { PreviewStyle } from './previewStyles.js';
import { previewGroup } from './groupPreview.js';
import { renderPreview, type PreviewResult } from './renderPreview.js';

/** Re-renders on every keystroke, deferred so typing stays smooth on long templates. */
/** `groupBy`: the template follows a group node, so it renders for a group of sample events. */
export function useLivePreview(config: TemplateConfig, event: SignalboxEvent | null, style: PreviewStyle, escape?: EscapeMode, groupBy?: string): PreviewResult | null {
  const deferredConfig = useDeferredValue(config);
  return useMemo(
    () => (event ? renderPreview(deferredConfig, event, style, escape, groupBy === undefined ? undefined : previewGroup(groupBy, event)) : null),
    [deferredConfig, event, style, escape, groupBy],
  );
}
