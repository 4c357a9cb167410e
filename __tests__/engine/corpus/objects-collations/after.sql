CREATE COLLATION public.posix_c (LC_COLLATE = 'POSIX', LC_CTYPE = 'POSIX');
CREATE TABLE public.names (id int PRIMARY KEY, a text COLLATE public.posix_c, b text, c text COLLATE public.posix_c);
