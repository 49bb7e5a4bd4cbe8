-- Test-only copies in pg_main of tables the fixture keeps elsewhere (TableCopies): invoices of
-- pg-tenant and events, metrics of ch-analytics, under their own physical names, so every
-- SQL-generation scenario can run as one PostgreSQL query. tenants needs no copy: pg-main holds
-- its replica replicas.tenants. Types follow fixture.md §11.2; drops first so the file re-runs.
DROP TABLE IF EXISTS public.invoices CASCADE;
DROP TABLE IF EXISTS "default".events CASCADE;
DROP TABLE IF EXISTS "default".metrics CASCADE;

CREATE SCHEMA IF NOT EXISTS "default";

CREATE TABLE public.invoices (
  id         uuid          NOT NULL,
  tenant_id  uuid          NOT NULL,
  order_id   uuid,
  amount     numeric(12,2) NOT NULL,
  status     text          NOT NULL,
  issued_at  timestamptz   NOT NULL,
  paid_at    timestamptz,
  due_date   date,
  PRIMARY KEY (id)
);

CREATE TABLE "default".events (
  id          uuid        NOT NULL,
  event_type  text        NOT NULL,
  user_id     uuid        NOT NULL,
  order_id    uuid,
  payload     text,
  tags        text[],
  event_ts    timestamptz NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE "default".metrics (
  id           uuid          NOT NULL,
  metric_name  text          NOT NULL,
  value        numeric(12,2) NOT NULL,
  tags         text[],
  ts           timestamptz   NOT NULL,
  PRIMARY KEY (id)
);
