package cn.eduapp.registry.transparency.internal;

import cn.eduapp.registry.transparency.LogEntry;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The leaf's bytes: JSON with the keys sorted, no spaces, absent values left out, strings escaped as
 * RFC 8785 (JCS) does, UTF-8. Written here rather than by a configurable mapper so that the bytes never
 * change with a library's settings: the hashes of every past leaf depend on them.
 */
public final class CanonicalLeaf {

    private CanonicalLeaf() {
    }

    public static String of(long seq, LogEntry e) {
        Map<String, @Nullable Object> fields = new TreeMap<>();
        fields.put("seq", seq);
        fields.put("kind", e.kind().name());
        fields.put("filingNumber", e.filingNumber());
        fields.put("creditCode", e.creditCode());
        fields.put("appName", e.appName());
        fields.put("providerName", e.providerName());
        fields.put("status", e.status());
        fields.put("at", e.at().toString());
        StringBuilder out = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (v == null) {
                return;
            }
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, k);
            out.append(':');
            if (v instanceof Long n) {
                out.append(n);
            } else {
                string(out, v.toString());
            }
        });
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
