package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.Article;
import org.sitrep.core.Certainty;
import org.sitrep.core.Claim;
import org.sitrep.core.Cue;
import org.sitrep.core.Diagnostic;
import org.sitrep.core.Extraction;
import org.sitrep.core.Figure;
import org.sitrep.core.Place;
import org.sitrep.core.Role;
import org.sitrep.core.Source;
import org.sitrep.core.Span;
import org.sitrep.core.Subject;
import org.sitrep.core.TimeRef;
import org.sitrep.core.Value;

/**
 * The whole pipeline on one screen: tokens and sentences, figures (measure and subject), attribution, certainty,
 * place, then repeated mentions merged into one claim. Immutable; every run allocates its own per-article state.
 */
public final class Pipeline {
    private final Lexicon lexicon;

    public Pipeline(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Extraction run(Article article) {
        Document doc = Document.read(article, lexicon);
        List<List<Candidate>> found = figures(doc);
        List<List<Attribution>> said = attributions(doc);
        List<List<Located>> located = subjects(doc, found, said);
        return new Extraction(article, merge(claims(doc, located, said)), diagnostics(doc));
    }

    /** Numbers that count people, with their measure and the subject their own words give, per sentence. */
    private static List<List<Candidate>> figures(Document doc) {
        FigureFinder finder = new FigureFinder(doc);
        SubjectResolver nouns = new SubjectResolver(doc);
        List<List<Candidate>> found = new ArrayList<>(doc.sentences.size());
        for (Sentence s : doc.sentences) {
            found.add(finder.find(s).stream().map(nouns::onNoun).toList());
        }
        return found;
    }

    /** Who each sentence cites, with quotations carrying their speaker across sentences. */
    private List<List<Attribution>> attributions(Document doc) {
        AttributionSieve sieve = new AttributionSieve(doc, new Entities(doc), lexicon.gazetteer());
        List<List<Attribution>> said = new ArrayList<>(doc.sentences.size());
        for (Sentence s : doc.sentences) {
            said.add(sieve.find(s));
        }
        Quotes.carry(doc, said);
        return said;
    }

    /** A figure with its place, its subject settled from context. */
    private record Located(Candidate figure, Place place) {
    }

    /** Places and subject countries from context; numbers inside a source's words ("two lawmakers") are dropped. */
    private List<List<Located>> subjects(Document doc, List<List<Candidate>> found, List<List<Attribution>> said) {
        SubjectResolver subjects = new SubjectResolver(doc);
        subjects.defaults(found.stream().flatMap(List::stream).toList());
        PlaceFinder places = new PlaceFinder(doc);
        List<List<Located>> located = new ArrayList<>(found.size());
        Candidate previous = null;
        for (Sentence s : doc.sentences) {
            List<Span> sourceSpans = sourceSpans(said.get(s.index()));
            List<Located> here = new ArrayList<>();
            for (Candidate c : found.get(s.index())) {
                Span at = new Span(doc.token(c.quantity().first()).start(), doc.token(c.quantity().last() - 1).end());
                if (sourceSpans.stream().noneMatch(span -> span.contains(at))) {
                    Place place = places.find(s, c.quantity().core(), sourceSpans);
                    previous = subjects.inContext(c, previous, place, sourceSpans);
                    here.add(new Located(previous, place));
                }
            }
            located.add(here);
        }
        subjects.dominantRoles(found.stream().flatMap(List::stream).toList());
        located.replaceAll(here -> here.stream()
                .map(l -> new Located(subjects.withArticleRole(l.figure()), l.place())).toList());
        return located;
    }

    /** Each figure with its attribution, certainty and time, in text order. */
    private static List<Draft> claims(Document doc, List<List<Located>> located, List<List<Attribution>> said) {
        CertaintySieve certainty = new CertaintySieve(doc);
        TimeFinder times = new TimeFinder(doc);
        List<Draft> drafts = new ArrayList<>();
        Said lastAttributed = null;
        for (Sentence s : doc.sentences) {
            if (located.get(s.index()).isEmpty()) {
                if (certainty.doubtsEarlierFigures(s)) {
                    drafts.replaceAll(Draft::doubted);
                }
                Role all = RoleStatement.of(doc, s);
                if (all != null) {
                    drafts.replaceAll(d -> d.withRoleIfUnknown(all, s.paragraph()));
                }
                for (Attribution origin : said.get(s.index())) {
                    if (origin.rule().equals("attribution.came-from")) {
                        drafts.replaceAll(d -> d.sentence() == s.index() - 1 ? d.withOrigin(origin) : d);
                    }
                }
                continue;
            }
            for (Located l : located.get(s.index())) {
                Candidate c = l.figure();
                int at = c.quantity().core();
                Attribution a = choose(said.get(s.index()), at, doc, s);
                if (a == Attribution.NONE && lastAttributed != null && continues(c, lastAttributed)) {
                    Attribution from = lastAttributed.attribution();
                    a = new Attribution(from.at(), from.chain(), from.cues(), "attribution.continued");
                }
                if (a != Attribution.NONE) {
                    lastAttributed = new Said(c, a);
                }
                drafts.add(new Draft(c, a.chain(), a, certainty.judge(s, at), l.place(), times.find(s, at), doc));
            }
        }
        return drafts;
    }

    private record Said(Candidate figure, Attribution attribution) {
    }

    /**
     * An unattributed figure continues the last source's report when it is a part or the next item of that report's
     * count ("Children account for 382 of the dead", "Of those, 387 were civilians") or stands in the same paragraph.
     */
    private static boolean continues(Candidate c, Said last) {
        Sentence before = last.figure().sentence();
        if (c.sentence().index() - before.index() > 2) {
            return false;
        }
        boolean part = c.measureRule().equals("measure.partitive") || c.measureRule().equals("measure.previous")
                || "subject.previous".equals(c.subjectRule());
        return part || c.sentence().paragraph() == before.paragraph();
    }

    /** Where the sentence names its sources: numbers and places inside them ("two lawmakers") are not the figure's. */
    private static List<Span> sourceSpans(List<Attribution> attributions) {
        List<Span> spans = new ArrayList<>();
        for (Attribution a : attributions) {
            for (Source s : a.chain()) {
                if (s.span() != null) {
                    spans.add(s.span());
                }
            }
        }
        return spans;
    }

    private static List<Diagnostic> diagnostics(Document doc) {
        if (doc.tokens.isEmpty()) {
            return List.of(new Diagnostic("empty", "the article has no words"));
        }
        return List.of();
    }

    /** Of several attributions in a sentence, the one in the figure's clause, nearest to it. */
    private static Attribution choose(List<Attribution> attributions, int at, Document doc, Sentence s) {
        if (attributions.isEmpty()) {
            return Attribution.NONE;
        }
        int segment = segment(doc, s, at);
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Attribution a : attributions) {
            int distance = Math.abs(a.at() - at) + (segment(doc, s, a.at()) == segment ? 0 : 1000);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = a;
            }
        }
        return best;
    }

    private static int segment(Document doc, Sentence s, int token) {
        int segment = 0;
        for (int j = s.first(); j < token; j++) {
            Token t = doc.token(j);
            if (t.text().equals(";") || t.is("while") || t.is("whereas") || t.is("but") && j > s.first() && doc.token(j - 1).text().equals(",")) {
                segment++;
            }
        }
        return segment;
    }

    /** A figure before merging. */
    private record Draft(Figure figure, int sentenceIndex, int paragraphIndex) {
        Draft(Candidate c, List<Source> chain, Attribution a, CertaintySieve.Verdict v, Place place, TimeRef time,
              Document doc) {
            this(build(c, chain, a, v, place, time, doc), c.sentence().index(), c.sentence().paragraph());
        }

        int sentence() {
            return sentenceIndex;
        }

        /** "The figure came from X": X is where the figure comes from, after whoever relayed it. */
        Draft withOrigin(Attribution origin) {
            Figure f = figure;
            List<Source> chain = new ArrayList<>(f.sources());
            Source from = origin.chain().get(0);
            if (chain.stream().noneMatch(x -> x.name().equalsIgnoreCase(from.name()))) {
                chain.add(from);
            }
            Map<String, String> explain = new HashMap<>(f.explain());
            explain.put("sources", f.sources().isEmpty() ? origin.rule() : explain.get("sources") + "+" + origin.rule());
            List<Cue> cues = new ArrayList<>(f.cues());
            cues.addAll(origin.cues());
            return new Draft(new Figure(f.id(), f.measure(), f.subject(), f.value(), chain, f.certainty(), cues, f.place(),
                    f.time(), f.mentions(), explain), sentenceIndex, paragraphIndex);
        }

        /** A figure of the same or the previous paragraph whose group was left unknown takes the stated role. */
        Draft withRoleIfUnknown(Role role, int paragraph) {
            Figure f = figure;
            if (f.subject().role() != Role.UNKNOWN || paragraph - paragraphIndex > 1) {
                return this;
            }
            Map<String, String> explain = new HashMap<>(f.explain());
            explain.put("subject", "subject.all-were");
            Subject subject = new Subject(f.subject().text(), f.subject().country(), role, f.subject().span());
            return new Draft(new Figure(f.id(), f.measure(), subject, f.value(), f.sources(), f.certainty(), f.cues(),
                    f.place(), f.time(), f.mentions(), explain), sentenceIndex, paragraphIndex);
        }

        Draft doubted() {
            Figure f = figure;
            if (f.certainty() != Certainty.ASSERTED) {
                return this;
            }
            Map<String, String> explain = new HashMap<>(f.explain());
            explain.put("certainty", "hedge.later-sentence");
            return new Draft(new Figure(f.id(), f.measure(), f.subject(), f.value(), f.sources(), Certainty.HEDGED, f.cues(),
                    f.place(), f.time(), f.mentions(), explain), sentenceIndex, paragraphIndex);
        }

        private static Figure build(Candidate c, List<Source> chain, Attribution a, CertaintySieve.Verdict v, Place place,
                                    TimeRef time, Document doc) {
            Quantity q = c.quantity();
            Span valueSpan = new Span(doc.token(q.first()).start(), doc.token(q.last() - 1).end());
            Value value = new Value(valueSpan.of(doc.text), q.low(), q.high(), q.approx(), valueSpan);
            Subject subject;
            if (c.headFirst() >= 0) {
                int from = c.headFirst() >= q.last() && c.headFirst() - q.last() <= 6 ? q.last() : c.headFirst();
                while (from < c.headFirst() && (doc.is(from, "of") || doc.is(from, "the"))) {
                    from++;
                }
                Span span = new Span(doc.token(from).start(), doc.token(c.headLast() - 1).end());
                subject = new Subject(span.of(doc.text), c.country(), c.role(), span);
            } else {
                subject = new Subject(null, c.country(), c.role(), null);
            }
            List<Cue> cues = new ArrayList<>(a.cues());
            cues.addAll(v.cues());
            cues.sort((x, y) -> x.span().compareTo(y.span()));
            Map<String, String> explain = new HashMap<>();
            explain.put("measure", c.measureRule());
            explain.put("value", "number.grammar");
            explain.put("subject", c.subjectRule() == null ? "subject.none" : c.subjectRule());
            explain.put("sources", a.rule());
            explain.put("certainty", v.rule());
            explain.put("place", place == null ? "place.none" : "place.nearest-locative");
            explain.put("time", time == null ? "time.none" : "time.nearest-expression");
            return new Figure("c0", c.measure(), subject, value, chain, v.certainty(), cues, place, time,
                    List.of(c.sentence().span()), explain);
        }

        String key() {
            Figure f = figure;
            String source = f.sources().isEmpty() ? "" : f.sources().get(0).name().toLowerCase(Locale.ROOT);
            return f.measure() + "|" + f.subject().country() + "|" + f.subject().role() + "|" + f.value().low() + "|"
                    + f.value().high() + "|" + source;
        }
    }

    /** One claim per (measure, subject, value, first source): mentions, cues and certainty merged. */
    private static List<Claim> merge(List<Draft> drafts) {
        Map<String, Figure> merged = new LinkedHashMap<>();
        for (Draft d : drafts) {
            merged.merge(d.key(), d.figure(), Pipeline::combine);
        }
        List<Claim> out = new ArrayList<>(merged.size());
        int n = 0;
        for (Figure f : merged.values()) {
            n++;
            out.add(new Figure("c" + n, f.measure(), f.subject(), f.value(), f.sources(), f.certainty(), f.cues(), f.place(),
                    f.time(), f.mentions(), f.explain()));
        }
        return out;
    }

    private static Figure combine(Figure a, Figure b) {
        Value value = a.value().approx() || !b.value().approx() ? a.value()
                : new Value(a.value().text(), a.value().low(), a.value().high(), true, a.value().span());
        List<Span> mentions = new ArrayList<>(a.mentions());
        for (Span m : b.mentions()) {
            if (!mentions.contains(m)) {
                mentions.add(m);
            }
        }
        List<Cue> cues = new ArrayList<>(a.cues());
        for (Cue c : b.cues()) {
            if (!cues.contains(c)) {
                cues.add(c);
            }
        }
        Map<String, String> explain = new HashMap<>(a.explain());
        Certainty certainty = a.certainty().strongest(b.certainty());
        if (certainty != a.certainty()) {
            explain.put("certainty", b.explain().get("certainty"));
        }
        List<Source> sources = b.sources().size() > a.sources().size() ? b.sources() : a.sources();
        return new Figure(a.id(), a.measure(), a.subject(), value, sources, certainty, cues,
                a.place() != null ? a.place() : b.place(), a.time() != null ? a.time() : b.time(), mentions, explain);
    }
}
