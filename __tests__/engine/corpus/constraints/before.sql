CREATE TABLE public.parent (id int PRIMARY KEY, code text);
CREATE TABLE public.child (
  id int PRIMARY KEY,
  parent_id int CONSTRAINT child_parent_fk REFERENCES public.parent (id),
  qty int CONSTRAINT qty_positive CHECK (qty > 0),
  during tstzrange
);
CREATE TABLE public.other (id int, pid int);
