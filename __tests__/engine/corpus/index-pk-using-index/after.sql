CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text);
CREATE TABLE public.tags (a int NOT NULL, b int NOT NULL, CONSTRAINT tags_pkey PRIMARY KEY (a, b));
