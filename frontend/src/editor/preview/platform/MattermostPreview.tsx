import { MarkdownText } from '../MarkdownText.js';

export interface MattermostPayloadView {
  text: string;
  username?: string;
  attachments: Array<{ color: string; title: string; title_link?: string; text: string; fields: Array<{ title: string; value: string; short: boolean }>; footer: string }>;
}

/** A Mattermost post with its message attachments (colour bar, title, markdown text, short fields side by side). */
export function MattermostPreview({ payload }: { payload: MattermostPayloadView }) {
  return (
    <div data-testid="preview-mattermost" style={{ fontFamily: '"Open Sans", sans-serif', fontSize: 14, color: '#3f4350', display: 'flex', gap: 8 }}>
      <div style={{ width: 32, height: 32, borderRadius: 16, background: '#1e325c', color: 'white', display: 'grid', placeItems: 'center', fontWeight: 700, flexShrink: 0 }}>S</div>
      <div style={{ minWidth: 0, flex: 1 }}>
        <b>{payload.username ?? 'Signalbox'}</b> <span style={{ fontSize: 11, background: '#e5e5e5', padding: '0 4px', borderRadius: 3 }}>BOT</span>
        {payload.text && <div><MarkdownText text={payload.text} /></div>}
        {payload.attachments.map((a, i) => (
          <div key={i} style={{ border: '1px solid #ddd', borderLeftWidth: 4, borderLeftColor: a.color, borderRadius: 4, padding: '8px 12px', marginTop: 6 }}>
            <div style={{ fontWeight: 700 }}>{a.title_link ? <a href={a.title_link} target="_blank" rel="noreferrer">{a.title}</a> : a.title}</div>
            {a.text && <div><MarkdownText text={a.text} /></div>}
            {a.fields.length > 0 && (
              <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '4px 12px', marginTop: 6 }}>
                {a.fields.map((f, j) => (
                  <div key={j} style={{ gridColumn: f.short ? undefined : '1 / -1' }}><b>{f.title}</b><div><MarkdownText text={f.value} /></div></div>
                ))}
              </div>
            )}
            {a.footer && <div style={{ fontSize: 12, color: '#5d6069', marginTop: 6 }}>{a.footer}</div>}
          </div>
        ))}
      </div>
    </div>
  );
}
