CREATE TABLE public.d (id int NOT NULL, k int NOT NULL, PRIMARY KEY (id, k)) PARTITION BY RANGE (k);
CREATE TABLE public.d_1 PARTITION OF public.d FOR VALUES FROM (0) TO (10);
CREATE TABLE public.d_2 (id int NOT NULL, k int NOT NULL, PRIMARY KEY (id, k));
CREATE INDEX d_2_k_idx ON public.d_2 (k);
CREATE TABLE public.d_3 PARTITION OF public.d FOR VALUES FROM (20) TO (30);
CREATE TABLE public.d_default PARTITION OF public.d DEFAULT;
CREATE INDEX d_k_idx ON public.d (k);
