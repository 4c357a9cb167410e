CREATE TABLE public.a (id int PRIMARY KEY);
CREATE TABLE public.b (id int PRIMARY KEY, note text);
CREATE TABLE public.gone (id int PRIMARY KEY);
CREATE PUBLICATION feed FOR TABLE public.a, public.b, public.gone;
