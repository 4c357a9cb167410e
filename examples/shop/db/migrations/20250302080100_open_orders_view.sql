CREATE VIEW open_orders AS
  SELECT o.id, o.customer_id, o.total_cents, o.placed_at
  FROM orders o
  WHERE o.status IN ('pending', 'paid');
