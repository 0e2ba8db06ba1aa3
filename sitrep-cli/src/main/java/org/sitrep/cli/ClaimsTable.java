package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.StoredClaim;

/** Stored claims as an aligned table for people: the date, the extract table's columns, and the claim id. */
final class ClaimsTable {
    private static final String[] HEADER = {"DATE", "MEASURE", "SUBJECT", "VALUE", "SOURCES", "CERTAINTY", "PLACE",
        "CLAIM"};
    private static final int MAX_WIDTH = 40;

    private ClaimsTable() {
    }

    /** The header and a row per claim, or "(no claims)"; each line ends with a newline. */
    static String format(List<StoredClaim> claims) {
        if (claims.isEmpty()) {
            return "(no claims)\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (StoredClaim claim : claims) {
            String[] cells = TableFormatter.row(claim.figure());
            String[] row = new String[HEADER.length];
            row[0] = claim.date() == null ? "" : claim.date().toString();
            for (int i = 0; i < cells.length; i++) {
                row[i + 1] = TableFormatter.truncate(cells[i], MAX_WIDTH);
            }
            row[HEADER.length - 1] = claim.claimId();
            rows.add(row);
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]).append(i < row.length - 1 ? " ".repeat(widths[i] - row[i].length() + 2) : "");
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }
}
