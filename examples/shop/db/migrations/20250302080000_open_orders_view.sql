CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status IN ('pending', 'paid');

CREATE VIEW open_orders AS
  SELECT o.id, o.customer_id, o.total_cents, o.placed_at
  FROM orders o
  WHERE o.status IN ('pending', 'paid');
