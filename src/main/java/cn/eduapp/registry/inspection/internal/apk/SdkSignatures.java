package cn.eduapp.registry.inspection.internal.apk;

import cn.eduapp.registry.inspection.PackageReport.Sdk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SDK signature list (resources/inspection/sdk-signatures.json, data, not code) compiled into a trie
 * over dex type descriptors ({@code Lcom/qq/e/}). Matching a class walks its descriptor once along the trie
 * and keeps the longest prefix that ends a signature, so one pass over all class names costs the length of
 * the matched prefixes, whatever the number of signatures; an exclusion prefix (the advertising-ID helper
 * inside AdMob's package) is simply a longer prefix that names no SDK.
 */
public final class SdkSignatures {

    public record Signature(String name, String category, List<String> prefixes, String source) {
    }

    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        /** The signature a prefix ending here names; EXCLUDED for an exclusion; null when no prefix ends here. */
        @Nullable Signature signature;
        @Nullable String prefix;

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node add(char c) {
            Node n = child(c);
            if (n == null) {
                n = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = n;
            }
            return n;
        }
    }

    private static final Signature EXCLUDED = new Signature("", "", List.of(), "");

    private final List<Signature> signatures;
    private final Node root = new Node();

    private SdkSignatures(List<Signature> signatures, Map<String, Signature> exclusions) {
        this.signatures = List.copyOf(signatures);
        for (Signature s : signatures) {
            for (String p : s.prefixes()) {
                insert(p, s);
            }
        }
        exclusions.forEach(this::insert);
    }

    public static SdkSignatures load() {
        try (InputStream in = SdkSignatures.class.getResourceAsStream("/inspection/sdk-signatures.json")) {
            if (in == null) {
                throw new IllegalStateException("inspection/sdk-signatures.json missing");
            }
            return parse(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SdkSignatures parse(JsonNode doc) {
        List<Signature> out = new ArrayList<>();
        Map<String, Signature> exclusions = new LinkedHashMap<>();
        for (JsonNode s : doc.path("signatures")) {
            List<String> prefixes = new ArrayList<>();
            s.path("prefixes").forEach(p -> prefixes.add(normalise(p.asString())));
            out.add(new Signature(s.path("name").asString(), s.path("category").asString(), List.copyOf(prefixes),
                    s.path("source").asString()));
            s.path("exclude").forEach(p -> exclusions.put(normalise(p.asString()), EXCLUDED));
        }
        return new SdkSignatures(out, exclusions);
    }

    public List<Signature> all() {
        return signatures;
    }

    private static String normalise(String prefix) {
        return prefix.endsWith(".") ? prefix : prefix + ".";
    }

    private void insert(String dottedPrefix, Signature s) {
        String descriptor = "L" + dottedPrefix.replace('.', '/');
        Node n = root;
        for (int i = 0; i < descriptor.length(); i++) {
            n = n.add(descriptor.charAt(i));
        }
        n.signature = s;
        n.prefix = dottedPrefix;
    }

    /** Collects the hits of one package's classes. Not thread-safe; one per inspection. */
    public Matcher matcher() {
        return new Matcher();
    }

    public final class Matcher {
        private static final int EVIDENCE = 5;

        private final Map<Signature, Hit> hits = new LinkedHashMap<>();
        private int classes;

        private static final class Hit {
            final TreeSet<String> evidence = new TreeSet<>();
            final TreeSet<String> prefixes = new TreeSet<>();
            int count;
        }

        /** {@code descriptor}: a dex type descriptor such as {@code Lcom/qq/e/ads/Foo;}. */
        public void accept(String descriptor) {
            classes++;
            Node n = root;
            Node best = null;
            for (int i = 0; i < descriptor.length(); i++) {
                n = n.child(descriptor.charAt(i));
                if (n == null) {
                    break;
                }
                if (n.signature != null) {
                    best = n;
                }
            }
            if (best == null || best.signature == EXCLUDED) {
                return;
            }
            Hit hit = hits.computeIfAbsent(best.signature, k -> new Hit());
            hit.count++;
            hit.prefixes.add(best.prefix);
            String name = toClassName(descriptor);
            if (hit.evidence.size() < EVIDENCE || name.compareTo(hit.evidence.last()) < 0) {
                hit.evidence.add(name);
                if (hit.evidence.size() > EVIDENCE) {
                    hit.evidence.pollLast();
                }
            }
        }

        public int classes() {
            return classes;
        }

        public List<Sdk> result() {
            List<Sdk> out = new ArrayList<>();
            for (Signature s : signatures) {
                Hit h = hits.get(s);
                if (h != null) {
                    out.add(new Sdk(s.name(), s.category(), List.copyOf(h.evidence), h.count, List.copyOf(h.prefixes)));
                }
            }
            return out;
        }
    }

    static String toClassName(String descriptor) {
        int end = descriptor.endsWith(";") ? descriptor.length() - 1 : descriptor.length();
        return descriptor.substring(descriptor.startsWith("L") ? 1 : 0, end).replace('/', '.');
    }
}
