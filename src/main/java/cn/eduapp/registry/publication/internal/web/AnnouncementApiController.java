package cn.eduapp.registry.publication.internal.web;

import cn.eduapp.registry.publication.internal.persistence.AnnouncementRepository;
import cn.eduapp.registry.publication.internal.Announcements;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Announcements: the city publishes; everyone lists them and downloads each one's PDF and CSVs. */
@RestController
class AnnouncementApiController {

    private final Announcements announcements;
    private final AnnouncementRepository repository;

    AnnouncementApiController(Announcements announcements, AnnouncementRepository repository) {
        this.announcements = announcements;
        this.repository = repository;
    }

    record PublishRequest(@NotNull(message = "{announcement.asOf.required}") LocalDate asOf,
                          @NotBlank(message = "{announcement.title.required}") @Size(max = 100) String title,
                          @Nullable @Size(max = 50) String approver) {
    }

    record Published(String id, String serial, LocalDate asOf, Instant publishedAt) {
    }

    @PostMapping("/api/v1/announcements")
    @AllowedRoles(Role.CITY_REVIEWER)
    ResponseEntity<Published> publish(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        PublishRequest r = body.read(PublishRequest.class);
        var a = announcements.publish(user, r.asOf(), r.title(), r.approver());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Published(a.id(), a.serial(), a.asOf(), a.publishedAt()));
    }

    @GetMapping("/api/v1/public/announcements")
    PageResult<AnnouncementRepository.Announcement> list(@RequestParam(required = false) @Nullable Integer page,
                                                         @RequestParam(required = false) @Nullable Integer size) {
        return repository.list(PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/public/announcements/{id}")
    AnnouncementRepository.Announcement one(@PathVariable String id) {
        return repository.find(id).orElseThrow(ApiProblem::notFound);
    }

    @GetMapping("/api/v1/public/announcements/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return file(id, MediaType.APPLICATION_PDF, "pdf", "公告", AnnouncementRepository.Files::pdf);
    }

    @GetMapping("/api/v1/public/announcements/{id}/whitelist.csv")
    ResponseEntity<byte[]> whitelist(@PathVariable String id) {
        return file(id, PublicApiController.CSV, "csv", "whitelist", AnnouncementRepository.Files::whitelistCsv);
    }

    @GetMapping("/api/v1/public/announcements/{id}/blacklist.csv")
    ResponseEntity<byte[]> blacklist(@PathVariable String id) {
        return file(id, PublicApiController.CSV, "csv", "blacklist", AnnouncementRepository.Files::blacklistCsv);
    }

    /** Published files never change: cacheable for a year. */
    private ResponseEntity<byte[]> file(String id, MediaType type, String extension, String name,
                                        Function<AnnouncementRepository.Files, byte[]> which) {
        var a = repository.find(id).orElseThrow(ApiProblem::notFound);
        byte[] bytes = which.apply(repository.files(id).orElseThrow(ApiProblem::notFound));
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(name + "-" + a.serial() + "." + extension, StandardCharsets.UTF_8).build().toString())
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .body(bytes);
    }
}
