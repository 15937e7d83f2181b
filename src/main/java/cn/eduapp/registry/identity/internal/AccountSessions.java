package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.AccountAccessEnded;
import cn.eduapp.registry.identity.internal.persistence.TokenRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Access follows the account (issue 16): page sessions live in PostgreSQL and are found by the principal
 * name (the username) through Spring Session's indexed repository; tokens by their account. Ending them
 * takes effect on the next request on every instance.
 */
@Component
public class AccountSessions {

    // absent when the service runs without its web side (backup, restore): then there are no sessions
    private final @Nullable FindByIndexNameSessionRepository<? extends Session> sessions;
    private final TokenRepository tokens;
    private final ApplicationEventPublisher events;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, TokenRepository tokens,
                    ApplicationEventPublisher events) {
        this.sessions = sessions.getIfAvailable();
        this.tokens = tokens;
        this.events = events;
    }

    /** Ends every page session and token of the account (disabled, second factor reset by its manager). */
    public void endAll(String accountId, String username) {
        end(accountId, username, null, null);
    }

    /**
     * Ends every other page session and token of the account, keeping the one the current request came
     * with (the person who just changed the password or turned on the second factor stays signed in).
     */
    void endOthers(String accountId, String username) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        String keepToken = null;
        String keepSession = null;
        if (request != null) {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                keepToken = TokenService.hash(header.substring(7).trim());
            }
            HttpSession session = request.getSession(false);
            keepSession = session == null ? null : session.getId();
        }
        end(accountId, username, keepToken, keepSession);
    }

    private void end(String accountId, String username, @Nullable String keepTokenHash, @Nullable String keepSessionId) {
        tokens.revokeAll(accountId, keepTokenHash);
        if (sessions != null) {
            sessions.findByPrincipalName(username).keySet().stream()
                    .filter(sessionId -> !sessionId.equals(keepSessionId))
                    .forEach(sessions::deleteById);
        }
        events.publishEvent(new AccountAccessEnded(accountId));
    }
}
