CREATE TABLE public.acct (id int PRIMARY KEY, secret text, email text);
COMMENT ON TABLE public.acct IS 'old';
COMMENT ON COLUMN public.acct.secret IS 'drop me';
GRANT SELECT, INSERT ON public.acct TO sg_corpus_writer_{run};
GRANT SELECT (email) ON public.acct TO sg_corpus_reader_{run};
CREATE SEQUENCE public.s;
CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE VIEW public.v AS SELECT id FROM public.acct;
