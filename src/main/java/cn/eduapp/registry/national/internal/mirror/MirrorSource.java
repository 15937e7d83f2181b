package cn.eduapp.registry.national.internal.mirror;

import cn.eduapp.registry.national.NationalApp;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the mirror's apps come from: {@code GET {base}/apps?since={cursor}&limit={n}} in {@code http} mode, the
 * CSV of apps "filed in other provinces" in {@code in-system} mode. {@code next} is the cursor of the following
 * call, equal to {@code since} when nothing is new.
 */
public interface MirrorSource {

    Page fetch(@Nullable String since, int limit);

    /** Where the apps come from, for the city's page. */
    String describe();

    record Page(List<NationalApp> items, @Nullable String next) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** The national side could not be read: {@code key} (in {@code i18n/national.properties}) and its arguments say why. */
    class SourceUnavailable extends RuntimeException {

        private final String key;
        private final Object[] args;

        public SourceUnavailable(String key, @Nullable Throwable cause, Object... args) {
            super(key, cause);
            this.key = key;
            this.args = args.clone();
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }
}
