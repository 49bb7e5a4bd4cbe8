-- Physical schema of the fixture database ch-analytics (fixture.md §2-§6): events, metrics and
-- the Debezium replica orders_replica. Columns and names follow
-- fixture/metadata.json.
-- Format: one statement per block, each ending with a semicolon at the end of a line (the HTTP
-- endpoint runs one statement per request, so the loader splits there). Drops first: re-runnable.
-- Nullable scalars are Nullable(...). Arrays cannot be Nullable in ClickHouse: a NULL array of the
-- source (orders.priorities of O4) is stored as [] here.
-- Timestamps are DateTime('UTC'): the dialect binds them as {p:DateTime} (sql.md §5.7), Trino's
-- clickhouse connector reads DateTime but not DateTime64, and every fixture timestamp is in whole
-- seconds, so nothing of the seed is lost to the missing sub-second part.
-- The database trino holds the views Trino reads instead of the tables with arrays
-- (TableMeta.trinoPhysicalName): its clickhouse connector cannot read Array columns, so each is
-- JSON text under its own name, which the Trino dialect parses back (README "Trino over ClickHouse").
DROP VIEW IF EXISTS trino.events;

DROP VIEW IF EXISTS trino.metrics;

DROP TABLE IF EXISTS default.events;

DROP TABLE IF EXISTS default.metrics;

DROP TABLE IF EXISTS default.orders_replica;

CREATE TABLE default.events (
  id          UUID,
  event_type  String,
  user_id     UUID,
  order_id    Nullable(UUID),
  payload     Nullable(String),
  tags        Array(String),
  event_ts    DateTime('UTC')
) ENGINE = MergeTree ORDER BY id;

CREATE TABLE default.metrics (
  id           UUID,
  metric_name  String,
  value        Decimal(12,2),
  tags         Array(String),
  ts           DateTime('UTC')
) ENGINE = MergeTree ORDER BY id;

CREATE TABLE default.orders_replica (
  id             UUID,
  tenant_id      UUID,
  customer_id    UUID,
  product_id     Nullable(UUID),
  region_id      String,
  total_amount   Decimal(12,2),
  discount       Nullable(Decimal(12,2)),
  order_status   String,
  internal_note  Nullable(String),
  created_at     DateTime('UTC'),
  quantity       Int32,
  is_paid        Nullable(Bool),
  priorities     Array(Int32)
) ENGINE = MergeTree ORDER BY id;

CREATE DATABASE IF NOT EXISTS trino;

CREATE VIEW trino.events AS
SELECT id, event_type, user_id, order_id, payload, toJSONString(tags) AS tags, event_ts
FROM default.events;

CREATE VIEW trino.metrics AS
SELECT id, metric_name, value, toJSONString(tags) AS tags, ts
FROM default.metrics;
