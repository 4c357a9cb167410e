CREATE TABLE public.m (id int NOT NULL, at date NOT NULL, v text) PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.m_2025 PARTITION OF public.m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX m_at_idx ON public.m (at);
CREATE INDEX m_2024_v_local ON public.m_2024 (v);
