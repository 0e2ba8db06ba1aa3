package org.sitrep.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.core.Article;
import org.sitrep.core.Certainty;
import org.sitrep.core.Figure;
import org.sitrep.core.Measure;
import org.sitrep.core.Place;
import org.sitrep.core.Precision;
import org.sitrep.core.Role;
import org.sitrep.core.Span;
import org.sitrep.core.Subject;
import org.sitrep.core.TimeRef;
import org.sitrep.core.Value;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ContentHash;
import org.sitrep.store.StoredClaim;

/**
 * Reads claims back as {@link StoredClaim}s: a page of a filtered query, or every current claim in storage order
 * (article by article) in chunks, each chunk's sources loaded with one more query.
 */
public final class ClaimReader {
    private static final String COLUMNS = "c.id, c.claim_id, c.type, c.measure, c.subject_text, c.subject_country, "
            + "c.subject_role, c.subject_start, c.subject_end, c.value_text, c.value_low, c.value_high, "
            + "c.value_approx, c.value_start, c.value_end, c.certainty, c.place_name, c.place_text, c.place_country, "
            + "c.place_lat, c.place_lon, c.place_precision, c.place_start, c.place_end, c.time_text, c.time_start, "
            + "c.time_end, c.time_precision, c.time_span_start, c.time_span_end, c.explain, c.date, c.cues, "
            + "c.mentions, "
            + "a.content_hash, a.title, a.published, "
            + "(SELECT p.url FROM appearances p WHERE p.article_id = a.id ORDER BY p.url IS NULL, p.id LIMIT 1), "
            + "(SELECT p.outlet FROM appearances p WHERE p.article_id = a.id ORDER BY p.url IS NULL, p.id LIMIT 1)";
    private static final int CHUNK = 2_000;

    private final Sql sql;

    public ClaimReader(Sql sql) {
        this.sql = sql;
    }

    /** One page of the current claims matching {@code query}, newest first. */
    public List<StoredClaim> page(ClaimQuery query) throws SQLException {
        ClaimFilter filter = ClaimFilter.plan(sql, query);
        if (filter.empty()) {
            return List.of();
        }
        String text = "SELECT " + COLUMNS + " FROM " + filter.from() + " JOIN articles a ON a.id = c.article_id "
                + "WHERE " + filter.where() + " ORDER BY c.date DESC, c.id DESC LIMIT ? OFFSET ?";
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add(query.limit() > 0 ? query.limit() : -1);
        parameters.add(query.offset());
        List<Row> rows = rows(text, parameters.toArray());
        return Children.attach(sql, rows);
    }

    /** Every claim of the article with row id {@code articleId}, current or not, in the extraction's order. */
    public List<StoredClaim> ofArticle(long articleId) throws SQLException {
        return Children.attach(sql, rows("SELECT " + COLUMNS + " FROM claims c JOIN articles a ON a.id = c.article_id "
                + "WHERE c.article_id = ? ORDER BY c.ordinal", articleId));
    }

    /** Every current claim, article by article in storage order, in chunks of a few thousand. */
    public void forEach(Consumer<StoredClaim> consumer) throws SQLException {
        long after = 0;
        while (true) {
            List<Row> rows = rows("SELECT " + COLUMNS + " FROM claims c JOIN articles a ON a.id = c.article_id "
                    + "WHERE c.current = 1 AND c.id > ? ORDER BY c.id LIMIT ?", after, CHUNK);
            if (rows.isEmpty()) {
                return;
            }
            Children.attach(sql, rows).forEach(consumer);
            after = rows.get(rows.size() - 1).rowId();
        }
    }

    private List<Row> rows(String text, Object... parameters) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet set = sql.bind(text, parameters).executeQuery()) {
            while (set.next()) {
                rows.add(row(set));
            }
        }
        return rows;
    }

    private static Row row(ResultSet r) throws SQLException {
        Subject subject = new Subject(r.getString(5), r.getString(6), Role.fromWire(r.getString(7)), span(r, 8));
        Value value = new Value(r.getString(10), longOrNull(r, 11), longOrNull(r, 12), r.getInt(13) == 1,
                span(r, 14));
        Place place = r.getString(17) == null ? null : new Place(r.getString(17), r.getString(18),
                r.getString(19), doubleOrNull(r, 20), doubleOrNull(r, 21), Precision.fromWire(r.getString(22)),
                span(r, 23));
        TimeRef time = r.getString(26) == null ? null : new TimeRef(r.getString(25), LocalDate.parse(r.getString(26)),
                LocalDate.parse(r.getString(27)), Precision.fromWire(r.getString(28)), span(r, 29));
        Figure figure = new Figure(r.getString(2), Measure.fromWire(r.getString(4)), subject, value, List.of(),
                Certainty.fromWire(r.getString(16)), ClaimParts.cues(r.getString(33)), place, time,
                ClaimParts.mentions(r.getString(34)), FlatJson.read(r.getString(31)));
        Article article = new Article(ContentHash.key(r.getString(35)), r.getString(38), r.getString(39),
                r.getString(36), date(r.getString(37)), "");
        return new Row(r.getLong(1), new StoredClaim(article, date(r.getString(32)), figure));
    }

    static Span span(ResultSet r, int column) throws SQLException {
        int start = r.getInt(column);
        if (r.wasNull()) {
            return null;
        }
        return new Span(start, r.getInt(column + 1));
    }

    private static Long longOrNull(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static Double doubleOrNull(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** A claim read without its sources yet, with its row id. */
    record Row(long rowId, StoredClaim claim) {
    }
}
