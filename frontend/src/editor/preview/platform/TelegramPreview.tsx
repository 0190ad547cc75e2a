import { Text } from '@mantine/core';
import { TelegramHtml } from './TelegramHtml.js';

export interface TelegramPayloadView {
  text: string;
  parse_mode?: string;
  disable_notification?: boolean;
  link_preview_options?: { is_disabled?: boolean; url?: string };
}

/** A Telegram chat bubble with the bot's sendMessage text, rendered with only the tags Telegram allows. */
export function TelegramPreview({ payload, chatName }: { payload: TelegramPayloadView; chatName?: string }) {
  return (
    <div data-testid="preview-telegram" style={{ background: '#c8d8b0', backgroundImage: 'linear-gradient(135deg, #d5e3b9 0%, #b8cfa0 100%)', borderRadius: 8, padding: 12 }}>
      {chatName && <Text size="xs" ta="center" mb={6} c="dark.7">{chatName}</Text>}
      <div style={{ background: 'white', borderRadius: '12px 12px 12px 4px', padding: '6px 10px 4px', maxWidth: '92%', boxShadow: '0 1px 1px rgba(0,0,0,0.15)', fontSize: 14, lineHeight: 1.4, color: '#000' }}>
        <div style={{ color: '#2a6db0', fontWeight: 600, fontSize: 13 }}>Signalbox bot</div>
        <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="telegram-text"><TelegramHtml html={payload.text} /></div>
        <div style={{ textAlign: 'right', fontSize: 11, color: '#5b6b5b' }}>{payload.disable_notification ? '🔕 silent' : ''}</div>
      </div>
    </div>
  );
}
