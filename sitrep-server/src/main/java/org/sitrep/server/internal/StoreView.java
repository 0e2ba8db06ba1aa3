package org.sitrep.server.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.ClaimStore;
import org.sitrep.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * The read queries the API needs that {@link ClaimStore} does not offer yet (article lists and search, appearances,
 * sources with counts and chains, claims by place), over a second, read-only connection to the store's file
 * (WAL lets it read while the store writes). It reads only the store's stable tables (articles, appearances,
 * sources and the claims' own columns); these queries belong in {@code ClaimStore} and should move there.
 * Thread-safe: calls are serialised over its one connection.
 */
public final class StoreView implements AutoCloseable {
    private final ClaimStore store;
    private final Connection connection;

    private StoreView(ClaimStore store, Connection connection) {
        this.store = store;
        this.connection = connection;
    }

    /** Opens a read-only view of an open store's file. */
    public static StoreView of(ClaimStore store) {
        Path path = store.path();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try {
            return new StoreView(store, config.createConnection("jdbc:sqlite:" + path.toAbsolutePath()));
        } catch (SQLException e) {
            throw new StoreException("cannot read the store " + path + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code query} once the store has moved what it wrote into its indexes, so the view sees all of it. */
    synchronized <T> T read(Query<T> query) {
        store.flush();
        try {
            return query.run(this);
        } catch (SQLException e) {
            throw new StoreException("store query failed: " + e.getMessage(), e);
        }
    }

    /** SQLite's {@code PRAGMA data_version}: changes whenever another connection commits to the file. */
    public long dataVersion() {
        return read(view -> view.list("PRAGMA data_version", r -> r.getLong(1)).get(0));
    }

    PreparedStatement bind(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = bind(sql, parameters); ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                rows.add(mapper.map(r));
            }
        }
        return rows;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store view: " + e.getMessage(), e);
        }
    }

    /** Work done on the view's connection. */
    @FunctionalInterface
    interface Query<T> {
        T run(StoreView view) throws SQLException;
    }

    /** One result row as a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
