package cn.eduapp.registry.filing.internal.domain;

import cn.eduapp.registry.filing.FilingApprovedByCity;
import cn.eduapp.registry.filing.FilingApprovedByMoe;
import cn.eduapp.registry.filing.FilingCancelled;
import cn.eduapp.registry.filing.FilingClassificationCorrected;
import cn.eduapp.registry.filing.FilingCreated;
import cn.eduapp.registry.filing.FilingEdited;
import cn.eduapp.registry.filing.FilingPutUnderRectification;
import cn.eduapp.registry.filing.FilingRectified;
import cn.eduapp.registry.filing.FilingRefusedNoLongerAccepted;
import cn.eduapp.registry.filing.FilingRegistered;
import cn.eduapp.registry.filing.FilingRejected;
import cn.eduapp.registry.filing.FilingRejectedByMoe;
import cn.eduapp.registry.filing.FilingReturned;
import cn.eduapp.registry.filing.FilingRevocationAnnulled;
import cn.eduapp.registry.filing.FilingRevoked;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingSubmitted;
import cn.eduapp.registry.filing.HistoryEntry;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An app filing. Its status changes only through the methods below, each of which checks that the step
 * is legal from the current status and records who, when, from, to and why (DOMAIN.md's lifecycle).
 */
public class Filing {

    private final String id;
    private final String providerId;
    private final String providerName;
    private final Instant createdAt;
    private int version;
    private FilingStatus status;
    private Declaration app;
    private @Nullable String filingNumber;
    private @Nullable Category category;
    private @Nullable PrecheckResult precheck;
    private @Nullable Instant submittedAt;
    private @Nullable Instant registeredAt;
    private @Nullable Instant revokedAt;
    private final List<HistoryEntry> newHistory = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private boolean imported;

    public Filing(String id, String providerId, String providerName, FilingStatus status, Declaration app,
                  @Nullable String filingNumber, @Nullable Category category, @Nullable PrecheckResult precheck,
                  Instant createdAt, @Nullable Instant submittedAt, @Nullable Instant registeredAt,
                  @Nullable Instant revokedAt, int version) {
        this.id = id;
        this.providerId = providerId;
        this.providerName = providerName;
        this.status = status;
        this.app = app;
        this.filingNumber = filingNumber;
        this.category = category;
        this.precheck = precheck;
        this.createdAt = createdAt;
        this.submittedAt = submittedAt;
        this.registeredAt = registeredAt;
        this.revokedAt = revokedAt;
        this.version = version;
    }

    public static Filing draft(String id, String providerId, String providerName, Declaration app, Actor actor, Instant now) {
        Filing f = new Filing(id, providerId, providerName, FilingStatus.DRAFT, app, null, null, null, now, null, null, null, 0);
        f.newHistory.add(new HistoryEntry(now, actor.username(), "CREATED", null, FilingStatus.DRAFT, null));
        f.events.add(new FilingCreated(actor, f.fid(), f.pid(), now));
        return f;
    }

    /**
     * A registration made before this platform, imported with its number (API.md "Existing registrations"): it
     * enters REGISTERED, submitted and registered when the commission registered it. Its import announces it.
     */
    public static Filing imported(String id, String providerId, String providerName, Declaration app, String number,
                                  @Nullable Category category, Instant registeredAt, Actor actor, String comment, Instant now) {
        Filing f = new Filing(id, providerId, providerName, FilingStatus.REGISTERED, app, number, category, null, now,
                registeredAt, registeredAt, null, 0);
        f.imported = true;
        f.newHistory.add(new HistoryEntry(now, actor.username(), "IMPORTED", null, FilingStatus.REGISTERED, comment));
        return f;
    }

    public void edit(Declaration newApp, Actor actor, Instant now) {
        require("EDIT", FilingStatus.EDITABLE);
        this.app = newApp;
        this.precheck = null;
        newHistory.add(new HistoryEntry(now, actor.username(), "EDITED", status, status, null));
        events.add(new FilingEdited(actor, fid(), pid(), status, now));
    }

    public void recordPrecheck(PrecheckResult result) {
        this.precheck = result;
    }

    /** Submission: legal from DRAFT or RETURNED, and only with no blocking finding. */
    public void submit(PrecheckResult result, Actor actor, Instant now) {
        require("SUBMIT", FilingStatus.EDITABLE);
        if (result.blocking()) {
            throw new IllegalArgumentException("a filing with blocking findings cannot be submitted");
        }
        this.precheck = result;
        this.category = result.category();
        if (submittedAt == null) {
            submittedAt = now;
        }
        move(FilingStatus.CITY_REVIEW, "SUBMITTED", actor, now, null);
        events.add(new FilingSubmitted(actor, fid(), pid(), now));
    }

    public void cityApprove(Actor actor, @Nullable String comment, Instant now) {
        require("CITY_APPROVE", EnumSet.of(FilingStatus.CITY_REVIEW));
        move(FilingStatus.MOE_REVIEW, "CITY_APPROVED", actor, now, comment);
        events.add(new FilingApprovedByCity(actor, fid(), pid(), lastComment(), now));
    }

    public void cityReturn(Actor actor, String comment, Instant now) {
        require("CITY_RETURN", EnumSet.of(FilingStatus.CITY_REVIEW));
        move(FilingStatus.RETURNED, "CITY_RETURNED", actor, now, requireComment(comment));
        events.add(new FilingReturned(actor, fid(), pid(), comment.trim(), now));
    }

    public void cityReject(Actor actor, String comment, Instant now) {
        require("CITY_REJECT", EnumSet.of(FilingStatus.CITY_REVIEW));
        move(FilingStatus.REJECTED, "CITY_REJECTED", actor, now, requireComment(comment));
        events.add(new FilingRejected(actor, fid(), pid(), comment.trim(), now));
    }

    public void register(String number, Actor actor, @Nullable String comment, Instant now) {
        require("MOE_REGISTER", EnumSet.of(FilingStatus.MOE_REVIEW));
        this.filingNumber = number;
        this.registeredAt = now;
        move(FilingStatus.REGISTERED, "MOE_REGISTERED", actor, now, comment);
        events.add(new FilingApprovedByMoe(actor, fid(), pid(), number, lastComment(), now));
        events.add(new FilingRegistered(actor, fid(), pid(), number, now));
    }

    public void moeReject(Actor actor, String comment, Instant now) {
        require("MOE_REJECT", EnumSet.of(FilingStatus.MOE_REVIEW));
        move(FilingStatus.REJECTED, "MOE_REJECTED", actor, now, requireComment(comment));
        events.add(new FilingRejectedByMoe(actor, fid(), pid(), comment.trim(), now));
    }

    /** 注销 by the provider; a filing under rectification must answer its order first. */
    public void cancel(Actor actor, @Nullable String comment, Instant now) {
        require("CANCEL", FilingStatus.CANCELLABLE);
        move(FilingStatus.CANCELLED, "CANCELLED", actor, now, comment);
        events.add(new FilingCancelled(actor, fid(), pid(), filingNumber, lastComment(), now));
    }

    public void orderRectification(Actor actor, String reason, Instant now) {
        require("ORDER_RECTIFICATION", EnumSet.of(FilingStatus.REGISTERED));
        move(FilingStatus.UNDER_RECTIFICATION, "RECTIFICATION_ORDERED", actor, now, reason);
        events.add(new FilingPutUnderRectification(actor, fid(), pid(), number(), lastComment(), now));
    }

    public void rectificationAccepted(Actor actor, @Nullable String comment, Instant now) {
        require("RECTIFICATION_ACCEPTED", EnumSet.of(FilingStatus.UNDER_RECTIFICATION));
        move(FilingStatus.REGISTERED, "RECTIFICATION_ACCEPTED", actor, now, comment);
        events.add(new FilingRectified(actor, fid(), pid(), number(), now));
    }

    public void revoke(Actor actor, String reason, Instant now) {
        require("REVOKE", EnumSet.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION));
        this.revokedAt = now;
        move(FilingStatus.REVOKED, "REVOKED", actor, now, reason);
        events.add(new FilingRevoked(actor, fid(), pid(), filingNumber, lastComment(), now));
    }

    /** A review (行政复议 or court) annulled the revocation: the filing stands again as it was registered. */
    public void revocationAnnulled(Actor actor, String reason, Instant now) {
        require("REVOCATION_ANNULLED", EnumSet.of(FilingStatus.REVOKED));
        this.revokedAt = null;
        move(FilingStatus.REGISTERED, "REVOCATION_ANNULLED", actor, now, reason);
        events.add(new FilingRevocationAnnulled(actor, fid(), pid(), filingNumber, reason.trim(), now));
    }


    /**
     * 京教信〔2022〕5号 三（五）: an application the notice says is no longer accepted, refused (不予备案) by the
     * city while it waits for the city's or the national review.
     */
    public void refuseNoLongerAccepted(Actor actor, String reason, Instant now) {
        require("REFUSE_NO_LONGER_ACCEPTED", EnumSet.of(FilingStatus.CITY_REVIEW, FilingStatus.MOE_REVIEW));
        move(FilingStatus.REJECTED, "REFUSED_NO_LONGER_ACCEPTED", actor, now, requireComment(reason));
        events.add(new FilingRefusedNoLongerAccepted(actor, fid(), pid(), reason.trim(), now));
    }

    /**
     * The city reviewer corrects the category decided from the declaration (null: out of scope, no category),
     * with a reason kept in the history the provider reads. Only while the filing is before the city.
     */
    public void correctClassification(@Nullable Category corrected, Actor actor, String comment, Instant now) {
        require("CORRECT_CLASSIFICATION", EnumSet.of(FilingStatus.CITY_REVIEW));
        this.category = corrected;
        newHistory.add(new HistoryEntry(now, actor.username(), "CLASSIFICATION_CORRECTED", status, status,
                requireComment(comment)));
        events.add(new FilingClassificationCorrected(actor, fid(), pid(), corrected, comment.trim(), now));
    }

    /** An approved revision becomes the declaration in force (this platform reports nothing to the national one). */
    public void applyRevision(Declaration newApp, Actor actor, String comment, Instant now) {
        require("APPLY_REVISION", EnumSet.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION));
        this.app = newApp;
        newHistory.add(new HistoryEntry(now, actor.username(), "REVISION_APPROVED", status, status, comment));
    }

    private void require(String action, Set<FilingStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new IllegalTransition(status, action);
        }
    }

    private static String requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("a comment is required");
        }
        return comment.trim();
    }

    private @Nullable String lastComment() {
        return newHistory.get(newHistory.size() - 1).comment();
    }

    /** The number a registered filing has (every step after registration keeps it; "" only in hand-built tests). */
    private String number() {
        return filingNumber == null ? "" : filingNumber;
    }

    private void move(FilingStatus to, String action, Actor actor, Instant now, @Nullable String comment) {
        newHistory.add(new HistoryEntry(now, actor.username(), action, status, to,
                comment == null || comment.isBlank() ? null : comment.trim()));
        this.status = to;
    }

    public String id() { return id; }
    public String providerId() { return providerId; }
    private FilingId fid() { return FilingId.of(id); }
    private ProviderId pid() { return ProviderId.of(providerId); }
    public String providerName() { return providerName; }
    public FilingStatus status() { return status; }
    public Declaration app() { return app; }
    public @Nullable String filingNumber() { return filingNumber; }
    public @Nullable Category category() { return category; }
    public @Nullable PrecheckResult precheck() { return precheck; }
    public Instant createdAt() { return createdAt; }
    public @Nullable Instant submittedAt() { return submittedAt; }
    public @Nullable Instant registeredAt() { return registeredAt; }
    public @Nullable Instant revokedAt() { return revokedAt; }
    public int version() { return version; }
    /** True while an import creates the filing, for its insert (a loaded filing says false; no step reads it). */
    public boolean imported() { return imported; }

    /** History entries added since the filing was loaded, for the repository to append. */
    public List<HistoryEntry> newHistory() {
        return List.copyOf(newHistory);
    }

    /** The events of the steps taken since the filing was loaded, in order, for the service to publish. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    /** The repository stored the filing as it is, with this version: its new history and events are written and told. */
    public void stored(int storedVersion) {
        this.version = storedVersion;
        newHistory.clear();
        events.clear();
    }

    /** The last entry added, for the event that announces it. */
    public @Nullable HistoryEntry lastChange() {
        return newHistory.isEmpty() ? null : newHistory.get(newHistory.size() - 1);
    }
}
