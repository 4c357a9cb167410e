CREATE TABLE public.items (id int PRIMARY KEY, name text, price bigint);
CREATE VIEW public.items_v AS SELECT id, name, price FROM public.items;
CREATE FUNCTION public.items_v_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.items (id, name, price) VALUES (NEW.id, NEW.name, NEW.price); RETURN NEW; END $$;
CREATE TRIGGER items_v_ins INSTEAD OF INSERT ON public.items_v FOR EACH ROW EXECUTE FUNCTION public.items_v_ins();
CREATE TRIGGER items_v_upd INSTEAD OF UPDATE ON public.items_v FOR EACH ROW EXECUTE FUNCTION public.items_v_ins();
