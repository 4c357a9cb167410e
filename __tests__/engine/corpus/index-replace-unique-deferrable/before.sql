CREATE TABLE public.slots (id int NOT NULL, pos int NOT NULL, code text);
CREATE UNIQUE INDEX slots_pos_key ON public.slots (pos);
CREATE INDEX slots_code_idx ON public.slots (code);
