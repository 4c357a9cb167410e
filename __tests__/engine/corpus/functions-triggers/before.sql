CREATE TABLE public.t (id int PRIMARY KEY, updated_at timestamptz, n int);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE FUNCTION public.add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE FUNCTION public.gone() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION public.shape(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
CREATE TRIGGER t_old AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch();
