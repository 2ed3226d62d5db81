package se.fuel.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Pages sign in with a form and a session and are protected by CSRF tokens; the API under {@code /api/**} uses HTTP
 * Basic for local accounts, keeps no session, and answers 401/403 as problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
					"Inloggning krävs", "Ange användarnamn och lösenord med HTTP Basic.")))
			.exceptionHandling(ex -> ex.accessDeniedHandler((req, res, e) -> problem(res, HttpStatus.FORBIDDEN,
					"Åtkomst nekad", "Din roll får inte göra detta.")))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// A stateless API authenticated on every request by a header carries no ambient credential to forge.
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/logout", "/tillganglighet", "/webjars/**", "/css/**", "/js/**", "/fonts/**",
					"/images/**", "/favicon.ico", "/error", "/error/**", "/actuator/health/**", "/actuator/prometheus",
					"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/locale")
			.permitAll()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"));
		return http.build();
	}

	private static void problem(jakarta.servlet.http.HttpServletResponse res, HttpStatus status, String title,
			String detail) throws java.io.IOException {
		res.setStatus(status.value());
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		res.setCharacterEncoding("UTF-8");
		res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
				+ ",\"detail\":\"" + detail + "\"}");
	}
}
