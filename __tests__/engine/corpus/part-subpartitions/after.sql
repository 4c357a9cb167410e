CREATE TABLE public.s (id int NOT NULL, region text NOT NULL, at date NOT NULL, PRIMARY KEY (id, region, at)) PARTITION BY LIST (region);
CREATE TABLE public.s_eu PARTITION OF public.s FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.s_eu_2024 PARTITION OF public.s_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.s_eu_2025 PARTITION OF public.s_eu FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.s_us PARTITION OF public.s FOR VALUES IN ('us') PARTITION BY RANGE (at);
CREATE TABLE public.s_us_2024 PARTITION OF public.s_us FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX s_at_idx ON public.s (at);
CREATE INDEX s_eu_2025_extra ON public.s_eu_2025 (id);
