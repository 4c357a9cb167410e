DROP VIEW customer_order_totals;
ALTER TABLE customers DROP COLUMN display_name;
