CREATE TABLE public.docs (id int PRIMARY KEY, owner bigint NOT NULL, price numeric NOT NULL, gross numeric GENERATED ALWAYS AS (price * 2) STORED);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON public.docs USING (owner = current_setting('app.uid')::bigint);
CREATE VIEW public.doc_owners AS SELECT id, owner FROM public.docs;
