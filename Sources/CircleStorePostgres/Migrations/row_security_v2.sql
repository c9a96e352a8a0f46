-- Circle's theme store on PostgreSQL, schema version 2: each middle leader sees only their
-- service area's rows. Which database roles read which service is kept in `access` (filled by
-- `circle store grant`, i.e. circle_grant below); a role listed with no service is the
-- directorate's and reads every row. Membership counts: granting a listed role to a login role
-- gives that login its access.

CREATE TABLE access (
  role name PRIMARY KEY,
  service text REFERENCES service (name) ON UPDATE CASCADE ON DELETE CASCADE
);

-- Whether the current user is, or is a member of, a role listed for every service.
CREATE FUNCTION circle_sees_all() RETURNS boolean LANGUAGE sql STABLE AS $body$
  SELECT EXISTS (
    SELECT 1 FROM access a JOIN pg_roles r ON r.rolname = a.role
    WHERE a.service IS NULL AND pg_has_role(r.oid, 'MEMBER'))
$body$;

-- The service areas the current user's roles are listed for.
CREATE FUNCTION circle_services() RETURNS text[] LANGUAGE sql STABLE AS $body$
  SELECT coalesce(array_agg(DISTINCT a.service), '{}')
  FROM access a JOIN pg_roles r ON r.rolname = a.role
  WHERE a.service IS NOT NULL AND pg_has_role(r.oid, 'MEMBER')
$body$;

-- The one service area the current user's roles are listed for, else NULL (a response recorded
-- by a service's middle leader is that service's).
CREATE FUNCTION circle_own_service() RETURNS text LANGUAGE sql STABLE AS $body$
  SELECT CASE WHEN cardinality(s) = 1 THEN s[1] END FROM circle_services() s
$body$;

ALTER TABLE leaders_response ALTER COLUMN service SET DEFAULT circle_own_service();

-- The policies: a row is visible, and may be written, when the role reads every service or the
-- row's service is one of the role's. Each function is a sub-select, so it runs once per query,
-- not once per row. FORCE: the tables' owner is held to them too (give it BYPASSRLS to back up).
ALTER TABLE session ENABLE ROW LEVEL SECURITY;
ALTER TABLE session FORCE ROW LEVEL SECURITY;
CREATE POLICY service_rows ON session
  USING ((SELECT circle_sees_all()) OR service = ANY ((SELECT circle_services())::text[]))
  WITH CHECK ((SELECT circle_sees_all()) OR service = ANY ((SELECT circle_services())::text[]));

ALTER TABLE session_theme ENABLE ROW LEVEL SECURITY;
ALTER TABLE session_theme FORCE ROW LEVEL SECURITY;
CREATE POLICY service_rows ON session_theme
  USING ((SELECT circle_sees_all()) OR service = ANY ((SELECT circle_services())::text[]))
  WITH CHECK ((SELECT circle_sees_all()) OR service = ANY ((SELECT circle_services())::text[]));

ALTER TABLE item ENABLE ROW LEVEL SECURITY;
ALTER TABLE item FORCE ROW LEVEL SECURITY;
CREATE POLICY service_rows ON item
  USING ((SELECT circle_sees_all()) OR service = ANY ((SELECT circle_services())::text[]))
  WITH CHECK ((SELECT circle_sees_all()) OR service = ANY ((SELECT circle_services())::text[]));

-- Responses: a service's middle leader reads the directorate's and their own service's, and
-- records only their own service's.
ALTER TABLE leaders_response ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaders_response FORCE ROW LEVEL SECURITY;
CREATE POLICY service_rows ON leaders_response
  USING ((SELECT circle_sees_all()) OR service IS NULL OR service = ANY ((SELECT circle_services())::text[]))
  WITH CHECK ((SELECT circle_sees_all()) OR service = ANY ((SELECT circle_services())::text[]));

-- Lets `role` (an existing role) read and import `service`'s rows, or every service's when
-- `service` is NULL: the privileges Circle needs, and its line in `access`. Run by the tables'
-- owner (or a superuser): `SELECT circle_grant('ml_early_help', 'Early Help');`.
CREATE FUNCTION circle_grant(role name, service text) RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
  IF service IS NOT NULL AND NOT EXISTS (SELECT 1 FROM service s WHERE s.name = circle_grant.service) THEN
    RAISE EXCEPTION 'no service area named "%": load the organisation''s teams first (circle store teams)', service
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), role);
  EXECUTE format('GRANT SELECT, INSERT ON session, session_theme, item, leaders_response TO %I', role);
  -- A session brought again by an earlier bundle keeps the earlier arrival week: nothing else changes.
  EXECUTE format('GRANT UPDATE (received) ON session, session_theme TO %I', role);
  EXECUTE format('GRANT SELECT, INSERT ON theme TO %I', role);
  EXECUTE format('GRANT SELECT ON circle_schema, service, team, access TO %I', role);
  INSERT INTO access (role, service) VALUES (circle_grant.role, circle_grant.service)
    ON CONFLICT ON CONSTRAINT access_pkey DO UPDATE SET service = EXCLUDED.service;
END
$body$;
REVOKE EXECUTE ON FUNCTION circle_grant(name, text) FROM PUBLIC;
