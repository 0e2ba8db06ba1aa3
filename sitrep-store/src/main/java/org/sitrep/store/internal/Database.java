package org.sitrep.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * Opens a store file: migrates it to {@link #SCHEMA_VERSION} with the Flyway migrations in {@code db/migration}
 * (an older store is upgraded, a newer one refused), then opens the one connection the store writes and reads
 * through: WAL journal, {@code synchronous=NORMAL} (a killed process loses nothing committed; power loss may lose
 * the last transactions), foreign keys enforced, a 10-second busy timeout, immediate write transactions.
 */
public final class Database {
    /** The highest migration in {@code db/migration}; a store at a higher version was written by a newer sitrep. */
    public static final int SCHEMA_VERSION = 2;

    /**
     * Flyway reports every migration at INFO through java.util.logging when no SLF4J is present; a store opening
     * is no news, so only its warnings get through. Held here because java.util.logging keeps loggers weakly.
     */
    private static final Logger FLYWAY_LOG = quiet(Logger.getLogger("org.flywaydb"));

    private Database() {
    }

    public static Connection open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("cannot create the store " + path + ": no folder " + parent);
            }
            Connection connection = config().createConnection(url(path));
            try {
                migrate(connection, path);
                try (Statement statement = connection.createStatement()) {
                    // checkpoint the WAL every ~40 MB rather than every 4 MB: each checkpoint syncs the file, and
                    // one-article transactions reach the default limit every few dozen articles (ingest +25%)
                    statement.execute("PRAGMA wal_autocheckpoint = 10000");
                }
                connection.setAutoCommit(true);
                return connection;
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + path + ": " + e.getMessage(), e);
        }
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.WARNING);
        return logger;
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-65_536);
        // the store reads new row ids with last_insert_rowid(); the driver's own generated-keys lookup would prepare
        // another statement after every INSERT
        config.setGetGeneratedKeys(false);
        return config;
    }

    private static String url(Path path) {
        return "jdbc:sqlite:" + path.toAbsolutePath();
    }

    private static void migrate(Connection connection, Path path) throws SQLException {
        int version = installedVersion(connection);
        if (version > SCHEMA_VERSION) {
            throw new StoreException("the store " + path + " has schema version " + version
                    + ", written by a newer sitrep; this one reads up to version " + SCHEMA_VERSION);
        }
        if (version == SCHEMA_VERSION) {
            return;
        }
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(url(path), null, null)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the store " + path + ": " + e.getMessage(), e);
        }
    }

    /** The highest migration applied, 0 for a new file; a file that is not SQLite fails here. */
    private static int installedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!tables.next() || tables.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet max = statement.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                return max.next() ? max.getInt(1) : 0;
            }
        }
    }
}
