package se.fuel.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.servlet.LocaleResolver;
import se.fuel.common.Text;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages sign in with a form and a session and are protected by CSRF tokens; the API under {@code /api/**} uses HTTP
 * Basic for local accounts, keeps no session, and answers 401/403/429 as problem details. Metrics and the API
 * description are for administrators (signed in, or HTTP Basic), unless actuator has a management port of its own:
 * what reaches that port is trusted to be the network's scraper. Failed sign-ins are throttled
 * ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String REALM = "Fuel";

	/**
	 * Pages: scripts only from Fuel's own files (the layout has no inline script, htmx evaluates nothing, see the
	 * htmx-config meta tag), styles only from its own style sheets: no page sets a style attribute, and htmx is told not
	 * to add its indicator style element. Images may be data: URLs (GOV.UK Frontend's CSS uses some).
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * JSON, CSV, PDF and the HTML documents of the API (annual report, decision document): no script at all; the
	 * documents carry their print styles in a style element, so inline styles are allowed there and only there.
	 */
	static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
			+ "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	/**
	 * Swagger UI (administrators only, no user-written content) sets styles from its script, which a strict style-src
	 * would block; its scripts are still only its own files.
	 */
	static final String SWAGGER_UI_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	/** No page uses the camera, microphone, position, payment or the like; nothing embedded may ask for them. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=(), browsing-topics=()";

	private final JsonMapper json;

	private final MessageSource messages;

	private final ObjectProvider<LocaleResolver> localeResolver;

	SecurityConfiguration(JsonMapper json, MessageSource messages, ObjectProvider<LocaleResolver> localeResolver) {
		this.json = json;
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${fuel.password-hash.strength:10}") int strength) {
		return PasswordHashing.withStrength(strength);
	}

	/** Who is signed in where, so that a changed or disabled account is signed out at once (see UserAdministration). */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends, so that it does not keep sessions that are gone. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, LoginThrottling throttling) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// A stateless API authenticated on every request by a header carries no ambient credential to forge.
			.csrf(csrf -> csrf.disable());
		return forMachines(http, throttling, "common.access.role").build();
	}

	/**
	 * Actuator and the OpenAPI document, read by machines: an administrator's session (Swagger UI) or HTTP Basic as
	 * an administrator; health stays open for liveness and readiness probes.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain operations(HttpSecurity http, LoginThrottling throttling, ManagementPort managementPort)
			throws Exception {
		http.securityMatcher("/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(managementPort)
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			// Read-only answers; nothing here changes state.
			.csrf(csrf -> csrf.disable());
		return forMachines(http, throttling, "identity.problem.adminsOnly").build();
	}

	/**
	 * What the API and the operations addresses share: HTTP Basic with its challenge, throttled sign-ins, 401/403/429
	 * as problems, and the no-script document policy.
	 */
	private HttpSecurity forMachines(HttpSecurity http, LoginThrottling throttling, String forbiddenKey)
			throws Exception {
		AuthenticationEntryPoint signIn = basicProblem();
		return http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(signIn))
			.addFilterBefore(throttling.basicFilter((req, res, wait) -> tooManyAttempts(req, res, wait)),
					BasicAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(signIn)
				.accessDeniedHandler((req, res, e) -> problem(req, res, HttpStatus.FORBIDDEN,
						Text.of("identity.problem.forbidden"), Text.of(forbiddenKey))))
			.headers(headers -> common(headers, DOCUMENT_POLICY));
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, SessionRegistry sessionRegistry, LoginThrottling throttling)
			throws Exception {
		var failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/logout", "/tillganglighet", "/webjars/**", "/css/**", "/js/**", "/fonts/**",
					"/images/**", "/favicon.ico", "/error", "/error/**", "/locale")
			.permitAll()
			.requestMatchers("/admin/**", "/swagger-ui/**", "/swagger-ui.html").hasRole("ADMIN")
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
				// The failure that starts a pause says so at once, rather than on the next try.
				.failureHandler((req, res, ex) -> {
					var pause = throttling.pause(req.getParameter("username"), req);
					if (pause.isPresent()) {
						redirectThrottled(req, res, pause.get());
					}
					else {
						failed.onAuthenticationFailure(req, res, ex);
					}
				}))
			.addFilterBefore(throttling.formFilter(SecurityConfiguration::redirectThrottled),
					UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.headers(headers -> {
				RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
				common(headers, null)
					.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
							new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
					.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
							new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)));
			});
		return http.build();
	}

	/** Referrer- and Permissions-Policy, and the Content-Security-Policy when one policy fits the whole chain. */
	private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers,
			String contentSecurityPolicy) {
		if (contentSecurityPolicy != null) {
			headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy));
		}
		return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}

	/** 401 with the challenge a Basic client needs and the reason as a problem. */
	private AuthenticationEntryPoint basicProblem() {
		return (req, res, ex) -> {
			res.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
			problem(req, res, HttpStatus.UNAUTHORIZED, Text.of("identity.problem.signIn"),
					Text.of("identity.problem.signIn.detail"));
		};
	}

	private void tooManyAttempts(HttpServletRequest req, HttpServletResponse res, Duration wait) throws IOException {
		res.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
		problem(req, res, HttpStatus.TOO_MANY_REQUESTS, Text.of("identity.problem.throttled"),
				Text.of("identity.problem.throttled.detail", minutes(wait)));
	}

	private static void redirectThrottled(HttpServletRequest req, HttpServletResponse res,
			Duration wait) throws IOException {
		res.sendRedirect(req.getContextPath() + "/login?throttled=" + minutes(wait));
	}

	/** A problem in the client's language: these answers are written before Spring MVC has resolved the locale. */
	private void problem(HttpServletRequest req, HttpServletResponse res, HttpStatus status, Text title, Text detail)
			throws IOException {
		Locale locale = localeResolver.getObject().resolveLocale(req);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", messages.getMessage(title, locale));
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage(detail, locale));
		res.setStatus(status.value());
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		res.setCharacterEncoding("UTF-8");
		res.getWriter().write(json.writeValueAsString(problem));
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	static long minutes(Duration wait) {
		return Math.max(1, (seconds(wait) + 59) / 60);
	}

}
