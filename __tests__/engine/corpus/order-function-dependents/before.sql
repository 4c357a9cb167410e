CREATE FUNCTION public.score(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
CREATE TABLE public.items (id int PRIMARY KEY, v int NOT NULL DEFAULT 1, CONSTRAINT v_score CHECK (public.score(v) < 1000));
CREATE VIEW public.scored AS SELECT id, public.score(v) AS s FROM public.items;
CREATE INDEX items_score_idx ON public.items (public.score(v));
