CREATE TABLE public.users (id int PRIMARY KEY, name text, email text);
CREATE TABLE public.events (id int PRIMARY KEY, kind text, payload text);
CREATE PUBLICATION users_feed FOR TABLE public.users (id, name, email) WHERE (id > 100), public.events (id, kind) WHERE (kind = 'audit');
