CREATE TABLE public.notes (id int PRIMARY KEY, owner_name text, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.notes FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON public.notes FOR SELECT TO sg_corpus_reader_{run}, sg_corpus_writer_{run} USING (owner_name = current_user OR owner_name IS NULL);
CREATE POLICY ins ON public.notes FOR INSERT TO sg_corpus_writer_{run} WITH CHECK (length(body) < 100);
CREATE POLICY restrict_me ON public.notes AS PERMISSIVE FOR ALL USING (true);
CREATE TABLE public.open (id int);
ALTER TABLE public.open ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON public.open USING (id > 0);
