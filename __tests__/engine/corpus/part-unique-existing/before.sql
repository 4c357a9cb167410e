CREATE TABLE public.u (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.u_1 PARTITION OF public.u FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.u_2 PARTITION OF public.u FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE UNIQUE INDEX u_1_id_at_key ON public.u_1 (id, at);
CREATE UNIQUE INDEX u_2_id_at_key ON public.u_2 (id, at);
