CREATE SEQUENCE public.ticket_seq;
CREATE TABLE public.keep (id int PRIMARY KEY, ticket int DEFAULT nextval('public.ticket_seq'));
CREATE SEQUENCE public.keep_seq OWNED BY public.keep.id;
