package org.sitrep.cli.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;

/** What newsroom copy carries around its sentences: datelines, bylines, photo captions. */
final class Trimmings {
    private static final String[] CITIES = {
        "KYIV", "SEOUL", "MOSCOW", "BEIRUT", "GENEVA", "WASHINGTON", "KHARTOUM", "DAMASCUS", "JERUSALEM", "CAIRO",
        "ADEN, Yemen", "GOMA, Congo", "KHARKIV, Ukraine", "MAIDUGURI, Nigeria", "GAZA CITY", "MOGADISHU",
    };
    private static final String[] DASHES = {"—", "–", "-"};
    private static final String[] NAMES = {
        "Ana Petrenko", "Min-ji Park", "Tom Hallett", "Amira Haddad", "Jonas Weber", "Grace Okafor", "Luis Ortega",
        "Sara Lindqvist", "Omar Farouk", "Hannah Cole", "Dmitri Orlov", "Leila Mansour",
    };
    private static final String[] AGENCIES = {"Reuters", "AP", "AFP via Getty Images", "EPA", "Anadolu", "Handout"};
    private static final String[] CAPTIONS = {
        "Smoke rises over %s after a strike on %s. Photo: %s",
        "Rescuers search the rubble of a building in %s on %s. (%s)",
        "FILE PHOTO: Soldiers walk past a damaged apartment block in %s, %s. %s/File Photo",
        "People gather at the site of an attack in %s on %s. Photograph: %s",
    };

    private Trimmings() {
    }

    /** "KYIV, Dec 23 — " or "SEOUL — ", dated on the day the article is published. */
    static String dateline(LocalDate published, SplittableRandom random) {
        String city = pick(CITIES, random);
        String dash = pick(DASHES, random);
        if (random.nextBoolean()) {
            return city + " " + dash + " ";
        }
        String month = published.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return city + ", " + month + " " + published.getDayOfMonth() + " " + dash + " ";
    }

    static String byline(SplittableRandom random) {
        String first = pick(NAMES, random);
        if (random.nextInt(3) > 0) {
            return "By " + first;
        }
        String second = pick(NAMES, random);
        return second.equals(first) ? "By " + first : "By " + first + " and " + second;
    }

    static String caption(LocalDate published, SplittableRandom random) {
        String city = pick(CITIES, random);
        String place = city.contains(",") ? city.substring(0, city.indexOf(',')) : city;
        StringBuilder name = new StringBuilder(place.length());
        for (String word : place.split(" ")) {
            name.append(name.isEmpty() ? "" : " ")
                    .append(word.charAt(0))
                    .append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        String day = published.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return String.format(Locale.ROOT, pick(CAPTIONS, random), name, day, pick(AGENCIES, random));
    }

    private static String pick(String[] choices, SplittableRandom random) {
        return choices[random.nextInt(choices.length)];
    }
}
