import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema. Every table carries tenant_id and every lookup index leads with it. */
export class InitialSchema1763790000000 implements MigrationInterface {
  name = 'InitialSchema1763790000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE tenants (
      tenant_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE TABLE api_keys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      name text NOT NULL,
      key_hash text NOT NULL,
      key_prefix text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz)`);
    await db.query(`CREATE UNIQUE INDEX api_keys_key_hash ON api_keys (key_hash)`);
    await db.query(`CREATE TABLE events (
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      id text NOT NULL,
      type text NOT NULL,
      source text NOT NULL,
      severity text NOT NULL,
      subject text,
      "timestamp" timestamptz NOT NULL,
      data jsonb NOT NULL,
      received_at timestamptz NOT NULL,
      idempotency_key text,
      route_version_ids uuid[] NOT NULL,
      status text NOT NULL,
      workflow_id text,
      PRIMARY KEY (tenant_id, id))`);
    await db.query(`CREATE INDEX events_tenant_received ON events (tenant_id, received_at DESC)`);
    await db.query(`CREATE UNIQUE INDEX events_tenant_idempotency_key ON events (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    await db.query(`CREATE TABLE routes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      status text NOT NULL,
      draft_graph jsonb NOT NULL,
      published_version integer,
      published_version_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX routes_tenant ON routes (tenant_id, updated_at DESC)`);
    await db.query(`CREATE TABLE route_versions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      route_id uuid NOT NULL REFERENCES routes(id) ON DELETE CASCADE,
      version integer NOT NULL,
      graph jsonb NOT NULL,
      trigger_types text[] NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX route_versions_route_version ON route_versions (route_id, version)`);
    await db.query(`CREATE TABLE channels (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      name text NOT NULL,
      plugin_id text NOT NULL,
      config jsonb NOT NULL,
      secrets_ciphertext text,
      paused boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX channels_tenant ON channels (tenant_id, name)`);
    await db.query(`CREATE TABLE node_outcomes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      event_id text NOT NULL,
      route_version_id uuid NOT NULL,
      node_id text NOT NULL,
      node_type text NOT NULL,
      outcome text NOT NULL,
      reason text,
      detail jsonb,
      recorded_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX node_outcomes_event_node ON node_outcomes (tenant_id, event_id, route_version_id, node_id)`);
    await db.query(`CREATE TABLE deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      event_id text NOT NULL,
      route_id uuid NOT NULL,
      route_version_id uuid NOT NULL,
      node_id text NOT NULL,
      channel_id uuid NOT NULL,
      status text NOT NULL,
      idempotency_key text NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      message jsonb,
      last_status_code integer,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      delivered_at timestamptz)`);
    await db.query(`CREATE UNIQUE INDEX deliveries_event_node ON deliveries (tenant_id, event_id, route_version_id, node_id)`);
    await db.query(`CREATE INDEX deliveries_tenant_created ON deliveries (tenant_id, created_at DESC)`);
    await db.query(`CREATE INDEX deliveries_tenant_channel ON deliveries (tenant_id, channel_id, created_at DESC)`);
    await db.query(`CREATE INDEX deliveries_tenant_route ON deliveries (tenant_id, route_id, created_at DESC)`);
    await db.query(`CREATE TABLE delivery_attempts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      delivery_id uuid NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
      attempt integer NOT NULL,
      outcome text NOT NULL,
      status_code integer,
      latency_ms integer NOT NULL,
      error text,
      response_excerpt text,
      started_at timestamptz NOT NULL)`);
    await db.query(`CREATE UNIQUE INDEX delivery_attempts_delivery_attempt ON delivery_attempts (delivery_id, attempt)`);
    await db.query(`CREATE TABLE throttle_hits (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      scope text NOT NULL,
      throttle_key text NOT NULL,
      event_id text NOT NULL,
      seen_at timestamptz NOT NULL,
      allowed boolean NOT NULL)`);
    await db.query(`CREATE UNIQUE INDEX throttle_hits_event ON throttle_hits (tenant_id, scope, throttle_key, event_id)`);
    await db.query(`CREATE INDEX throttle_hits_window ON throttle_hits (tenant_id, scope, throttle_key, seen_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['throttle_hits', 'delivery_attempts', 'deliveries', 'node_outcomes', 'channels', 'route_versions', 'routes', 'events', 'api_keys', 'tenants']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
