-- A new table: statements on it are exempt from the lock rules.
CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL,
  happened_at timestamptz NOT NULL DEFAULT now(),
  payload jsonb
);

CREATE INDEX audit_events_user_id_idx ON audit_events (user_id);

ALTER TABLE audit_events ADD CONSTRAINT audit_events_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
