#!/usr/bin/env python3
"""DuckDB's side of circle-bench's compile comparison: the same counts Circle's report compiler
makes, run by DuckDB over the same rows.

    duckdb_side.py load DATABASE CSV_FOLDER    build DATABASE (a DuckDB file) from the CSV files
                                               circle-bench exported from Circle's store
    duckdb_side.py count DATABASE SQL_FILE     run every statement of SQL_FILE, fetching all rows;
                                               print the seconds taken

`count` times opening the database and running the statements inside this process (Python's
start-up and `import duckdb` are not timed), so the figure is DuckDB's best case.
"""
import os
import sys
import time

import duckdb

# Circle's tables (Sources/CircleKit/Store), with DuckDB's types.
TABLES = {
    "session": "key BIGINT PRIMARY KEY, id VARCHAR, format VARCHAR, formatVersion INTEGER, week VARCHAR, month VARCHAR, "
               "team VARCHAR, participants INTEGER, phasesCompleted INTEGER, received VARCHAR",
    "theme": "key BIGINT PRIMARY KEY, id VARCHAR",
    "sessionTheme": "session BIGINT, theme BIGINT, count INTEGER, strengths INTEGER, concerns INTEGER, month VARCHAR, team VARCHAR, "
                    "received VARCHAR",
    "item": "id BIGINT, session BIGINT, kind VARCHAR, theme BIGINT, text VARCHAR",
}


def load(database, folder):
    con = duckdb.connect(database)
    for table, columns in TABLES.items():
        con.execute(f"DROP TABLE IF EXISTS {table}")
        con.execute(f"CREATE TABLE {table} ({columns})")
        path = os.path.join(folder, f"{table}.csv")
        if os.path.getsize(path) > 0:  # sqlite3 writes nothing, not even the header, for a table with no rows
            con.execute(f"COPY {table} FROM '{path}' (HEADER)")
    con.close()


def count(database, sql_file):
    with open(sql_file, encoding="utf-8") as f:
        statements = [s for s in f.read().split(";") if s.strip()]
    start = time.perf_counter()
    con = duckdb.connect(database, read_only=True)
    for statement in statements:
        con.execute(statement).fetchall()
    con.close()
    print(f"{time.perf_counter() - start:.6f}")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("load", "count"):
        sys.exit(__doc__)
    (load if sys.argv[1] == "load" else count)(sys.argv[2], sys.argv[3])
