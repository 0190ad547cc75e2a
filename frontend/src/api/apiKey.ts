const STORAGE_KEY = 'signalbox.apiKey';

export function readApiKey(): string | null {
  return localStorage.getItem(STORAGE_KEY);
}

export function storeApiKey(key: string): void {
  localStorage.setItem(STORAGE_KEY, key.trim());
}

export function clearApiKey(): void {
  localStorage.removeItem(STORAGE_KEY);
}

/**
 * `npm start` prints a link with `?apiKey=`; take it once, keep it in localStorage and strip it from the
 * address bar so the key does not linger in history, bookmarks or screenshots.
 */
export function captureApiKeyFromUrl(location: Location = window.location): void {
  const url = new URL(location.href);
  const key = url.searchParams.get('apiKey');
  if (!key) return;
  storeApiKey(key);
  url.searchParams.delete('apiKey');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
