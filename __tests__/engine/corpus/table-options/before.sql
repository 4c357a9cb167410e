CREATE TABLE public.base (id int, created timestamptz);
CREATE TABLE public.logs (id int, msg text) WITH (fillfactor = 70);
CREATE TABLE public.scratch (id int);
CREATE TABLE public.wide (id int PRIMARY KEY, a text, b text, gone int);
CREATE VIEW public.wide_v WITH (security_barrier = true) AS SELECT id, a, gone FROM public.wide;
CREATE VIEW public.checked AS SELECT id, a FROM public.wide WHERE a IS NOT NULL;
CREATE TABLE public.target (id int PRIMARY KEY);
CREATE TABLE public.ref (id int, target_id int REFERENCES public.target (id));
CREATE MATERIALIZED VIEW public.mv AS SELECT id FROM public.wide WITH NO DATA;
