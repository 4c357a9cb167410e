ALTER TABLE users ADD COLUMN country char(2);

ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';

CREATE INDEX users_status_idx ON users (status);

-- schemagate:ignore backfill-in-migration users has a few hundred rows; backfilled in one go on purpose
UPDATE users SET status = 'inactive' WHERE created_at < '2024-01-01';
