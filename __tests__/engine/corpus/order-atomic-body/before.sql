CREATE TABLE public.base (id int PRIMARY KEY);
