import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../backend/src/config/config.schema.js';
import { interpolate } from './compose.interpolate.js';

// No Docker engine here: check the file's structure and that everything it points at exists.
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string | number>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }> | string[];
}
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
// What a user's .env provides (README): interpolation must succeed with exactly these.
const dotEnv = { POSTGRES_PASSWORD: 'pw', SIGNALBOX_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'), SIGNALBOX_API_KEY: 'k'.repeat(48) };
const envOf = (name: string) =>
  Object.fromEntries(Object.entries(services[name]!.environment ?? {}).map(([key, value]) => [key, interpolate(String(value), dotEnv)]));

describe('docker-compose.yml', () => {
  it('has every service of the production-like stack', () => {
    for (const name of ['postgres', 'temporal', 'temporal-ui', 'migrate', 'backend', 'worker', 'frontend']) expect(services).toHaveProperty(name);
  });

  it('health-checks the services others wait for', () => {
    expect(services.postgres!.healthcheck!.test.join(' ')).toContain('pg_isready');
    expect(services.temporal!.healthcheck!.test.join(' ')).toMatch(/cluster health/);
    expect(services.backend!.healthcheck!.test.join(' ')).toContain('/readyz');
    for (const name of ['temporal-ui', 'frontend']) expect(services[name]!.healthcheck, name).toBeDefined();
  });

  it('waits on health (or on the one-shot migration), never on mere start', () => {
    for (const [name, service] of Object.entries(services)) {
      if (!service.depends_on) continue;
      expect(Array.isArray(service.depends_on), `${name}: use the long depends_on form`).toBe(false);
      for (const [target, { condition }] of Object.entries(service.depends_on)) {
        expect(services[target], `${name} → ${target}`).toBeDefined();
        if (condition === 'service_healthy') expect(services[target]!.healthcheck, `${target} needs a healthcheck`).toBeDefined();
        else expect([name, target, condition]).toEqual([name, 'migrate', 'service_completed_successfully']);
      }
    }
    for (const name of ['backend', 'worker']) {
      expect(Object.keys(services[name]!.depends_on!)).toEqual(expect.arrayContaining(['postgres', 'temporal', 'migrate']));
    }
  });

  it('gives API, worker and migration a complete config pointing at the compose services', () => {
    for (const name of ['backend', 'worker', 'migrate']) {
      const env = envOf(name);
      const db = new URL(env.DATABASE_URL!);
      expect([db.protocol, db.hostname, db.port], name).toEqual(['postgres:', 'postgres', '5432']);
      expect(env.TEMPORAL_ADDRESS, name).toBe('temporal:7233');
      expect(env.SIGNALBOX_SECRET_KEY, name).toBe(dotEnv.SIGNALBOX_SECRET_KEY);
      for (const key of ['TEMPORAL_NAMESPACE', 'TEMPORAL_TASK_QUEUE']) expect(env[key], `${name} ${key}`).toBeTruthy();
      // The same validation the processes run at start.
      const parsed = configSchema.safeParse(env);
      expect(parsed.success, `${name}: ${parsed.error?.issues[0]?.message}`).toBe(true);
    }
    expect(envOf('migrate').SIGNALBOX_API_KEY).toBe(dotEnv.SIGNALBOX_API_KEY);
    expect(envOf('temporal')).toMatchObject({ DB: 'postgres12', POSTGRES_SEEDS: 'postgres', POSTGRES_PWD: 'pw' });
  });

  it('refuses private networks on both API and worker (SSRF guard)', () => {
    for (const name of ['backend', 'worker']) expect(envOf(name).ALLOW_PRIVATE_NETWORKS, name).toBe('false');
  });

  it('fails fast without the .env secrets', () => {
    expect(() => interpolate(String(services.backend!.environment!.SIGNALBOX_SECRET_KEY), {})).toThrow(/SIGNALBOX_SECRET_KEY/);
  });

  it('builds from Dockerfiles that exist, copying only paths that exist, as a non-root user', () => {
    const built = Object.values(services).filter((service) => service.build);
    expect(new Set(built.map((service) => service.build!.dockerfile))).toEqual(
      new Set(['backend/Dockerfile', 'temporal/Dockerfile', 'frontend/Dockerfile']),
    );
    for (const { build } of built) {
      expect(build!.context).toBe('.');
      const dockerfile = read(build!.dockerfile);
      expect(dockerfile, build!.dockerfile).toMatch(/RUN npm ci\b/);
      expect(dockerfile.match(/^FROM /gm)!.length, `${build!.dockerfile} is multi-stage`).toBeGreaterThan(1);
      expect(dockerfile, build!.dockerfile).toMatch(/^USER node$|nginx-unprivileged/m);
      const copies = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)];
      expect(copies.length, build!.dockerfile).toBeGreaterThan(2);
      for (const [, sources] of copies) {
        for (const source of sources!.split(/\s+/)) expect(existsSync(`${root}${source}`), `${build!.dockerfile}: COPY ${source}`).toBe(true);
      }
    }
  });

  it('nginx serves the UI and proxies the API paths to every backend replica', () => {
    const nginx = read('frontend/nginx.conf');
    expect(nginx).toMatch(/location ~ \^\/\(v1\|docs\|openapi\\\.json\|healthz\|readyz\)/);
    // Re-resolved per request through Docker's DNS, so scaled-out or restarted replicas get traffic.
    expect(nginx).toMatch(/^\s*resolver 127\.0\.0\.11 valid=10s\b/m);
    expect(nginx).toMatch(/^\s*set \$backend_upstream backend:8080;/m);
    expect(nginx).toContain('proxy_pass http://$backend_upstream;');
    expect(nginx).not.toMatch(/^\s*proxy_pass http:\/\/backend/m);
    expect(nginx).toContain('try_files $uri /index.html;');
  });
});
