import { renderGroupMessage, renderMessage, renderTemplate, type EscapeMode, type GroupDigest, type Message, type SignalboxEvent, type TemplateConfig } from '@signalbox/route-model';
import type { PreviewStyle } from './previewStyles.js';
import { PREVIEW_STYLES } from './previewStyles.js';

export type PreviewResult = { ok: true; message: Message } | { ok: false; part: string; error: string };

/**
 * Renders with the shared renderer — with the target plugin's own escape mode when known, else the style's —
 * and on failure names the part (title, body, a field) that broke.
 */
export function renderPreview(config: TemplateConfig, event: SignalboxEvent, style: PreviewStyle, pluginEscape?: EscapeMode, group?: GroupDigest): PreviewResult {
  const escape = pluginEscape ?? PREVIEW_STYLES[style].escape;
  const extra = group ? { extra: { group } } : {};
  try {
    return { ok: true, message: group ? renderGroupMessage(config, event, group, { escape }) : renderMessage(config, event, { escape }) };
  } catch (error) {
    const parts: Array<[string, string | undefined]> = [
      ['Title', config.title],
      ['Body', config.body],
      ['URL', config.url],
      ...(config.fields ?? []).flatMap((f, i): Array<[string, string]> => [[`Field ${i + 1} label`, f.label], [`Field ${i + 1} value`, f.value]]),
    ];
    for (const [part, source] of parts) {
      if (!source) continue;
      try {
        renderTemplate(source, event, { escape, ...extra });
      } catch (partError) {
        return { ok: false, part, error: (partError as Error).message };
      }
    }
    return { ok: false, part: 'Template', error: (error as Error).message };
  }
}
