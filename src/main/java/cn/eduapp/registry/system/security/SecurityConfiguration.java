package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.AccessRefusals;
import cn.eduapp.registry.system.security.AccountRateLimits;
import cn.eduapp.registry.system.security.AccountStateFilter;
import cn.eduapp.registry.system.security.AccountStates;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.security.BearerTokenAuthenticator;
import cn.eduapp.registry.system.security.BearerTokenFilter;
import cn.eduapp.registry.system.web.ProblemResponses;
import cn.eduapp.registry.system.security.RateLimitRefusals;
import cn.eduapp.registry.system.security.RateLimiter;
import cn.eduapp.registry.system.security.SecurityConfiguration;
import cn.eduapp.registry.system.web.UnmappedPaths;

import jakarta.servlet.Filter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains: the API (stateless bearer tokens, no CSRF, problem-details refusals) and the pages (form
 * login, a session, CSRF on every form). Roles are checked per handler by {@link AllowedRoles}.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** No inline script or style anywhere: every page's code is a static file. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The API's content security policy: it serves no documents. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /**
     * No observation around each security filter: on the verify path the wrappers cost about an eighth of
     * the CPU and told nothing the request metrics do not (issue 17).
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, BearerTokenAuthenticator authenticator, ProblemResponses problems,
                             AccessRefusals refusals, AccountStates states, RateLimiter limiter,
                             RateLimitRefusals rateRefusals)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/login", "/api/v1/providers", "/api/v1/providers/claims",
                                "/api/v1/providers/disputes")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/providers/disputes/*").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(authenticator, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new AccountStateFilter(states, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new AccountRateLimits(limiter, problems, rateRefusals), AccountStateFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(res, HttpStatus.UNAUTHORIZED, "problem.unauthorized"))
                        .accessDeniedHandler((req, res, ex) -> {
                            refusals.record(req);
                            problems.write(res, HttpStatus.FORBIDDEN, "problem.forbidden");
                        }))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * The fast lane (issue 17) runs the API chain's own instances of the filters that apply to its endpoints: the
     * header writer, the bearer token, the account state and the account rate limit.
     */
    @Bean
    FastApiFilter fastApiFilter(ObjectProvider<FastApiEndpoint> endpoints, @Qualifier("apiChain") SecurityFilterChain apiChain,
                                ProblemResponses problems, AccessRefusals refusals) {
        List<Filter> checks = apiChain.getFilters().stream().filter(f -> f instanceof HeaderWriterFilter
                || f instanceof BearerTokenFilter || f instanceof AccountStateFilter || f instanceof AccountRateLimits).toList();
        return new FastApiFilter(endpoints.orderedStream().toList(), checks, problems, refusals);
    }

    /** To the login page with a relative Location: the Host header is never reflected (issue 16). */
    private static LoginUrlAuthenticationEntryPoint loginEntryPoint() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AccessRefusals refusals, AccountStates states,
                               ProblemResponses problems,
                               org.springframework.security.web.authentication.AuthenticationSuccessHandler loginSuccess,
                               AuthenticationFailureHandler loginFailure,
                               AuthenticationDetailsSource<HttpServletRequest, ?> loginDetails,
                               UnmappedPaths unmapped,
                               @org.springframework.beans.factory.annotation.Value("${registry.secure-cookies:false}") boolean secureCookies)
            throws Exception {
        AccessDeniedHandlerImpl refuse = new AccessDeniedHandlerImpl();
        // the CSRF token lives in a cookie, written only when a page has a form: an anonymous visitor reading
        // the public pages gets neither a server session nor a cookie
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(c -> c.secure(secureCookies).sameSite("Lax").httpOnly(true));
        http.csrf(c -> c.csrfTokenRepository(csrfTokens))
                .authorizeHttpRequests(a -> a
                        // a path nothing answers is a 404 page for everyone, not a sign-in
                        .requestMatchers(unmapped).permitAll()
                        .requestMatchers("/", "/login", "/register", "/claim", "/disputes/new", "/disputes/track", "/public/**",
                                "/css/**", "/js/**", "/webjars/**",
                                "/favicon.ico", "/error", "/actuator/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                // identity says what the form carries besides username and password, and where a refusal goes
                .formLogin(f -> f.loginPage("/login").successHandler(loginSuccess)
                        .authenticationDetailsSource(loginDetails).failureHandler(loginFailure))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new AccountStateFilter(states, problems), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // a form without its CSRF token, and any other refusal here, is audited (issue 8)
                .exceptionHandling(e -> e.authenticationEntryPoint(loginEntryPoint()).accessDeniedHandler((req, res, ex) -> {
                    refusals.record(req);
                    refuse.handle(req, res, ex);
                }))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
