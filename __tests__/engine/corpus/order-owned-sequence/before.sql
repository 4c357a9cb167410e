CREATE TABLE public.legacy (id int NOT NULL, note text);
CREATE SEQUENCE public.ticket_seq OWNED BY public.legacy.id;
CREATE TABLE public.keep (id int PRIMARY KEY);
CREATE SEQUENCE public.keep_seq;
