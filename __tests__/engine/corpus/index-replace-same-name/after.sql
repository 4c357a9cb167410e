CREATE TABLE public.events (id int PRIMARY KEY, kind text, at timestamptz);
CREATE INDEX events_lookup ON public.events (kind, at);
CREATE INDEX events_at ON public.events (at DESC) WHERE kind IS NOT NULL;
