package cn.eduapp.registry.enforcement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A numbered document of an order or case; {@code url} answers its PDF, {@code page} its page. */
public record DocumentRef(String id, String kind, String number, String url, String page, Instant issuedAt,
                          @Nullable Instant servedAt, @Nullable Instant openedAt) {
}
