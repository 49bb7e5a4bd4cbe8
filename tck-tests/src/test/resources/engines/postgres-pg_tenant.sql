-- Physical schema of the fixture database pg_tenant (fixture.md §2-§4): tenants and invoices.
-- Columns and names follow core/src/test/resources/fixture/metadata.json. Drops first so the
-- file can be re-run. numeric(12,2) and not bare numeric: Trino maps an unbounded numeric to
-- decimal(38,0) and rounds. No foreign keys: loaders may insert in any order.
DROP TABLE IF EXISTS public.invoices CASCADE;
DROP TABLE IF EXISTS public.tenants CASCADE;

-- levenshtein() for the levenshteinLte operator.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE public.tenants (
  id       uuid NOT NULL,
  name     text NOT NULL,
  plan     text NOT NULL,
  api_key  text NOT NULL,
  PRIMARY KEY (id)
);

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
