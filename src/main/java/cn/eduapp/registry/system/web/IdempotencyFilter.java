package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.IdempotencyFilter;
import cn.eduapp.registry.system.web.ProblemResponses;

import cn.eduapp.registry.shared.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs (except the login): the first response is stored, without its
 * secrets ({@link #SECRET_FIELDS}), and replayed to every retry with
 * the same key and body; the same key with another body is 422; concurrent retries wait for the first
 * and get its answer, so exactly one thing is created. A 5xx is not kept, so the client may retry.
 * Runs inside Spring Security's chain (after it), so keys are scoped by the authenticated caller.
 */
@Component
@Order(0)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Fields of a response that are secrets shown once: never stored, so a replay answers without them. */
    static final Set<String> SECRET_FIELDS = Set.of("token", "accessCode", "secret", "otpauthUri", "password");
    static final int MAX_BODY = 25 * 1024 * 1024;
    private static final long WAIT_MILLIS = 30_000;

    private final JdbcClient jdbc;
    private final ProblemResponses problems;
    private final JsonMapper mapper;

    IdempotencyFilter(JdbcClient jdbc, ProblemResponses problems, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.mapper = mapper;
    }

    /** A login creates nothing, and its answer is a token: it never takes part (issue 16). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/") || request.getRequestURI().equals("/api/v1/auth/login")
                || (type != null && type.toLowerCase().startsWith("multipart/"));
    }

    record Stored(String requestHash, String state, Integer status, String contentType, byte[] body) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > 200) {
            problems.write(response, HttpStatus.BAD_REQUEST, "problem.idempotencyKey");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge");
            return;
        }
        String scope = scope(request);
        String hash = hash(request, body);
        int claimed = jdbc.sql("""
                insert into idempotency_key (scope, key, request_hash, state) values (?, ?, ?, 'IN_PROGRESS')
                on conflict (scope, key) do nothing""").params(scope, key, hash).update();
        if (claimed == 0) {
            replay(scope, key, hash, response);
            return;
        }
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new CachedBodyRequest(request, body), wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            forget(scope, key);
            throw e;
        }
        if (wrapped.getStatus() >= 500) {
            forget(scope, key);
        } else {
            jdbc.sql("update idempotency_key set state = 'DONE', status = ?, content_type = ?, body = ? where scope = ? and key = ?")
                    .params(wrapped.getStatus(), wrapped.getContentType(),
                            withoutSecrets(wrapped.getContentType(), wrapped.getContentAsByteArray()), scope, key)
                    .update();
        }
        wrapped.copyBodyToResponse();
    }

    private void replay(String scope, String key, String hash, HttpServletResponse response) throws IOException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            Optional<Stored> stored = jdbc.sql("select request_hash, state, status, content_type, body from idempotency_key where scope = ? and key = ?")
                    .params(scope, key)
                    .query((rs, i) -> new Stored(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                            rs.getString(4), rs.getBytes(5)))
                    .optional();
            if (stored.isPresent() && !stored.get().requestHash().equals(hash)) {
                problems.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "problem.idempotencyKeyReused");
                return;
            }
            if (stored.isPresent() && "DONE".equals(stored.get().state())) {
                response.setStatus(stored.get().status());
                if (stored.get().contentType() != null) {
                    response.setContentType(stored.get().contentType());
                }
                response.setHeader("Idempotent-Replayed", "true");
                response.getOutputStream().write(stored.get().body() == null ? new byte[0] : stored.get().body());
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                problems.write(response, HttpStatus.CONFLICT, "problem.idempotencyInProgress");
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.write(response, HttpStatus.CONFLICT, "problem.idempotencyInProgress");
                return;
            }
        }
    }

    /**
     * The body to keep: a JSON answer without its secrets (a complaint's access code, an app store's first
     * password, a second-factor secret); the client had them in the first answer and a replay says so
     * by leaving them out. Anything else is kept as it was.
     */
    byte[] withoutSecrets(@Nullable String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase().contains("json") || body.length == 0) {
            return body;
        }
        try {
            JsonNode tree = mapper.readTree(body);
            if (!strip(tree)) {
                return body;
            }
            return mapper.writeValueAsBytes(tree);
        } catch (JacksonException e) {
            return body;
        }
    }

    private static boolean strip(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (String field : SECRET_FIELDS) {
                changed |= object.remove(field) != null;
            }
        }
        for (JsonNode child : node) {
            changed |= strip(child);
        }
        return changed;
    }

    private void forget(String scope, String key) {
        jdbc.sql("delete from idempotency_key where scope = ? and key = ? and state = 'IN_PROGRESS'").params(scope, key).update();
    }

    static String scope(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return "account:" + user.accountId();
        }
        return "client:" + request.getRemoteAddr();
    }

    static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            d.update(body);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request again, its body served from memory (it was read to hash it). */
    static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
