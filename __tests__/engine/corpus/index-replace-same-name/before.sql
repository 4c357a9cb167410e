CREATE TABLE public.events (id int PRIMARY KEY, kind text, at timestamptz);
CREATE INDEX events_lookup ON public.events (kind);
CREATE INDEX events_at ON public.events (at);
