import GRDB

extension ThemeStore {
    /// Migration v4. A tag can carry a direction (`#peer-support+`, `#workload-`), so each session's
    /// count of a theme gains how often it was raised as a strength and as a concern (0 in sessions
    /// kept before: unstated). And the tables are reshaped for compiling years of sessions: sessions
    /// and themes get integer keys; a session's theme counts are a `WITHOUT ROWID` table that also
    /// holds the session's month, team (`''` for none: a primary key has no NULLs) and arrival week,
    /// ordered by (month, team, theme, session), so a month's counts per team and theme are one
    /// contiguous range of it, already in order, and never touch the session table; and an index on
    /// session (month, received, team) covers the sessions per team. A report reads only its
    /// quarters' rows, however many quarters the store holds.
    static func integerKeys(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE theme (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE CHECK (\(kebab("id"))));
            INSERT INTO theme (id) SELECT theme FROM sessionTheme UNION SELECT theme FROM item WHERE theme IS NOT NULL ORDER BY 1;
            CREATE TABLE newSession (
              key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, format TEXT NOT NULL CHECK (\(kebab("format"))),
              formatVersion INTEGER NOT NULL, week TEXT NOT NULL, month TEXT NOT NULL, team TEXT CHECK (team IS NULL OR (\(teamCheck))),
              participants INTEGER NOT NULL, phasesCompleted INTEGER NOT NULL, received TEXT NOT NULL);
            INSERT INTO newSession (id, format, formatVersion, week, month, team, participants, phasesCompleted, received)
              SELECT id, format, formatVersion, week, month, team, participants, phasesCompleted, received FROM session ORDER BY week, id;
            CREATE TABLE newSessionTheme (
              session INTEGER NOT NULL REFERENCES session(key) ON DELETE CASCADE, theme INTEGER NOT NULL REFERENCES theme(key),
              count INTEGER NOT NULL CHECK (count >= 0), strengths INTEGER NOT NULL DEFAULT 0 CHECK (strengths >= 0),
              concerns INTEGER NOT NULL DEFAULT 0 CHECK (concerns >= 0),
              month TEXT NOT NULL, team TEXT NOT NULL, received TEXT NOT NULL,
              PRIMARY KEY (month, team, theme, session)) WITHOUT ROWID;
            INSERT INTO newSessionTheme (session, theme, count, month, team, received)
              SELECT s.key, t.key, o.count, s.month, coalesce(s.team, ''), s.received
              FROM sessionTheme o JOIN newSession s ON s.id = o.sessionId JOIN theme t ON t.id = o.theme;
            CREATE TABLE newItem (
              id INTEGER PRIMARY KEY AUTOINCREMENT, session INTEGER NOT NULL REFERENCES session(key) ON DELETE CASCADE,
              kind TEXT NOT NULL, theme INTEGER REFERENCES theme(key), text TEXT NOT NULL);
            INSERT INTO newItem (id, session, kind, theme, text)
              SELECT o.id, s.key, o.kind, t.key, o.text FROM item o JOIN newSession s ON s.id = o.sessionId LEFT JOIN theme t ON t.id = o.theme;
            DROP TABLE item;
            DROP TABLE sessionTheme;
            DROP TABLE session;
            ALTER TABLE newSession RENAME TO session;
            ALTER TABLE newSessionTheme RENAME TO sessionTheme;
            ALTER TABLE newItem RENAME TO item;
            CREATE INDEX session_week ON session(week);
            CREATE INDEX session_counting ON session(month, received, team);
            CREATE INDEX sessionTheme_session ON sessionTheme(session);
            CREATE INDEX item_session ON item(session);
            """)
    }

    /// The integer key of a theme id, added to the `theme` table the first time it is seen.
    static func key(of theme: ThemeID, in db: Database) throws -> Int64 {
        if let key = try Int64.fetchOne(db, sql: "SELECT key FROM theme WHERE id = ?", arguments: [theme.rawValue]) { return key }
        try db.execute(sql: "INSERT INTO theme (id) VALUES (?)", arguments: [theme.rawValue])
        return db.lastInsertedRowID
    }
}
