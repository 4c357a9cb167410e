CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2023 PARTITION OF public.events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_old PARTITION OF public.events FOR VALUES FROM ('2000-01-01') TO ('2023-01-01');
CREATE TABLE public.events_2025 (id bigint NOT NULL, at date NOT NULL, payload text);
CREATE INDEX events_at_idx ON public.events (at);
CREATE TABLE public.regions (code text NOT NULL, name text) PARTITION BY LIST (code);
CREATE TABLE public.regions_eu PARTITION OF public.regions FOR VALUES IN ('de', 'fr');
