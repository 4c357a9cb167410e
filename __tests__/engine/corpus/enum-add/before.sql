CREATE TYPE public.mood AS ENUM ('ok', 'happy');
CREATE TABLE public.person (id int PRIMARY KEY, mood public.mood DEFAULT 'ok');
