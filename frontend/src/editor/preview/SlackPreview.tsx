import { SEVERITY_STYLE, type Message } from '@signalbox/route-model';
import { formatDateTime } from '../../shared/formatTime.js';
import { MarkdownText } from './MarkdownText.js';

/** Approximates a Slack message with Block Kit header, section and fields (what the Slack plugin sends). */
export function SlackPreview({ message }: { message: Message }) {
  return (
    <div style={{ display: 'flex', gap: 8, fontFamily: 'Lato, "Helvetica Neue", Arial, sans-serif', fontSize: 14, color: '#1d1c1d' }} data-testid="preview-slack">
      <div style={{ width: 36, height: 36, borderRadius: 6, background: '#4a154b', color: 'white', display: 'grid', placeItems: 'center', fontWeight: 700, flexShrink: 0 }}>S</div>
      <div style={{ minWidth: 0, flex: 1 }}>
        <div><b>Signalbox</b> <span style={{ fontSize: 11, background: '#e8e8e8', padding: '0 3px', borderRadius: 3 }}>APP</span> <span style={{ color: '#616061', fontSize: 12 }}>{formatDateTime(message.event.timestamp).slice(11, 16)}</span></div>
        <div style={{ borderLeft: `4px solid ${SEVERITY_STYLE[message.severity].color}`, paddingLeft: 10, marginTop: 4 }}>
          <div style={{ fontWeight: 900, fontSize: 15, marginBottom: 4 }} data-testid="preview-title">{SEVERITY_STYLE[message.severity].emoji} <MarkdownText text={message.title} decodeEntities /></div>
          {message.body && <div style={{ lineHeight: 1.45 }} data-testid="preview-body"><MarkdownText text={message.body} decodeEntities /></div>}
          {message.fields.length > 0 && (
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '6px 16px', marginTop: 8 }}>
              {message.fields.map((f, i) => (
                <div key={i}><b><MarkdownText text={f.label} decodeEntities /></b><br /><MarkdownText text={f.value} decodeEntities /></div>
              ))}
            </div>
          )}
          {message.url && <a href={message.url} target="_blank" rel="noreferrer" style={{ display: 'inline-block', marginTop: 8, border: '1px solid #ddd', borderRadius: 4, padding: '2px 10px', color: '#1d1c1d', textDecoration: 'none', fontWeight: 700, fontSize: 13 }}>Open</a>}
        </div>
      </div>
    </div>
  );
}
