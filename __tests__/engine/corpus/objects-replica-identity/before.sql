CREATE TABLE public.a (id int PRIMARY KEY, v text);
CREATE TABLE public.b (id int NOT NULL, v text);
CREATE UNIQUE INDEX b_id_key ON public.b (id);
ALTER TABLE public.b REPLICA IDENTITY FULL;
CREATE TABLE public.c (id int NOT NULL);
ALTER TABLE public.c REPLICA IDENTITY NOTHING;
