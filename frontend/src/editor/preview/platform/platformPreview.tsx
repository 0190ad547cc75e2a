import type { ReactNode } from 'react';
import type { Channel } from '../../../api/channels.js';
import type { RenderedSend } from '../../../api/routes.js';
import { EmailPreview, envelopeOf, type EmailPayloadView } from './EmailPreview.js';
import { MattermostPreview, type MattermostPayloadView } from './MattermostPreview.js';
import { OpsgeniePreview, type OpsgeniePayloadView } from './OpsgeniePreview.js';
import { PagerdutyPreview, type PagerdutyEventView } from './PagerdutyPreview.js';
import { TelegramPreview, type TelegramPayloadView } from './TelegramPreview.js';
import { WebhookPreview } from './WebhookPreview.js';

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';

/** The send as its platform shows it, from the plugin's own payload; null when this plugin has no such preview. */
export function platformPreview(send: RenderedSend, channel: Channel | undefined): ReactNode {
  const payload = send.payload;
  switch (channel?.pluginId) {
    case 'email':
      return isObject(payload) && typeof payload.html === 'string' ? <EmailPreview payload={payload as unknown as EmailPayloadView} envelope={envelopeOf(channel.config)} /> : null;
    case 'telegram':
      return isObject(payload) && typeof payload.text === 'string' ? <TelegramPreview payload={payload as unknown as TelegramPayloadView} chatName={channel.name} /> : null;
    case 'pagerduty':
      return isObject(payload) && typeof payload.event_action === 'string' ? <PagerdutyPreview event={payload as unknown as PagerdutyEventView} /> : null;
    case 'webhook':
      return payload !== undefined ? <WebhookPreview request={send.request} payload={payload} /> : null;
    case 'opsgenie':
      return isObject(payload) && (payload.action === 'create' || payload.action === 'close') ? <OpsgeniePreview payload={payload as unknown as OpsgeniePayloadView} /> : null;
    case 'mattermost':
      return isObject(payload) && Array.isArray(payload.attachments) ? <MattermostPreview payload={payload as unknown as MattermostPayloadView} /> : null;
    default:
      return null;
  }
}
