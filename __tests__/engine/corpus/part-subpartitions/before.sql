CREATE TABLE public.s (id int NOT NULL, region text NOT NULL, at date NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.s_eu PARTITION OF public.s FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.s_eu_2024 PARTITION OF public.s_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
