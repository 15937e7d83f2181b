package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.AccountAccessEnded;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, JdbcClient jdbc,
                    Clock clock, ApplicationEventPublisher events) {
        this.sessions = sessions.getIfAvailable();
        this.jdbc = jdbc;
        this.clock = clock;
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
        UUID id = Uuids.parse(accountId);
        if (id == null) {
            return;
        }
        jdbc.sql("""
                update api_token set revoked_at = ? where account_id = ? and revoked_at is null
                   and token_hash is distinct from ?""")
                .params(Timestamp.from(clock.instant()), id, keepTokenHash).update();
        if (sessions != null) {
            sessions.findByPrincipalName(username).keySet().stream()
                    .filter(sessionId -> !sessionId.equals(keepSessionId))
                    .forEach(sessions::deleteById);
        }
        events.publishEvent(new AccountAccessEnded(accountId));
    }
}
