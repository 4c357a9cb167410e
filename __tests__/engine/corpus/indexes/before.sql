CREATE TABLE public.docs (id int PRIMARY KEY, title text, body text, lang text, score int, tags text[]);
CREATE INDEX docs_title_idx ON public.docs (title);
CREATE INDEX docs_lang_idx ON public.docs (lang);
CREATE INDEX docs_old_idx ON public.docs (score);
