package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.AccessRefusals;
import cn.eduapp.registry.system.security.AccessRefused;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Announces every 403 the service answers as {@link AccessRefused}, for the audit trail. */
@Component
public class AccessRefusals {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusals.class);
    private static final int MAX_PATH = 300;

    private final ApplicationEventPublisher events;

    public AccessRefusals(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void record(HttpServletRequest request) {
        record(request, false);
    }

    /** The refusal an API problem stands for, if it stands for one: a 403, or a 404 hiding what exists. */
    public void recordIfRefusal(HttpServletRequest request, ApiProblem problem) {
        if (problem.status() == HttpStatus.FORBIDDEN || problem.hidden()) {
            record(request, problem.hidden());
        }
    }

    /** {@code hidden}: a 404 on an object that exists but is not the caller's to see. */
    public void record(HttpServletRequest request, boolean hidden) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser user = auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
        Actor actor = user != null ? user.actor() : Actor.anonymous(request.getRemoteAddr());
        String path = request.getRequestURI();
        if (path.length() > MAX_PATH) {
            path = path.substring(0, MAX_PATH);
        }
        try {
            events.publishEvent(new AccessRefused(actor, user != null ? user.accountId() : "", request.getMethod(), path,
                    hidden ? 404 : 403));
        } catch (RuntimeException e) {
            // the refusal stands whatever happens to its record; the failure is logged for the operator
            log.error("Could not audit a refused access to {} {}", request.getMethod(), path, e);
        }
    }
}
