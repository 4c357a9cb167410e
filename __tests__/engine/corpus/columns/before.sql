CREATE TABLE public.items (
  id integer PRIMARY KEY,
  code varchar(10) NOT NULL,
  qty text,
  price numeric(8,2) DEFAULT 0,
  note text,
  legacy boolean,
  label text COLLATE "C"
);
