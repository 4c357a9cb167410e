CREATE TABLE public.b (id int PRIMARY KEY, note text);
CREATE TABLE public.c (id int PRIMARY KEY);
CREATE TABLE public.a (id int PRIMARY KEY);
CREATE PUBLICATION feed FOR TABLE public.b, public.c;
COMMENT ON PUBLICATION feed IS 'b and c';
