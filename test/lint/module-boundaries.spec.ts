import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints code as if it sat at a given path in the repo, with the repo's own eslint.config.js,
// exactly as `npm run lint` would see it.
const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
const lintAt = async (path: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
};

describe('module boundaries (npm run lint)', () => {
  beforeAll(() => {
    // The Nx rule reads the cached project graph, which `npm run lint` computes first too.
    execFileSync('npx', ['nx', 'show', 'projects'], { cwd: root, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false' } });
  }, 120_000);

  it('rejects a frontend import of @nestjs/*', async () => {
    const messages = await lintAt('frontend/src/Leak.tsx', "import { Injectable } from '@nestjs/common';\nexport const leak = Injectable;\n");
    expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries: .*not allowed to import "@nestjs\/common"/);
  });

  it('rejects a Node built-in in workflow code', async () => {
    const messages = await lintAt('temporal/src/workflows/leak.ts', "import { readFileSync } from 'node:fs';\nexport const leak = readFileSync;\n");
    expect(messages.join('\n')).toMatch(/no-restricted-imports: .*Node built-ins/);
  });

  it('rejects an activity implementation imported into workflow code, but allows its type', async () => {
    const value = await lintAt('temporal/src/workflows/leak.ts', "import * as acts from '../activities/index.js';\nexport const leak = acts;\n");
    expect(value.join('\n')).toMatch(/Import activities as types only/);
    const typeOnly = await lintAt('temporal/src/workflows/ok.ts', "import type * as acts from '../activities/index.js';\nexport type Acts = typeof acts;\n");
    expect(typeOnly).toEqual([]);
  });

  it('rejects server packages in the framework-free route model', async () => {
    const messages = await lintAt('libs/route-model/src/leak.ts', "import { DataSource } from 'typeorm';\nexport const leak = DataSource;\n");
    expect(messages.join('\n')).toMatch(/not allowed to import "typeorm"/);
  });

  it('accepts the same imports where they belong', async () => {
    expect(await lintAt('backend/src/ok.ts', "import { Injectable } from '@nestjs/common';\nexport const ok = Injectable;\n")).toEqual([]);
  });
});
