package org.sitrep.server.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.ContentHash;

/** The article lists: summaries (newest first, or matching a full-text query) and where one article appeared. */
final class ArticleQueries {
    private ArticleQueries() {
    }

    /** One line of the inbox; {@code id} is the store's row id, {@code key} the article key claims name. */
    record Summary(long id, String key, String title, String url, String outlet, String published, long claims,
            boolean current) {
    }

    /** A place the text was seen. */
    record Appearance(String locator, String url, String outlet, String firstSeen, String lastSeen,
            String replacedAt) {
    }

    static List<Summary> summaries(StoreView view, String query, int limit, int offset) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = "a.current = 1";
        if (query != null) {
            where += " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)";
            parameters.add(ftsQuery(query));
        }
        parameters.add(limit);
        parameters.add(offset);
        return view.list("SELECT a.id, a.content_hash, a.title, p.url, p.outlet, a.published, "
                + "(SELECT count(*) FROM claims c WHERE c.article_id = a.id), a.current FROM articles a "
                + "LEFT JOIN appearances p ON p.id = (SELECT q.id FROM appearances q WHERE q.article_id = a.id "
                + "ORDER BY q.url IS NULL, q.id LIMIT 1) WHERE " + where + " ORDER BY a.id DESC LIMIT ? OFFSET ?",
                r -> new Summary(r.getLong(1), ContentHash.key(r.getString(2)), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getLong(7), r.getInt(8) == 1),
                parameters.toArray());
    }

    static List<Appearance> appearances(StoreView view, long articleId) throws SQLException {
        return view.list("SELECT locator, url, outlet, first_seen, last_seen, replaced_at FROM appearances "
                + "WHERE article_id = ? ORDER BY id", r -> new Appearance(r.getString(1), r.getString(2),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6)), articleId);
    }

    /** Each whitespace-separated word as a quoted FTS5 phrase, all required: user input never reaches FTS syntax. */
    static String ftsQuery(String text) {
        List<String> phrases = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            phrases.add('"' + word.replace("\"", "\"\"") + '"');
        }
        return String.join(" ", phrases);
    }
}
