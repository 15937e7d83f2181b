package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.filing.FilingMaterial;
import cn.eduapp.registry.filing.MaterialManagement;
import cn.eduapp.registry.rules.MaterialKind;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.Messages;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A filing's documents (issue 21) and a revision's own, at {@code /materials} under either; the 承诺书 the platform
 * writes. The provider adds and removes them while a draft or returned; the agencies read them once submitted.
 */
@RestController
class MaterialApiController {

    private static final String FILING = "/api/v1/filings/{id}";
    private static final String REVISION = "/api/v1/filings/{id}/revisions/{rid}";

    private final MaterialManagement materials;
    private final UploadPolicy uploads;
    private final Messages messages;

    MaterialApiController(MaterialManagement materials, UploadPolicy uploads, Messages messages) {
        this.materials = materials;
        this.uploads = uploads;
        this.messages = messages;
    }

    @PostMapping({FILING + "/materials", REVISION + "/materials"})
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.PROVIDER)
    FilingMaterial add(@PathVariable String id, @PathVariable(required = false) @Nullable String rid,
                       @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String kind,
                       @RequestParam(required = false) @Nullable MultipartFile file) {
        MaterialKind k = MaterialForms.kind(kind, messages);
        return materials.add(id, rid, user, k, () -> MaterialForms.one(file, uploads, messages));
    }

    @GetMapping({FILING + "/materials", REVISION + "/materials"})
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    Map<String, List<FilingMaterial>> list(@PathVariable String id, @PathVariable(required = false) @Nullable String rid,
                                           @AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", materials.list(id, rid, user));
    }

    /** PDF or image inline for the agencies' reviewers (sandboxed, nosniff); an attachment for everyone else. */
    @GetMapping({FILING + "/materials/{mid}", REVISION + "/materials/{mid}"})
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable(required = false) @Nullable String rid,
                                    @PathVariable String mid, @AuthenticationPrincipal CurrentUser user) {
        return MaterialForms.response(materials.download(id, rid, mid, user));
    }

    @DeleteMapping({FILING + "/materials/{mid}", REVISION + "/materials/{mid}"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @AllowedRoles(Role.PROVIDER)
    void remove(@PathVariable String id, @PathVariable(required = false) @Nullable String rid, @PathVariable String mid,
                @AuthenticationPrincipal CurrentUser user) {
        materials.remove(id, rid, mid, user);
    }

    /** The 承诺书 filled from the declaration, to sign, seal and upload as COMMITMENT_LETTER. */
    @GetMapping(FILING + "/commitment-letter")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    ResponseEntity<byte[]> commitmentLetter(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return MaterialForms.letter(materials.commitmentLetter(id, user));
    }
}
