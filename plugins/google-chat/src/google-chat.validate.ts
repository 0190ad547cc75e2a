import { GOOGLE_CHAT_LIMITS as L } from './google-chat.limits.js';
import type { GoogleChatPayload } from './google-chat.format.js';

/** The documented limits as code: one line per violation, for the contract kit's hostile inputs. */
export function validateGoogleChatPayload(payload: GoogleChatPayload): string[] {
  const problems: string[] = [];
  const size = Buffer.byteLength(JSON.stringify(payload));
  if (size > L.messageBytes) problems.push(`message: ${size} bytes, more than ${L.messageBytes}`);
  if (payload.text.length > L.text) problems.push(`text: ${payload.text.length} characters, more than ${L.text}`);
  payload.cardsV2.forEach((card, c) =>
    card.card.sections.forEach((section, s) =>
      section.widgets.forEach((widget, w) => {
        const text = 'textParagraph' in widget ? widget.textParagraph.text : 'decoratedText' in widget ? widget.decoratedText.text : '';
        if (text.length > L.text) problems.push(`cardsV2[${c}].sections[${s}].widgets[${w}]: ${text.length} characters, more than ${L.text}`);
      }),
    ),
  );
  return problems;
}
