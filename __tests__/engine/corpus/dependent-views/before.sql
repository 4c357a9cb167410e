CREATE TABLE public.orders (id int PRIMARY KEY, amount integer, customer text, note text);
CREATE VIEW public.big_orders AS SELECT id, amount, customer FROM public.orders WHERE amount > 100;
CREATE VIEW public.big_customers AS SELECT DISTINCT customer FROM public.big_orders;
CREATE VIEW public.order_notes AS SELECT id, note FROM public.orders;
CREATE VIEW public.stable AS SELECT id FROM public.orders;
CREATE MATERIALIZED VIEW public.totals AS SELECT customer, sum(amount) AS total FROM public.orders GROUP BY customer;
CREATE UNIQUE INDEX totals_customer_idx ON public.totals (customer);
