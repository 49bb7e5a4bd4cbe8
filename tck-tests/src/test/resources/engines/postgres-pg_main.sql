-- Physical schema of the fixture database pg_main (fixture.md §2-§6): the pg-main tables users,
-- orders, products and the Debezium replica replicas.tenants. Columns and names follow
-- core/src/test/resources/fixture/metadata.json. Drops first so the file can be re-run.
-- numeric(12,2) and not bare numeric: Trino maps an unbounded numeric to decimal(38,0) and rounds.
-- No foreign keys: the fixture relations span databases, and loaders may insert in any order.
DROP TABLE IF EXISTS public.orders CASCADE;
DROP TABLE IF EXISTS public.products CASCADE;
DROP TABLE IF EXISTS public.users CASCADE;
DROP TABLE IF EXISTS replicas.tenants CASCADE;

-- levenshtein() for the levenshteinLte operator.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE SCHEMA IF NOT EXISTS replicas;

CREATE TABLE public.users (
  id          uuid        NOT NULL,
  email       text        NOT NULL,
  phone       text,
  first_name  text        NOT NULL,
  last_name   text        NOT NULL,
  role        text        NOT NULL,
  age         integer,
  tenant_id   uuid        NOT NULL,
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE public.orders (
  id             uuid          NOT NULL,
  tenant_id      uuid          NOT NULL,
  customer_id    uuid          NOT NULL,
  product_id     uuid,
  region_id      text          NOT NULL,
  total_amount   numeric(12,2) NOT NULL,
  discount       numeric(12,2),
  order_status   text          NOT NULL,
  internal_note  text,
  created_at     timestamptz   NOT NULL,
  quantity       integer       NOT NULL,
  is_paid        boolean,
  priorities     integer[],
  PRIMARY KEY (id)
);

CREATE TABLE public.products (
  id         uuid          NOT NULL,
  name       text          NOT NULL,
  category   text          NOT NULL,
  price      numeric(12,2) NOT NULL,
  labels     text[],
  tenant_id  uuid          NOT NULL,
  PRIMARY KEY (id)
);

-- Replica of pg-tenant public.tenants (externalSyncs, lag seconds): same columns as the source.
CREATE TABLE replicas.tenants (
  id       uuid NOT NULL,
  name     text NOT NULL,
  plan     text NOT NULL,
  api_key  text NOT NULL,
  PRIMARY KEY (id)
);
