CREATE TABLE public.words (id int PRIMARY KEY, w text);
