CREATE TABLE public.notes (id int PRIMARY KEY, owner_name text, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON public.notes FOR SELECT TO sg_corpus_reader_{run} USING (owner_name = current_user);
CREATE POLICY old_one ON public.notes FOR DELETE USING (false);
CREATE POLICY restrict_me ON public.notes AS RESTRICTIVE FOR ALL USING (true);
