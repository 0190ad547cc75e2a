export const ELLIPSIS = '…';

/** At most `max` characters (code points) including the ellipsis; never splits an emoji or surrogate pair. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const codePoints = Array.from(text);
  if (codePoints.length <= max) return text;
  return max <= 0 ? '' : codePoints.slice(0, max - 1).join('') + ELLIPSIS;
}

/** `service.health.down` → "Service health down", `server_name` → "Server name", `agentId` → "Agent id". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .split(/[\s._:-]+/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How a value reads in a message: scalars as text, scalar arrays comma-separated, anything else as JSON. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
    return value.map(displayValue).join(', ');
  }
  return JSON.stringify(value);
}
