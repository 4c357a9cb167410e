CREATE TABLE public.sales (id int PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW public.sales_by_region AS SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region_idx ON public.sales_by_region (region);
CREATE INDEX sales_by_region_total_idx ON public.sales_by_region (total);
CREATE MATERIALIZED VIEW public.sales_count AS SELECT count(*) AS n FROM public.sales;
CREATE INDEX sales_count_n_idx ON public.sales_count (n);
