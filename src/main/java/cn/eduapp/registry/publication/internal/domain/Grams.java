package cn.eduapp.registry.publication.internal.domain;

import java.util.Locale;
import java.util.TreeSet;

/**
 * The 1- and 2-character substrings of names, lower case. pg_trgm indexes nothing for a query shorter
 * than three characters, and two Chinese characters (数学, 北京) are the most common query there is, so
 * those queries look up this array (GIN) instead. Spaces and punctuation are characters like any other.
 */
public final class Grams {

    private Grams() {
    }

    public static String[] of(String... names) {
        TreeSet<String> grams = new TreeSet<>();
        for (String name : names) {
            int[] cps = normalise(name).codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                grams.add(new String(cps, i, 1));
                if (i + 1 < cps.length) {
                    grams.add(new String(cps, i, 2));
                }
            }
        }
        return grams.toArray(String[]::new);
    }

    public static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Characters, not UTF-16 units. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
