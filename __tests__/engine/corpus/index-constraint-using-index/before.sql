CREATE TABLE public.users (id int NOT NULL, email text, handle text);
CREATE UNIQUE INDEX users_email_uq ON public.users (email);
CREATE UNIQUE INDEX users_handle_key ON public.users (handle);
