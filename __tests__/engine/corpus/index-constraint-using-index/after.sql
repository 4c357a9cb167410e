CREATE TABLE public.users (id int NOT NULL, email text, handle text);
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE public.users ADD CONSTRAINT users_handle_key UNIQUE (handle);
