CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'it''s fine', 'happy', 'back\slash', 'ecstatic');
CREATE TABLE public.person (id int PRIMARY KEY, mood public.mood DEFAULT 'ok');
CREATE TYPE public.fresh AS ENUM ('a''b', 'c');
