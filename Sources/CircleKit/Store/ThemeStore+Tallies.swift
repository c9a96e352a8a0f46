import GRDB

extension ThemeStore {
    /// Migration v6: counts already summed, so a report reads hundreds of rows, not every theme
    /// row of its quarters (issue 15: a region pools years of sessions).
    ///
    /// - `themeTally`: per month, arrival week, team (`''` for none) and theme, how many sessions
    ///   raised the theme (a count above 0), and how many of those raised it as a strength and as a
    ///   concern.
    /// - `setTally`: the same per set of themes counted together (`setMember`, the HSE Management
    ///   Standards when a report asks for them): a session counts once however many of a set's
    ///   themes it raised.
    ///
    /// Triggers keep both right whichever way rows arrive (`ThemeStore.add`, or SQL): a theme row
    /// added; a session's arrival week moved earlier by a later bundle (its rows move from one
    /// week's tally to another's); a session deleted (its tallies are taken off first, then its
    /// rows go with it). A session's month and team and a theme row's counts are never edited, and
    /// a theme row is deleted only with its session: the triggers refuse anything else, which would
    /// leave a tally wrong. Sums that fall to 0 stay as rows of 0, which a read leaves out.
    static func tallies(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE themeTally (
              month TEXT NOT NULL, received TEXT NOT NULL, team TEXT NOT NULL, theme INTEGER NOT NULL REFERENCES theme(key),
              sessions INTEGER NOT NULL, strengths INTEGER NOT NULL, concerns INTEGER NOT NULL,
              PRIMARY KEY (month, received, team, theme)) WITHOUT ROWID;
            INSERT INTO themeTally (month, received, team, theme, sessions, strengths, concerns)
              SELECT month, received, team, theme, COUNT(*), SUM(strengths > 0), SUM(concerns > 0)
              FROM sessionTheme WHERE count > 0 GROUP BY month, received, team, theme;
            CREATE TABLE setMember (name TEXT NOT NULL, theme TEXT NOT NULL, PRIMARY KEY (name, theme)) WITHOUT ROWID;
            CREATE TABLE setTally (
              month TEXT NOT NULL, received TEXT NOT NULL, team TEXT NOT NULL, name TEXT NOT NULL,
              sessions INTEGER NOT NULL, strengths INTEGER NOT NULL, concerns INTEGER NOT NULL,
              PRIMARY KEY (month, received, team, name)) WITHOUT ROWID;

            CREATE TRIGGER sessionTheme_added AFTER INSERT ON sessionTheme WHEN NEW.count > 0 BEGIN
              INSERT INTO themeTally VALUES (NEW.month, NEW.received, NEW.team, NEW.theme, 1, NEW.strengths > 0, NEW.concerns > 0)
                ON CONFLICT DO UPDATE SET sessions = sessions + 1, strengths = strengths + excluded.strengths, concerns = concerns + excluded.concerns;
              INSERT INTO setTally
                SELECT NEW.month, NEW.received, NEW.team, m.name,
                  NOT EXISTS (SELECT 1 FROM sessionTheme o JOIN theme oth ON oth.key = o.theme JOIN setMember om ON om.theme = oth.id
                              WHERE o.session = NEW.session AND o.theme <> NEW.theme AND om.name = m.name AND o.count > 0),
                  NEW.strengths > 0 AND NOT EXISTS (
                              SELECT 1 FROM sessionTheme o JOIN theme oth ON oth.key = o.theme JOIN setMember om ON om.theme = oth.id
                              WHERE o.session = NEW.session AND o.theme <> NEW.theme AND om.name = m.name AND o.count > 0 AND o.strengths > 0),
                  NEW.concerns > 0 AND NOT EXISTS (
                              SELECT 1 FROM sessionTheme o JOIN theme oth ON oth.key = o.theme JOIN setMember om ON om.theme = oth.id
                              WHERE o.session = NEW.session AND o.theme <> NEW.theme AND om.name = m.name AND o.count > 0 AND o.concerns > 0)
                FROM setMember m JOIN theme th ON th.id = m.theme WHERE th.key = NEW.theme
                ON CONFLICT DO UPDATE SET sessions = sessions + excluded.sessions, strengths = strengths + excluded.strengths,
                  concerns = concerns + excluded.concerns;
            END;

            CREATE TRIGGER sessionTheme_moved AFTER UPDATE OF received ON sessionTheme WHEN NEW.count > 0 AND NEW.received <> OLD.received BEGIN
              UPDATE themeTally SET sessions = sessions - 1, strengths = strengths - (OLD.strengths > 0), concerns = concerns - (OLD.concerns > 0)
                WHERE (month, received, team, theme) = (OLD.month, OLD.received, OLD.team, OLD.theme);
              INSERT INTO themeTally VALUES (NEW.month, NEW.received, NEW.team, NEW.theme, 1, NEW.strengths > 0, NEW.concerns > 0)
                ON CONFLICT DO UPDATE SET sessions = sessions + 1, strengths = strengths + excluded.strengths, concerns = concerns + excluded.concerns;
            END;

            CREATE TRIGGER session_moved AFTER UPDATE OF received ON session WHEN NEW.received <> OLD.received BEGIN
              INSERT INTO setTally
                SELECT NEW.month, week, coalesce(NEW.team, ''), name, sign * raised, sign * strengths, sign * concerns
                FROM (SELECT OLD.received AS week, -1 AS sign UNION ALL SELECT NEW.received, 1)
                CROSS JOIN (SELECT m.name AS name, MAX(o.count > 0) AS raised, MAX(o.count > 0 AND o.strengths > 0) AS strengths,
                              MAX(o.count > 0 AND o.concerns > 0) AS concerns
                            FROM sessionTheme o JOIN theme th ON th.key = o.theme JOIN setMember m ON m.theme = th.id
                            WHERE o.session = NEW.key GROUP BY m.name)
                WHERE raised > 0
                ON CONFLICT DO UPDATE SET sessions = sessions + excluded.sessions, strengths = strengths + excluded.strengths,
                  concerns = concerns + excluded.concerns;
            END;

            CREATE TRIGGER session_deleted BEFORE DELETE ON session BEGIN
              UPDATE themeTally SET sessions = themeTally.sessions - 1, strengths = themeTally.strengths - (o.strengths > 0),
                  concerns = themeTally.concerns - (o.concerns > 0)
                FROM sessionTheme o
                WHERE o.session = OLD.key AND o.count > 0
                  AND (themeTally.month, themeTally.received, themeTally.team, themeTally.theme) = (o.month, o.received, o.team, o.theme);
              UPDATE setTally SET sessions = setTally.sessions - 1, strengths = setTally.strengths - raised.strengths,
                  concerns = setTally.concerns - raised.concerns
                FROM (SELECT m.name AS name, MAX(o.count > 0 AND o.strengths > 0) AS strengths, MAX(o.count > 0 AND o.concerns > 0) AS concerns
                      FROM sessionTheme o JOIN theme th ON th.key = o.theme JOIN setMember m ON m.theme = th.id
                      WHERE o.session = OLD.key AND o.count > 0 GROUP BY m.name) AS raised
                WHERE (setTally.month, setTally.received, setTally.team, setTally.name) = (OLD.month, OLD.received, coalesce(OLD.team, ''), raised.name);
            END;

            CREATE TRIGGER session_fixed BEFORE UPDATE OF month, team ON session BEGIN
              SELECT RAISE(ABORT, 'a session''s month and team are never changed: the theme tallies count them');
            END;
            CREATE TRIGGER sessionTheme_fixed BEFORE UPDATE OF session, theme, count, strengths, concerns, month, team ON sessionTheme BEGIN
              SELECT RAISE(ABORT, 'a session''s theme counts are never changed: the theme tallies count them');
            END;
            CREATE TRIGGER sessionTheme_kept BEFORE DELETE ON sessionTheme WHEN EXISTS (SELECT 1 FROM session WHERE key = OLD.session) BEGIN
              SELECT RAISE(ABORT, 'a session''s theme counts are deleted only with the session: the theme tallies count them');
            END;
            """)
    }

    /// Makes `setMember` hold exactly `sets`, rebuilding `setTally` from the theme rows when it
    /// did not (once, when a report first asks for these sets: after that the triggers keep it).
    static func useSets(_ sets: [String: [String]], in pool: DatabasePool) throws {
        let wanted = Set(sets.flatMap { name, themes in themes.map { [name, $0] } })
        let kept = try pool.read { db in Set(try Row.fetchAll(db, sql: "SELECT name, theme FROM setMember").map { [$0["name"] as String, $0["theme"] as String] }) }
        guard kept != wanted else { return }
        try pool.write { db in
            try db.execute(sql: "DELETE FROM setMember; DELETE FROM setTally")
            for member in wanted { try db.execute(sql: "INSERT INTO setMember (name, theme) VALUES (?, ?)", arguments: [member[0], member[1]]) }
            try db.execute(sql: """
                INSERT INTO setTally (month, received, team, name, sessions, strengths, concerns)
                  SELECT month, received, team, name, COUNT(*), SUM(strengths), SUM(concerns)
                  FROM (SELECT o.month, o.received, o.team, m.name, o.session, MAX(o.strengths > 0) AS strengths, MAX(o.concerns > 0) AS concerns
                        FROM sessionTheme o JOIN theme th ON th.key = o.theme JOIN setMember m ON m.theme = th.id
                        WHERE o.count > 0 GROUP BY o.month, o.received, o.team, m.name, o.session)
                  GROUP BY month, received, team, name
                """)
        }
    }
}
