CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE TABLE public.sales (id int, sold date NOT NULL, customer_id int, amount numeric) PARTITION BY RANGE (sold);
CREATE TABLE public.sales_2024 PARTITION OF public.sales FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
