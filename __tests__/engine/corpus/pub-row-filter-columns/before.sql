CREATE TABLE public.users (id int PRIMARY KEY, name text, email text, legacy text);
CREATE TABLE public.events (id int PRIMARY KEY, kind text, payload text);
CREATE PUBLICATION users_feed FOR TABLE public.users (id, name, legacy) WHERE (id > 10), public.events WHERE (kind = 'audit');
