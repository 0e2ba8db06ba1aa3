package org.sitrep.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swaps two nations throughout one article, demonym and country name alike ("North Korean" ↔ "Sudanese",
 * "North Korea" ↔ "Sudan"), so that the same sentences describe other conflicts.
 */
final class NationSwap {
    /** Demonym, country name; index-aligned. */
    private static final String[][] NATIONS = {
        {"North Korean", "North Korea"}, {"Ukrainian", "Ukraine"}, {"Russian", "Russia"}, {"Sudanese", "Sudan"},
        {"Israeli", "Israel"}, {"Palestinian", "Palestine"}, {"Syrian", "Syria"}, {"Yemeni", "Yemen"},
        {"Lebanese", "Lebanon"}, {"Nigerian", "Nigeria"}, {"Congolese", "Congo"}, {"Somali", "Somalia"},
    };

    private NationSwap() {
    }

    /**
     * With probability {@code chance}, a swap of one nation named in {@code sample} with another, to apply to
     * every part of the article; else the identity.
     */
    static UnaryOperator<String> choose(String sample, double chance, SplittableRandom random) {
        if (random.nextDouble() >= chance) {
            return UnaryOperator.identity();
        }
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < NATIONS.length; i++) {
            if (sample.contains(NATIONS[i][0]) || sample.contains(NATIONS[i][1])) {
                present.add(i);
            }
        }
        if (present.isEmpty()) {
            return UnaryOperator.identity();
        }
        int from = present.get(random.nextInt(present.size()));
        int to = (from + 1 + random.nextInt(NATIONS.length - 1)) % NATIONS.length;
        return text -> swap(text, NATIONS[from], NATIONS[to]);
    }

    private static String swap(String text, String[] first, String[] second) {
        Pattern names = Pattern.compile("\\b(" + String.join("|", Pattern.quote(first[0]), Pattern.quote(first[1]),
                Pattern.quote(second[0]), Pattern.quote(second[1])) + ")\\b");
        Matcher matcher = names.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = name.equals(first[0]) ? second[0]
                    : name.equals(first[1]) ? second[1]
                    : name.equals(second[0]) ? first[0]
                    : first[1];
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
