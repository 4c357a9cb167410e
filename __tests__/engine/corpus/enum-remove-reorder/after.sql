CREATE TYPE public.status AS ENUM ('closed', 'new', 'open');
CREATE TABLE public.ticket (
  id int PRIMARY KEY,
  status public.status NOT NULL DEFAULT 'new',
  history public.status[]
);
CREATE INDEX ticket_status_idx ON public.ticket (status);
CREATE VIEW public.open_tickets AS SELECT id, status FROM public.ticket WHERE status = 'open';
