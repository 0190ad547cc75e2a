import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SDK_MAJOR, SDK_PACKAGE_NAME, SDK_VERSION } from './version.js';

describe('SDK_VERSION', () => {
  it('matches package.json, so the host compares plugins against the version actually installed', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect(SDK_VERSION).toBe(pkg.version);
    expect(SDK_PACKAGE_NAME).toBe(pkg.name);
    expect(SDK_MAJOR).toBe(Number(pkg.version.split('.')[0]));
  });
});
