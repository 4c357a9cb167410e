CREATE TABLE public.docs (id int PRIMARY KEY, owner int NOT NULL, price int NOT NULL, gross int GENERATED ALWAYS AS (price * 2) STORED);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON public.docs USING (owner = current_setting('app.uid')::int);
CREATE VIEW public.doc_owners AS SELECT id, owner FROM public.docs;
