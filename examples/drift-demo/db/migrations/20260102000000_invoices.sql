CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  amount_cents integer NOT NULL CHECK (amount_cents >= 0),
  issued_on date NOT NULL,
  legacy_ref text
);

-- Hand-made drift: the index on invoices.account_id was never written as a migration, the
-- view selects every account, accounts.status defaults to 'pending' and invoices has an extra column.
CREATE VIEW open_accounts AS
  SELECT id, email FROM accounts;

-- Ignored by drift.ignore_tables ('.*_backup$'):
CREATE TABLE invoices_backup (LIKE invoices);
