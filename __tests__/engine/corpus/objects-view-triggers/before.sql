CREATE TABLE public.items (id int PRIMARY KEY, name text, price int);
CREATE VIEW public.items_v AS SELECT id, name FROM public.items;
CREATE FUNCTION public.items_v_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.items (id, name) VALUES (NEW.id, NEW.name); RETURN NEW; END $$;
CREATE TRIGGER items_v_ins INSTEAD OF INSERT ON public.items_v FOR EACH ROW EXECUTE FUNCTION public.items_v_ins();
CREATE VIEW public.old_v AS SELECT id FROM public.items;
CREATE TRIGGER old_v_ins INSTEAD OF INSERT ON public.old_v FOR EACH ROW EXECUTE FUNCTION public.items_v_ins();
