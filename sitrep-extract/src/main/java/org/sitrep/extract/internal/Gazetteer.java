package org.sitrep.extract.internal;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.core.Precision;

/**
 * Countries, first-level regions, cities and named areas from the TSVs under {@code gazetteer/}, added to the
 * automaton as case-sensitive phrases. Cities sharing a name resolve to the most populous.
 */
public final class Gazetteer {
    private static final String DIR = "/org/sitrep/extract/gazetteer/";

    /** A place the gazetteer knows. */
    public record Place(String name, String country, Double lat, Double lon, Precision precision) {
    }

    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();

    public Place country(String code) {
        return countries.get(code);
    }

    /** The country's common English name ("South Korea"), or the code itself. */
    public String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    /** The gazetteer's TSV files, read and parsed. */
    record Files(Tsv countries, Tsv regions, Tsv cities, Tsv areas) {
    }

    static Files read() {
        return new Files(Tsv.load(DIR + "countries.tsv"), Tsv.load(DIR + "regions.tsv"), Tsv.load(DIR + "cities.tsv"),
                Tsv.load(DIR + "areas.tsv"));
    }

    static Gazetteer load(TokenTrie trie, Files files) {
        Gazetteer g = new Gazetteer();
        g.loadCountries(trie, files.countries());
        loadNamed(trie, files.regions(), Precision.REGION);
        g.loadCities(trie, files.cities());
        loadNamed(trie, files.areas(), Precision.AREA);
        return g;
    }

    private void loadCountries(TokenTrie trie, Tsv tsv) {
        for (String[] row : tsv.rows()) {
            String code = tsv.get(row, "code");
            String name = tsv.get(row, "name");
            Place place = new Place(name, code, Tsv.number(tsv.get(row, "lat")), Tsv.number(tsv.get(row, "lon")), Precision.COUNTRY);
            countries.put(code, place);
            countryNames.put(code, name);
            trie.add(name, new Entry.CountryName(code, "name", place), true);
            trie.add("the " + name, new Entry.CountryName(code, "name", place), false);
            add(trie, tsv.get(row, "official"), new Entry.CountryName(code, "name", place));
            for (String alias : tsv.list(row, "aliases")) {
                add(trie, alias, new Entry.CountryName(code, "name", place));
            }
            for (String demonym : tsv.list(row, "demonyms")) {
                add(trie, demonym, new Entry.CountryName(code, "demonym", place));
            }
            for (String capital : tsv.list(row, "capitals")) {
                add(trie, capital, new Entry.CountryName(code, "capital", place));
                capitals.put(capital, code);
            }
        }
    }

    /** Region and city names that are English words or too short to trust without context. */
    private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("North", "South", "East", "West", "Centre",
            "Center", "Central", "Coast", "Northern", "Southern", "Eastern", "Western", "Capital", "Lakes", "Islands",
            "Mountain", "Valley", "River", "Upper", "Lower", "Littoral", "Plateau", "Sea", "Bay", "Gulf", "Border", "Frontier",
            "Mission", "Union", "Victoria", "Brig", "Isa", "Kim", "Lee", "Park", "Young", "Best", "Hope", "Deal", "Split");

    private static boolean trusted(String name, long population) {
        if (NOT_PLACES.contains(name)) {
            return false;
        }
        boolean oneShortWord = name.indexOf(' ') < 0 && name.length() <= 4;
        return !oneShortWord || population >= 300_000;
    }

    private static void add(TokenTrie trie, String phrase, Entry entry) {
        if (!phrase.isEmpty()) {
            trie.add(phrase, entry, true);
        }
    }

    /** Regions and named areas: a name, its aliases, a country (empty for areas across borders) and coordinates. */
    private static void loadNamed(TokenTrie trie, Tsv tsv, Precision precision) {
        for (String[] row : tsv.rows()) {
            String country = tsv.get(row, "country");
            Place place = new Place(tsv.get(row, "name"), country.isEmpty() ? null : country,
                    Tsv.number(tsv.get(row, "lat")), Tsv.number(tsv.get(row, "lon")), precision);
            for (String form : forms(place.name(), tsv.list(row, "aliases"))) {
                if (precision == Precision.AREA || trusted(form, 1_000_000)) {
                    add(trie, form, new Entry.PlaceName(place));
                }
            }
        }
    }

    private void loadCities(TokenTrie trie, Tsv tsv) {
        Map<String, long[]> best = new HashMap<>();
        Map<String, Place> chosen = new HashMap<>();
        for (String[] row : tsv.rows()) {
            Place place = new Place(tsv.get(row, "name"), tsv.get(row, "country"), Tsv.number(tsv.get(row, "lat")),
                    Tsv.number(tsv.get(row, "lon")), Precision.CITY);
            String pop = tsv.get(row, "population");
            long population = pop.isEmpty() ? 0 : Long.parseLong(pop);
            for (String form : forms(place.name(), tsv.list(row, "aliases"))) {
                String capitalOf = capitals.get(form);
                if (!trusted(form, population) || capitalOf != null && !capitalOf.equals(place.country())) {
                    continue;
                }
                long[] seen = best.get(form);
                if (seen == null || seen[0] < population) {
                    best.put(form, new long[] {population});
                    chosen.put(form, place);
                }
            }
        }
        chosen.forEach((form, place) -> trie.add(form, new Entry.PlaceName(place), true));
    }

    private static java.util.List<String> forms(String name, java.util.List<String> aliases) {
        java.util.List<String> all = new java.util.ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
