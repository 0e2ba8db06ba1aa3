package org.sitrep.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.io.ArticleReader;
import org.sitrep.io.ReadResult;
import org.sitrep.store.Sighting;

/**
 * Turns one command-line input into items: an http(s) URL is fetched and read as a feed or a page; a
 * {@code .warc}/{@code .warc.gz} file as an archive; an {@code .rss}/{@code .atom}/{@code .xml} file as a feed;
 * anything else (files, folders, {@code -}) by sitrep-io's {@link ArticleReader}, where archives and feeds found in a folder
 * are read as such instead of skipped. The locator of a file's article is its URL, else its input.
 */
public final class Sources {
    private final ArticleReader reader;
    private final HttpFetcher fetcher;
    private final HtmlPages pages;
    private final WarcSource warcs;
    private final FeedSource feeds;
    private final Clock clock;
    private final long maxBytes;

    public Sources(IngestOptions options) {
        this.reader = ArticleReader.create(options.read());
        this.fetcher = new HttpFetcher(options.fetch());
        this.pages = new HtmlPages(reader);
        this.warcs = new WarcSource(pages, options.read().maxBytes());
        this.feeds = new FeedSource(fetcher, pages, options.clock());
        this.clock = options.clock();
        this.maxBytes = options.read().maxBytes();
    }

    /** The items of {@code input}, lazily; the caller closes the stream. */
    public Stream<Item> open(String input, InputStream stdin, LongConsumer expecting) {
        if (input.startsWith("http://") || input.startsWith("https://")) {
            return url(input, expecting);
        }
        String name = input.toLowerCase(Locale.ROOT);
        if (isWarc(name) || isFeed(name)) {
            return archiveOrFeed(input, expecting);
        }
        return reader.read(List.of(input), stdin).flatMap(result -> fromReader(result, expecting));
    }

    private Stream<Item> fromReader(ReadResult result, LongConsumer expecting) {
        if (result instanceof ReadResult.Loaded loaded) {
            return Stream.of(new Item.Found(loaded.input(),
                    Sighting.of(loaded.article(), loaded.input(), clock.instant())));
        }
        if (result instanceof ReadResult.Failed failed) {
            return Stream.of(new Item.Problem(failed.input(), failed.reason(), false));
        }
        String name = result.input().toLowerCase(Locale.ROOT);
        if (isWarc(name) || isFeed(name)) {
            return archiveOrFeed(result.input(), expecting);
        }
        return Stream.of(new Item.Problem(result.input(), ((ReadResult.Skipped) result).reason(), true));
    }

    private Stream<Item> archiveOrFeed(String input, LongConsumer expecting) {
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return Stream.of(new Item.Problem(input, "not a valid path", false));
        }
        if (!Files.isRegularFile(path)) {
            return Stream.of(new Item.Problem(input, "no such file", false));
        }
        if (isWarc(input.toLowerCase(Locale.ROOT))) {
            return warcs.open(input, path);
        }
        try {
            if (Files.size(path) > maxBytes) {
                return Stream.of(new Item.Problem(input, String.format("the feed is over the %,d-byte limit",
                        maxBytes), false));
            }
            return feeds.open(input, Files.readAllBytes(path), null, expecting);
        } catch (IOException e) {
            return Stream.of(new Item.Problem(input, "cannot read the file: " + e.getMessage(), false));
        }
    }

    private Stream<Item> url(String url, LongConsumer expecting) {
        Page page;
        try {
            page = fetcher.fetch(url);
        } catch (FetchFailure failure) {
            return Stream.of(new Item.Problem(url, failure.getMessage(), false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Stream.of(new Item.Problem(url, "interrupted", false));
        }
        if (page.looksLikeFeed()) {
            return feeds.open(url, page.body(), URI.create(page.url()), expecting);
        }
        expecting.accept(1);
        return Stream.of(pages.read(page, url, HtmlPages.Hints.NONE, clock.instant()));
    }

    private static boolean isWarc(String name) {
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    private static boolean isFeed(String name) {
        return name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml");
    }
}
