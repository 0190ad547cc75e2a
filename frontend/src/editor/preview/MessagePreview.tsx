import type { Message } from '@signalbox/route-model';
import { CardPreview } from './CardPreview.js';
import { DiscordPreview } from './DiscordPreview.js';
import type { PreviewStyle } from './previewStyles.js';
import { SlackPreview } from './SlackPreview.js';

export function MessagePreview({ message, style }: { message: Message; style: PreviewStyle }) {
  if (style === 'slack') return <SlackPreview message={message} />;
  if (style === 'discord') return <DiscordPreview message={message} />;
  return <CardPreview message={message} />;
}
