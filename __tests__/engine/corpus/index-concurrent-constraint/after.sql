CREATE TABLE public.orders (id int NOT NULL, ref text NOT NULL, note text, CONSTRAINT orders_pkey PRIMARY KEY (id), CONSTRAINT orders_ref_key UNIQUE (ref));
CREATE INDEX orders_note_idx ON public.orders (note);
