CREATE TABLE public.slots (id int NOT NULL, pos int NOT NULL, code text, CONSTRAINT slots_pos_key UNIQUE (pos) DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX slots_code_idx ON public.slots (code);
