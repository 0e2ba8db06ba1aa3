package org.sitrep.ingest.internal;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The entries of an RSS or Atom feed (ROME), one item each, lazily: each entry's link is fetched and its page read
 * as HTML, the entry's title and date and the feed's title filling what the page leaves out. Relative links are
 * resolved against the feed's URL. A feed that does not parse is one problem.
 */
final class FeedSource {
    private final HttpFetcher fetcher;
    private final HtmlPages pages;
    private final Clock clock;

    FeedSource(HttpFetcher fetcher, HtmlPages pages, Clock clock) {
        this.fetcher = fetcher;
        this.pages = pages;
        this.clock = clock;
    }

    /** The feed in {@code xml}, read from {@code input}; {@code base} resolves relative links (null for none). */
    Stream<Item> open(String input, byte[] xml, URI base, LongConsumer expecting) {
        SyndFeed feed;
        try {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(false);
            feed = parser.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            return Stream.of(new Item.Problem(input, "not an RSS or Atom feed: " + e.getMessage(), false));
        }
        List<SyndEntry> entries = feed.getEntries();
        expecting.accept(entries.size());
        String outlet = blankToNull(feed.getTitle());
        return IntStream.range(0, entries.size())
                .mapToObj(i -> entry(input + "#" + (i + 1), entries.get(i), base, outlet));
    }

    private Item entry(String input, SyndEntry entry, URI base, String outlet) {
        String link = link(entry, base);
        if (link == null) {
            return new Item.Problem(input, "feed entry without an http(s) link", false);
        }
        try {
            Page page = fetcher.fetch(link);
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            LocalDate published = date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            HtmlPages.Hints hints = new HtmlPages.Hints(blankToNull(entry.getTitle()), published, outlet);
            return pages.read(page, link, hints, clock.instant());
        } catch (FetchFailure failure) {
            return new Item.Problem(link, failure.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Item.Problem(link, "interrupted", false);
        }
    }

    private static String link(SyndEntry entry, URI base) {
        String link = blankToNull(entry.getLink());
        if (link == null && !entry.getLinks().isEmpty()) {
            link = blankToNull(entry.getLinks().get(0).getHref());
        }
        if (link == null) {
            link = blankToNull(entry.getUri());
        }
        if (link == null) {
            return null;
        }
        try {
            String resolved = base == null ? link : base.resolve(link).toString();
            return resolved.startsWith("http://") || resolved.startsWith("https://") ? resolved : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
