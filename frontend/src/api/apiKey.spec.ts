import { beforeEach, describe, expect, it } from 'vitest';
import { captureApiKeyFromUrl, readApiKey } from './apiKey.js';

describe('captureApiKeyFromUrl', () => {
  beforeEach(() => localStorage.clear());

  it('stores ?apiKey= once and strips it from the address bar, keeping the rest', () => {
    window.history.replaceState(null, '', '/routes?apiKey=sbx_123&tab=1#top');
    captureApiKeyFromUrl();
    expect(readApiKey()).toBe('sbx_123');
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/routes?tab=1#top');
  });

  it('leaves a stored key alone when the URL has none', () => {
    localStorage.setItem('signalbox.apiKey', 'kept');
    window.history.replaceState(null, '', '/channels');
    captureApiKeyFromUrl();
    expect(readApiKey()).toBe('kept');
  });
});
