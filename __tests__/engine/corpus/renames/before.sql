CREATE TABLE public.users (id int PRIMARY KEY, mail text NOT NULL, name text);
CREATE INDEX users_mail_idx ON public.users (mail);
CREATE TABLE public.posts (id int PRIMARY KEY, user_id int REFERENCES public.users (id), title text);
