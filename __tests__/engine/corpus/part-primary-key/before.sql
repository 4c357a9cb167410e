CREATE TABLE public.p (id int, region text NOT NULL, v int) PARTITION BY LIST (region);
CREATE TABLE public.p_eu PARTITION OF public.p FOR VALUES IN ('eu');
CREATE TABLE public.p_us PARTITION OF public.p FOR VALUES IN ('us');
