CREATE TABLE public.people (id int PRIMARY KEY, name text);
CREATE PUBLICATION feed FOR TABLE public.people (id, name);
