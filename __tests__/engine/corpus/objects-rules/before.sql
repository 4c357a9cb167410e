CREATE TABLE public.log (id int, msg text);
CREATE TABLE public.t (id int PRIMARY KEY, v text);
CREATE RULE t_log AS ON INSERT TO public.t DO ALSO INSERT INTO public.log VALUES (NEW.id, 'insert');
CREATE RULE t_nodelete AS ON DELETE TO public.t DO INSTEAD NOTHING;
