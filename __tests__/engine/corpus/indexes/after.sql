CREATE TABLE public.docs (id int PRIMARY KEY, title text, body text, lang text, score int, tags text[]);
CREATE INDEX docs_title_idx ON public.docs (lower(title));
CREATE INDEX docs_lang_idx ON public.docs (lang) WHERE lang IS NOT NULL;
CREATE UNIQUE INDEX docs_title_lang_idx ON public.docs (title, lang) INCLUDE (score);
CREATE INDEX docs_score_idx ON public.docs (score DESC NULLS LAST, id);
CREATE INDEX docs_tags_idx ON public.docs USING gin (tags);
CREATE INDEX docs_body_pattern_idx ON public.docs (body text_pattern_ops);
CREATE INDEX docs_title_c_idx ON public.docs (title COLLATE "C");
