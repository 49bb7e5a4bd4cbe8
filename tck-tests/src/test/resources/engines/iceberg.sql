-- Physical schema of the fixture database iceberg-archive, run through Trino (fixture.md §2-§6):
-- the archive orders_archive and the Debezium replica orders_current of pg-main orders, in the
-- Trino catalog iceberg_archive. Columns and names follow
-- fixture/metadata.json.
-- Format: one statement per block, each ending with a semicolon at the end of a line. Trino takes
-- one statement per request and no trailing semicolon, so the loader splits there and strips it.
-- Schema first: the drops below need the schema to resolve the table names.
CREATE SCHEMA IF NOT EXISTS iceberg_archive.warehouse;

DROP TABLE IF EXISTS iceberg_archive.warehouse.orders_archive;

DROP TABLE IF EXISTS iceberg_archive.warehouse.orders_current;

CREATE TABLE iceberg_archive.warehouse.orders_archive (
  id            uuid                        NOT NULL,
  tenant_id     uuid                        NOT NULL,
  customer_id   uuid                        NOT NULL,
  total_amount  decimal(12,2)               NOT NULL,
  order_status  varchar                     NOT NULL,
  created_at    timestamp(6) with time zone NOT NULL,
  archived_at   timestamp(6) with time zone NOT NULL
);

CREATE TABLE iceberg_archive.warehouse.orders_current (
  id             uuid                        NOT NULL,
  tenant_id      uuid                        NOT NULL,
  customer_id    uuid                        NOT NULL,
  product_id     uuid,
  region_id      varchar                     NOT NULL,
  total_amount   decimal(12,2)               NOT NULL,
  discount       decimal(12,2),
  order_status   varchar                     NOT NULL,
  internal_note  varchar,
  created_at     timestamp(6) with time zone NOT NULL,
  quantity       integer                     NOT NULL,
  is_paid        boolean,
  priorities     array(integer)
);
