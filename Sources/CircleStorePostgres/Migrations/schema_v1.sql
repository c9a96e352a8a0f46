-- Circle's theme store on PostgreSQL, schema version 1: the same logical schema as the SQLite
-- store (ThemeStore), plus the organisation's service areas. Run by `circle store migrate` only,
-- in one transaction; never edited once shipped (a change is a new version).

-- Which versions have been applied (the newest is the schema's version).
CREATE TABLE circle_schema (
  version integer PRIMARY KEY,
  description text NOT NULL,
  applied timestamptz NOT NULL DEFAULT now()
);

-- Service areas and the teams that belong to them (from the organisation file:
-- `circle store teams --organisation FILE`). A session's team must have a service area here.
CREATE TABLE service (
  name text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 200)
);
CREATE TABLE team (
  code text PRIMARY KEY
    CHECK (length(code) BETWEEN 1 AND 24 AND code ~ '^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$'),
  service text NOT NULL REFERENCES service (name) ON UPDATE CASCADE,
  UNIQUE (code, service)
);

-- Theme ids (ThemeID's rule), with integer keys.
CREATE TABLE theme (
  key integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE CHECK (length(id) BETWEEN 1 AND 40 AND id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$')
);

-- One row per session: what leaves the room, and the service area its team belongs to (none
-- when the session has no team code). `received` is the ISO week of the earliest bundle that
-- brought it; a quarter's reports count it only if that is by the quarter's cut-off.
CREATE TABLE session (
  key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  format text NOT NULL CHECK (length(format) BETWEEN 1 AND 40 AND format ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
  format_version integer NOT NULL,
  week text NOT NULL CHECK (week ~ '^[0-9]{4}-W[0-9]{2}$'),
  month text NOT NULL,
  team text,
  service text,
  participants integer NOT NULL,
  phases_completed integer NOT NULL,
  received text NOT NULL CHECK (received ~ '^[0-9]{4}-W[0-9]{2}$'),
  CHECK ((team IS NULL) = (service IS NULL)),
  FOREIGN KEY (team, service) REFERENCES team (code, service) ON UPDATE CASCADE
);
CREATE INDEX session_week ON session (week);
CREATE INDEX session_counting ON session (month, received, team);

-- Each session's count of a theme, with how often it was raised as a strength and as a concern.
-- Like SQLite's, it also holds the session's month, team ('' for none), service and arrival
-- week, ordered so that a quarter's counts per team and theme are ranges of its primary key.
CREATE TABLE session_theme (
  session bigint NOT NULL REFERENCES session (key) ON DELETE CASCADE,
  theme integer NOT NULL REFERENCES theme (key),
  count integer NOT NULL CHECK (count >= 0),
  strengths integer NOT NULL DEFAULT 0 CHECK (strengths >= 0),
  concerns integer NOT NULL DEFAULT 0 CHECK (concerns >= 0),
  month text NOT NULL,
  team text NOT NULL,
  service text,
  received text NOT NULL,
  PRIMARY KEY (month, team, theme, session)
);
CREATE INDEX session_theme_session ON session_theme (session);

-- Learning points and feedback for leaders, filed under a theme or none.
CREATE TABLE item (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session bigint NOT NULL REFERENCES session (key) ON DELETE CASCADE,
  kind text NOT NULL,
  theme integer REFERENCES theme (key),
  text text NOT NULL,
  service text
);
CREATE INDEX item_session ON item (session);

-- "You said, we did": senior leaders' responses, against a theme and the quarter of the report
-- they answer; `service` is the service area of the middle leader who recorded it (none: the
-- directorate's, for every service).
CREATE TABLE leaders_response (
  id text PRIMARY KEY,
  theme text NOT NULL CHECK (length(theme) BETWEEN 1 AND 40 AND theme ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
  quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
  text text NOT NULL,
  recorded text NOT NULL,
  service text REFERENCES service (name) ON UPDATE CASCADE
);
CREATE INDEX leaders_response_quarter ON leaders_response (quarter);
