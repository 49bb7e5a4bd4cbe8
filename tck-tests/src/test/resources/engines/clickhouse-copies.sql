-- Test-only copies in ch-analytics of the PostgreSQL tables (TableCopies), so every
-- SQL-generation scenario can run as one ClickHouse query. orders needs no copy: ch-analytics
-- holds its replica default.orders_replica. Same format and type mapping as clickhouse.sql
-- (fixture.md §11.2): Nullable scalars, arrays never Nullable (a NULL array is stored as []),
-- DateTime('UTC') timestamps. Drops first: re-runnable.
DROP TABLE IF EXISTS default.users;

DROP TABLE IF EXISTS default.products;

DROP TABLE IF EXISTS default.tenants;

DROP TABLE IF EXISTS default.invoices;

CREATE TABLE default.users (
  id          UUID,
  email       String,
  phone       Nullable(String),
  first_name  String,
  last_name   String,
  role        String,
  age         Nullable(Int32),
  tenant_id   UUID,
  created_at  DateTime('UTC')
) ENGINE = MergeTree ORDER BY id;

CREATE TABLE default.products (
  id         UUID,
  name       String,
  category   String,
  price      Decimal(12,2),
  labels     Array(String),
  tenant_id  UUID
) ENGINE = MergeTree ORDER BY id;

CREATE TABLE default.tenants (
  id       UUID,
  name     String,
  plan     String,
  api_key  String
) ENGINE = MergeTree ORDER BY id;

CREATE TABLE default.invoices (
  id         UUID,
  tenant_id  UUID,
  order_id   Nullable(UUID),
  amount     Decimal(12,2),
  status     String,
  issued_at  DateTime('UTC'),
  paid_at    Nullable(DateTime('UTC')),
  due_date   Nullable(Date)
) ENGINE = MergeTree ORDER BY id;
