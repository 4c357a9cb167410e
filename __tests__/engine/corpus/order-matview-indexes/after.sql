CREATE TABLE public.sales (id int PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW public.sales_count AS SELECT count(*) AS n, sum(amount) AS total FROM public.sales;
CREATE INDEX sales_count_n_idx ON public.sales_count (n);
