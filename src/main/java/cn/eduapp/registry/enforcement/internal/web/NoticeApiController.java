package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.enforcement.NoticeManagement;
import cn.eduapp.registry.enforcement.RevocationBulletinView;
import cn.eduapp.registry.enforcement.IcpOrderView;
import cn.eduapp.registry.enforcement.IcpPrecondition;
import cn.eduapp.registry.enforcement.PreschoolRevocation;
import cn.eduapp.registry.enforcement.RectificationStatus;
import cn.eduapp.registry.enforcement.RectificationView;
import cn.eduapp.registry.enforcement.TakedownNoticeView;
import cn.eduapp.registry.enforcement.internal.Deadlines;
import cn.eduapp.registry.filing.FilingSummary;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Joint supervision": takedown notices, app stores' inboxes, and 撤销备案通报 to the CAC and the CA. */
@RestController
class NoticeApiController {

    private final NoticeManagement notices;

    NoticeApiController(NoticeManagement notices) {
        this.notices = notices;
    }

    record NoticeRequest(@NotBlank(message = "{enforcement.notice.filingNumber.required}") @Size(max = 40) String filingNumber,
                         @NotBlank(message = "{enforcement.notice.reason.required}") @Size(max = 2000) String reason) {
    }

    enum AckAction { REMOVED, NOT_LISTED }

    record AckRequest(@NotNull(message = "{enforcement.ack.action.required}") AckAction action) {
    }

    record TakedownRequest(@Nullable @Size(max = 2000) String reason) {
        static final TakedownRequest NONE = new TakedownRequest(null);
    }

    @PostMapping("/api/v1/takedown-notices")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER})
    TakedownNoticeView issueNotice(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        NoticeRequest r = body.read(NoticeRequest.class);
        return notices.issueNotice(user, r.filingNumber(), r.reason());
    }

    @GetMapping("/api/v1/takedown-notices")
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER})
    PageResult<TakedownNoticeView.Summary> notices(@RequestParam(required = false) String filingNumber,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        return notices.notices(filingNumber, PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/takedown-notices/{id}")
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER})
    TakedownNoticeView notice(@PathVariable String id) {
        return notices.notice(id);
    }

    @GetMapping("/api/v1/distribution/notices")
    @AllowedRoles(Role.DISTRIBUTION_PLATFORM)
    PageResult<TakedownNoticeView.InboxItem> inbox(@AuthenticationPrincipal CurrentUser user,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        return notices.inbox(user, PageQuery.of(page, size));
    }

    @PostMapping("/api/v1/distribution/notices/{id}/ack")
    @AllowedRoles(Role.DISTRIBUTION_PLATFORM)
    Map<String, Object> acknowledge(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        notices.requireNoticeFor(id, user);
        AckRequest r = body.read(AckRequest.class);
        notices.acknowledge(id, user, r.action().name());
        return Map.of("id", id, "action", r.action().name());
    }

    @GetMapping("/api/v1/revocation-bulletins")
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER, Role.CITY_REVIEWER})
    PageResult<RevocationBulletinView> bulletins(@RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size) {
        return notices.bulletins(PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/revocation-bulletins/{id}")
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER, Role.CITY_REVIEWER})
    RevocationBulletinView bulletin(@PathVariable String id) {
        return notices.bulletin(id);
    }

    /** The CAC's 下架处置通知 of a 撤销备案通报: one action, to every app store. */
    @PostMapping("/api/v1/revocation-bulletins/{id}/takedown-notice")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.CAC_OFFICER)
    TakedownNoticeView takedown(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        return notices.takedownFromBulletin(id, user, body.readOr(TakedownRequest.class, TakedownRequest.NONE).reason());
    }
}
