package cn.eduapp.registry.publication.internal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes to {@code pub_gram_count} (V91): how many listed filings carry each gram of their names, per
 * category, and under the empty gram how many are listed at all. Gathered while a transaction changes
 * {@code pub_filing} and written at its end, in gram order, so two transactions never wait on each
 * other's rows in opposite orders.
 */
public final class GramCounts {

    /** The gram that every listed filing carries: the whole list's total. */
    public static final String ALL = "";

    private record Key(String gram, String category) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = gram.compareTo(o.gram);
            return c != 0 ? c : category.compareTo(o.category);
        }
    }

    private final Map<Key, Long> delta = new TreeMap<>();

    /** A filing that was listed with these grams no longer is (or no longer shows them). */
    public void leave(@Nullable String category, String[] grams) {
        change(category, grams, -1);
    }

    /** A filing is listed now with these grams. */
    public void enter(@Nullable String category, String[] grams) {
        change(category, grams, 1);
    }

    private void change(@Nullable String category, String[] grams, long by) {
        String c = category == null ? "" : category;
        delta.merge(new Key(ALL, c), by, Long::sum);
        for (String gram : grams) {
            delta.merge(new Key(gram, c), by, Long::sum);
        }
    }

    void write(JdbcTemplate jdbc) {
        List<Object[]> rows = new ArrayList<>();
        delta.forEach((k, n) -> {
            if (n != 0) {
                rows.add(new Object[] {k.gram(), k.category(), n});
            }
        });
        jdbc.batchUpdate("""
                insert into pub_gram_count (gram, category, n) values (?, ?, ?)
                on conflict (gram, category) do update set n = pub_gram_count.n + excluded.n""", rows);
        delta.clear();
    }
}
