import type { Severity } from '@signalbox/plugin-sdk';
import { severityStyle } from '@signalbox/plugin-sdk';

export interface EmailView {
  severity: Severity;
  title: string;
  /** Already-rendered, safe HTML (markdown-it with raw HTML off). */
  bodyHtml: string;
  fields: Array<{ label: string; value: string }>;
  hiddenFields: number;
  url?: string;
  preheader: string;
  footer: string;
}

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
// Yellow needs dark text to stay readable (WCAG contrast); the other severity colours take white.
const onColour = (severity: Severity) => (severity === 'warning' ? '#1f2328' : '#ffffff');

function fieldRows(view: EmailView): string {
  const cell = 'padding:8px 0;border-top:1px solid #eaecef;vertical-align:top;font-size:14px;line-height:1.4;';
  const rows = view.fields.map(
    ({ label, value }) =>
      `<tr><th align="left" style="${cell}padding-right:16px;width:35%;color:#57606a;font-weight:600;">${escapeHtml(label)}</th><td style="${cell}color:#1f2328;word-break:break-word;white-space:pre-wrap;">${escapeHtml(value)}</td></tr>`,
  );
  if (view.hiddenFields > 0) rows.push(`<tr><td colspan="2" style="${cell}color:#57606a;font-style:italic;">… and ${view.hiddenFields} more</td></tr>`);
  return rows.length ? `<tr><td style="padding:8px 28px 8px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;">${rows.join('')}</table></td></tr>` : '';
}

/**
 * A single-column, table-based layout (what Outlook, Gmail and Apple Mail all render alike), inline styles
 * only, max 600 px wide and fluid below: a severity-coloured bar, severity and source above the title, the
 * body, a fields table and a button for the url. Every interpolated value is escaped here.
 */
export function renderEmailHtml(view: EmailView): string {
  const { color } = severityStyle(view.severity);
  const button = view.url
    ? `<tr><td style="padding:16px 28px 28px;"><a href="${escapeHtml(view.url)}" style="display:inline-block;background:${color};color:${onColour(view.severity)};font-family:${FONT};font-size:15px;font-weight:600;text-decoration:none;padding:11px 20px;border-radius:6px;">Open details</a></td></tr>`
    : '<tr><td style="padding:0 0 20px;"></td></tr>';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light only"><title>${escapeHtml(view.title)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${escapeHtml(view.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid #e5e7eb;border-radius:8px;font-family:${FONT};">
<tr><td style="height:6px;line-height:6px;font-size:0;background:${color};border-radius:8px 8px 0 0;">&nbsp;</td></tr>
<tr><td style="padding:22px 28px 4px;font-size:12px;font-weight:700;letter-spacing:0.06em;text-transform:uppercase;color:${color};">${escapeHtml(view.severity)}</td></tr>
<tr><td style="padding:0 28px 8px;"><h1 style="margin:0;font-size:20px;line-height:1.3;color:#1f2328;word-break:break-word;">${escapeHtml(view.title)}</h1></td></tr>
${view.bodyHtml ? `<tr><td style="padding:4px 28px 8px;font-size:15px;line-height:1.55;color:#1f2328;word-break:break-word;">${view.bodyHtml}</td></tr>` : ''}
${fieldRows(view)}
${button}
</table>
<p style="margin:16px 0 0;font-family:${FONT};font-size:12px;line-height:1.5;color:#6b7280;">${escapeHtml(view.footer)}</p>
</td></tr></table>
</body></html>`;
}
