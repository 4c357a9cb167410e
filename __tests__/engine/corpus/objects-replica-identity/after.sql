CREATE TABLE public.a (id int PRIMARY KEY, v text);
ALTER TABLE public.a REPLICA IDENTITY FULL;
CREATE TABLE public.b (id int NOT NULL, v text);
CREATE UNIQUE INDEX b_id_key ON public.b (id);
ALTER TABLE public.b REPLICA IDENTITY USING INDEX b_id_key;
CREATE TABLE public.c (id int NOT NULL);
CREATE TABLE public.d (id int NOT NULL, k int NOT NULL);
CREATE UNIQUE INDEX d_k_key ON public.d (k);
ALTER TABLE public.d REPLICA IDENTITY USING INDEX d_k_key;
