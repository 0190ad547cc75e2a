import { SEVERITY_STYLE, type Message } from '@signalbox/route-model';
import { MarkdownText } from './MarkdownText.js';

/** Approximates a Discord webhook embed: coloured side bar, linked title, description and inline fields. */
export function DiscordPreview({ message }: { message: Message }) {
  return (
    <div style={{ background: '#313338', color: '#dbdee1', padding: 12, borderRadius: 8, fontFamily: '"gg sans", "Noto Sans", Helvetica, Arial, sans-serif', fontSize: 14 }} data-testid="preview-discord">
      <div style={{ fontWeight: 600, color: 'white', marginBottom: 6 }}>Signalbox <span style={{ fontSize: 10, background: '#5865f2', padding: '1px 4px', borderRadius: 3 }}>BOT</span></div>
      <div style={{ background: '#2b2d31', borderLeft: `4px solid ${SEVERITY_STYLE[message.severity].color}`, borderRadius: 4, padding: '8px 12px', maxWidth: 460 }}>
        <div style={{ fontWeight: 600, color: message.url ? '#00a8fc' : 'white', marginBottom: 4 }} data-testid="preview-title"><MarkdownText text={message.title} /></div>
        {message.body && <div style={{ lineHeight: 1.4 }} data-testid="preview-body"><MarkdownText text={message.body} /></div>}
        {message.fields.length > 0 && (
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8, marginTop: 8, fontSize: 13 }}>
            {message.fields.map((f, i) => <div key={i}><div style={{ fontWeight: 600, color: 'white' }}><MarkdownText text={f.label} /></div><MarkdownText text={f.value} /></div>)}
          </div>
        )}
      </div>
    </div>
  );
}
