CREATE COLLATION public.old_c (LC_COLLATE = 'C', LC_CTYPE = 'C');
CREATE TABLE public.names (id int PRIMARY KEY, a text, b text COLLATE "C");
