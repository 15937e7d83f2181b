package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.filing.MaterialManagement;
import cn.eduapp.registry.rules.MaterialKind;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The materials on the filing page and on a revision's page (issue 21): the provider's upload form and removal, the reviewers' links
 * (opened inline, sandboxed), the 承诺书 to download. Refusals come back to the filing page in Chinese.
 */
@Controller
@AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
class MaterialPageController {

    private final MaterialManagement materials;
    private final UploadPolicy uploads;
    private final FormErrors formErrors;
    private final Messages messages;

    MaterialPageController(MaterialManagement materials, UploadPolicy uploads, FormErrors formErrors, Messages messages) {
        this.materials = materials;
        this.uploads = uploads;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    /** The upload form's choices: every kind with its Chinese name. */
    static Map<String, String> kinds(MaterialManagement materials) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (MaterialKind k : MaterialKind.values()) {
            kinds.put(k.name(), materials.label(k));
        }
        return kinds;
    }

    @PostMapping({"/filings/{id}/materials", "/filings/{id}/revisions/{rid}/materials"})
    @AllowedRoles(Role.PROVIDER)
    String upload(@PathVariable String id, @PathVariable(required = false) @Nullable String rid,
                  @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String kind,
                  @RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
        formErrors.flash(redirect, "filing.material.uploaded", () -> materials.add(id, rid, user,
                MaterialForms.kind(kind, messages), () -> MaterialForms.one(file, uploads, messages)));
        return back(id, rid);
    }

    @PostMapping({"/filings/{id}/materials/{mid}/delete", "/filings/{id}/revisions/{rid}/materials/{mid}/delete"})
    @AllowedRoles(Role.PROVIDER)
    String remove(@PathVariable String id, @PathVariable(required = false) @Nullable String rid, @PathVariable String mid,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        formErrors.flash(redirect, "filing.material.removed", () -> materials.remove(id, rid, mid, user));
        return back(id, rid);
    }

    @GetMapping({"/filings/{id}/materials/{mid}", "/filings/{id}/revisions/{rid}/materials/{mid}"})
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable(required = false) @Nullable String rid,
                                    @PathVariable String mid, @AuthenticationPrincipal CurrentUser user) {
        return MaterialForms.response(materials.download(id, rid, mid, user));
    }

    /** Back to the filing's or the revision's page, at its materials. */
    private static String back(String id, @Nullable String rid) {
        return "redirect:/filings/" + id + (rid == null ? "" : "/revisions/" + rid) + "#materials";
    }

    @GetMapping("/filings/{id}/commitment-letter")
    ResponseEntity<byte[]> letter(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return MaterialForms.letter(materials.commitmentLetter(id, user));
    }
}
