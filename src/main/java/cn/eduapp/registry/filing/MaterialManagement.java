package cn.eduapp.registry.filing;

import cn.eduapp.registry.document.FileTypes;
import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.document.UploadRules;
import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.filing.internal.CommitmentLetter;
import cn.eduapp.registry.filing.internal.FilingAccess;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.domain.Revision;
import cn.eduapp.registry.filing.internal.persistence.MaterialRepository;
import cn.eduapp.registry.filing.internal.persistence.RevisionRepository;
import cn.eduapp.registry.rules.MaterialKind;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A filing's documents (issue 21): added and removed by its provider while the filing (or the revision) is a draft
 * or returned, listed and opened by the provider and, once submitted, by the agencies; another provider gets 404
 * (audited as a refusal). One JPEG, PNG or PDF per upload, by its bytes, no polyglot, at most 5 MB, kept with its
 * SHA-256. Every addition, removal and download is audited. {@code revisionId} null means the filing's own.
 */
@Service
public class MaterialManagement {

    /** Refusals name the field {@code file}, codes MATERIAL_*, texts filing.material.*. */
    public static final UploadRules MATERIALS = new UploadRules("file", "MATERIAL", "filing.material");

    private final FilingAccess access;
    private final RevisionRepository revisions;
    private final MaterialRepository materials;
    private final UploadPolicy uploads;
    private final CommitmentLetter letter;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;

    MaterialManagement(FilingAccess access, RevisionRepository revisions, MaterialRepository materials, UploadPolicy uploads,
                       CommitmentLetter letter, ApplicationEventPublisher events, TransactionTemplate tx, Messages messages,
                       Clock clock) {
        this.access = access;
        this.revisions = revisions;
        this.materials = materials;
        this.uploads = uploads;
        this.letter = letter;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    public List<FilingMaterial> list(String filingId, @Nullable String revisionId, CurrentUser user) {
        Filing f = visible(filingId, revisionId, user);
        return materials.list(f.id(), revisionId).stream().map(m -> view(f.id(), revisionId, m)).toList();
    }

    /** The file is read only once the caller is known to own a changeable filing (404 and 409 before 400/413). */
    public FilingMaterial add(String filingId, @Nullable String revisionId, CurrentUser user, MaterialKind kind,
                              Supplier<UploadedFile> upload) {
        Filing f = changeable(filingId, revisionId, user);
        UploadedFile file = upload.get();
        uploads.check(List.of(file), MATERIALS);
        String type = FileTypes.detect(file.content()).orElseThrow();
        Instant now = clock.instant();
        String label = label(kind);
        String id = tx.execute(s -> {
            String mid = materials.add(f.id(), revisionId, new MaterialRepository.NewMaterial(kind, file.storedName(), type,
                    file.sha256(), file.content()), user.username(), now);
            events.publishEvent(new FilingMaterialAdded(user.actor(), FilingId.of(f.id()), revisionId, mid, label, file.sha256(), now));
            return mid;
        });
        return list(f.id(), revisionId, user).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    public void remove(String filingId, @Nullable String revisionId, String materialId, CurrentUser user) {
        Filing f = changeable(filingId, revisionId, user);
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            if (!materials.delete(f.id(), revisionId, materialId)) {
                throw ApiProblem.notFound();
            }
            events.publishEvent(new FilingMaterialRemoved(user.actor(), FilingId.of(f.id()), revisionId, materialId, now));
        });
    }

    public MaterialDownload download(String filingId, @Nullable String revisionId, String materialId, CurrentUser user) {
        Filing f = visible(filingId, revisionId, user);
        MaterialRepository.Stored m = materials.find(f.id(), revisionId, materialId).orElseThrow(ApiProblem::notFound);
        events.publishEvent(new FilingMaterialDownloaded(user.actor(), FilingId.of(f.id()), revisionId, m.id(), clock.instant()));
        return new MaterialDownload(m.fileName(), m.contentType(), m.content(), user.isAgency());
    }

    /** The 承诺书 the platform writes from the filing's declaration, for the provider to sign, seal and upload. */
    public byte[] commitmentLetter(String filingId, CurrentUser user) {
        return letter.render(access.visible(filingId, user));
    }

    /** The Chinese name of a kind (the upload form's choices and the list). */
    public String label(MaterialKind kind) {
        return messages.get("filing.material.kind." + kind.name());
    }

    private Filing visible(String filingId, @Nullable String revisionId, CurrentUser user) {
        Filing f = access.visible(filingId, user);
        if (revisionId != null) {
            Revision r = revisions.find(f.id(), revisionId).orElseThrow(ApiProblem::notFound);
            if (!user.has(Role.PROVIDER) && r.submittedAt() == null) {
                throw ApiProblem.notVisible();
            }
        }
        return f;
    }

    /** The caller's own filing (or revision) while it may still change: 409 once submitted. */
    private Filing changeable(String filingId, @Nullable String revisionId, CurrentUser user) {
        Filing f = access.own(filingId, user);
        if (revisionId == null) {
            if (!FilingStatus.EDITABLE.contains(f.status())) {
                throw ApiProblem.conflict("filing.material.locked", messages.get("filing.status." + f.status().name()));
            }
            return f;
        }
        Revision r = revisions.find(f.id(), revisionId).orElseThrow(ApiProblem::notFound);
        if (!RevisionStatus.EDITABLE.contains(r.status())) {
            throw ApiProblem.conflict("filing.material.locked", messages.get("revision.status." + r.status().name()));
        }
        return f;
    }

    private FilingMaterial view(String filingId, @Nullable String revisionId, MaterialRepository.Info m) {
        String base = "/api/v1/filings/" + filingId + (revisionId == null ? "" : "/revisions/" + revisionId);
        return new FilingMaterial(m.id(), m.kind(), label(m.kind()), m.fileName(), m.contentType(), m.size(), m.sha256(),
                m.uploadedAt(), base + "/materials/" + m.id());
    }
}
