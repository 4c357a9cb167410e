CREATE TABLE public.log (id int, msg text);
CREATE TABLE public.t (id int PRIMARY KEY, v text);
CREATE TABLE public.audit (id int);
CREATE RULE t_log AS ON INSERT TO public.t DO ALSO INSERT INTO public.log VALUES (NEW.id, 'insert ' || NEW.v);
CREATE RULE t_audit AS ON UPDATE TO public.t DO ALSO INSERT INTO public.audit VALUES (NEW.id);
