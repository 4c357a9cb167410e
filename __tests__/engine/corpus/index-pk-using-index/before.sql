CREATE TABLE public.accounts (id bigint NOT NULL, name text);
CREATE UNIQUE INDEX accounts_pkey ON public.accounts (id);
CREATE TABLE public.tags (a int NOT NULL, b int NOT NULL);
CREATE UNIQUE INDEX tags_ab ON public.tags (a, b);
