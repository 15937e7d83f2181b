package cn.eduapp.registry.filing;

import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A revision as the API shows it. */
public record RevisionView(String id, String filingId, RevisionStatus status, Declaration app,
                           @Nullable PrecheckResult precheck, String createdBy, Instant createdAt,
                           @Nullable Instant submittedAt, @Nullable Instant decidedAt, @Nullable String decidedBy,
                           @Nullable String comment, int version) {
}
