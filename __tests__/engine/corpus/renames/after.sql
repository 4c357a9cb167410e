-- schemagate:rename public.users accounts
CREATE TABLE public.accounts (id int PRIMARY KEY, email text NOT NULL, name text);
-- schemagate:rename public.accounts.mail email
CREATE INDEX users_mail_idx ON public.accounts (email);
CREATE TABLE public.posts (id int PRIMARY KEY, user_id int CONSTRAINT posts_user_id_fkey REFERENCES public.accounts (id), title text);
