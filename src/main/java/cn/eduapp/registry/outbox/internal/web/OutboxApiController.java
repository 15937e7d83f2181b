package cn.eduapp.registry.outbox.internal.web;

import cn.eduapp.registry.outbox.OutboxEntry;
import cn.eduapp.registry.outbox.OutboxManagement;
import cn.eduapp.registry.outbox.OutboxStatus;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox for the city: list, retry a failed message, and the contacts of organisations without one. */
@RestController
@RequestMapping("/api/v1/outbox")
@AllowedRoles(Role.CITY_REVIEWER)
class OutboxApiController {

    private final OutboxManagement outbox;

    OutboxApiController(OutboxManagement outbox) {
        this.outbox = outbox;
    }

    record ContactInput(@Nullable @Email(message = "{outbox.contact.email.invalid}") @Size(max = 200) String email,
                        @Nullable @Pattern(regexp = "^[0-9+\\-() ]{5,20}$", message = "{outbox.contact.phone.invalid}") String phone) {
    }

    @GetMapping
    PageResult<OutboxEntry> list(@RequestParam(required = false) @Nullable OutboxStatus status,
                                 @RequestParam(required = false) @Nullable Integer page,
                                 @RequestParam(required = false) @Nullable Integer size) {
        return outbox.list(status, PageQuery.of(page, size));
    }

    @PostMapping("/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable String id) {
        outbox.retry(id);
        return ResponseEntity.noContent().build();
    }

    /** Where an app store, district or school receives notices by email and text message. */
    @PutMapping("/contacts/{organisationId}")
    ResponseEntity<Void> contact(@PathVariable String organisationId, JsonBody body) {
        ContactInput in = body.read(ContactInput.class);
        outbox.setContact(organisationId, blank(in.email()), blank(in.phone()));
        return ResponseEntity.noContent().build();
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
