package org.sitrep.ingest;

/** Test pages and articles whose claims the extractor is known to find. */
final class Pages {
    static final String KHARKIV = "At least 12 civilians were killed in shelling of Kharkiv on Monday, regional "
            + "governor Oleh Syniehubov said.";
    static final String SEED = "Around 300 North Korean soldiers have reportedly lost their lives, and "
            + "approximately 2,700 others have been injured while fighting alongside Russian forces in the ongoing "
            + "conflict in Ukraine, according to a South Korean lawmaker citing information from the country’s "
            + "intelligence agency.";

    private Pages() {
    }

    /** An article page with navigation and a footer around one paragraph of text. */
    static String html(String title, String paragraph) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + paragraph + "</p></article>"
                + "<footer>Copyright Example News</footer></body></html>";
    }

    /** The {@code n}-th distinct article text, each with one figure. */
    static String numbered(int n) {
        return "At least " + (n + 2) + " civilians were killed in shelling of Kharkiv on Monday, regional "
                + "governor Oleh Syniehubov said. Article number " + n + ".";
    }
}
