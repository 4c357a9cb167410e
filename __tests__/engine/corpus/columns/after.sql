CREATE TABLE public.items (
  id bigint PRIMARY KEY,
  code varchar(20),
  qty integer NOT NULL DEFAULT 1,
  price numeric(12,2) DEFAULT 1.5,
  note text NOT NULL DEFAULT '',
  label text COLLATE "POSIX",
  created_at timestamptz NOT NULL DEFAULT now(),
  tags text[] DEFAULT '{}'::text[]
);
