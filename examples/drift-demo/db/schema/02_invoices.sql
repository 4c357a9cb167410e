CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  amount_cents integer NOT NULL CHECK (amount_cents >= 0),
  issued_on date NOT NULL
);

CREATE INDEX invoices_account_id_idx ON invoices (account_id);

CREATE VIEW open_accounts AS
  SELECT id, email FROM accounts WHERE status = 'active';
