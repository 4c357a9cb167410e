ALTER TABLE users DROP COLUMN email;

ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);

ALTER TABLE orders ALTER COLUMN total TYPE integer;

DROP TABLE legacy_invoices;
