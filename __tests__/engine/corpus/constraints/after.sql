CREATE TABLE public.parent (id int, code text NOT NULL, CONSTRAINT parent_pkey PRIMARY KEY (id, code), CONSTRAINT parent_id_key UNIQUE (id));
CREATE TABLE public.child (
  id int PRIMARY KEY,
  parent_id int CONSTRAINT child_parent_fk REFERENCES public.parent (id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
  qty int CONSTRAINT qty_positive CHECK (qty >= 0),
  during tstzrange,
  CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&),
  CONSTRAINT qty_small CHECK (qty < 1000000)
);
CREATE TABLE public.other (id int, pid int);
ALTER TABLE public.other ADD CONSTRAINT other_pid_fk FOREIGN KEY (pid) REFERENCES public.parent (id) MATCH FULL NOT VALID;
ALTER TABLE public.other ADD CONSTRAINT other_id_check CHECK (id > 0) NOT VALID;
