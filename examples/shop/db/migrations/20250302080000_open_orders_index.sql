-- atlas:txmode none
-- Built without blocking writes to orders; a CONCURRENTLY build cannot run in a transaction.
-- The DROP removes an INVALID leftover of a failed build, which IF NOT EXISTS alone would hide.
DROP INDEX CONCURRENTLY IF EXISTS orders_open_idx;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_open_idx ON orders (placed_at) WHERE status IN ('pending', 'paid');
