package cn.eduapp.registry.publication;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import java.time.LocalDate;

/** The city published a numbered announcement of the lists as they stood on {@code asOf}. */
public record AnnouncementPublished(Actor actor, String announcementId, String serial, LocalDate asOf, String title,
                                    Instant at) implements AuditableEvent {
    public String action() { return "ANNOUNCEMENT_PUBLISHED"; }
    public String entityType() { return "ANNOUNCEMENT"; }
    public String entityId() { return announcementId; }
    public String summary() { return serial + " " + title + "（截至 " + asOf + "）"; }
}
