package se.fuel.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's side of {@link LoginThrottle}: counts its failure and success events (so authentication itself is
 * Spring's, unchanged), and gives the filters that refuse an attempt before it is checked.
 */
@Component
class LoginThrottling {

	private final LoginThrottle throttle;

	LoginThrottling(Clock clock,
			@Value("${fuel.login-throttle.account.failures:5}") int accountFailures,
			@Value("${fuel.login-throttle.address.failures:20}") int addressFailures,
			@Value("${fuel.login-throttle.first-pause:1m}") Duration firstPause,
			@Value("${fuel.login-throttle.longest-pause:5m}") Duration longestPause,
			@Value("${fuel.login-throttle.forget-after:15m}") Duration forgetAfter,
			@Value("${fuel.login-throttle.capacity:10000}") int capacity) {
		this.throttle = new LoginThrottle(clock,
				new LoginThrottle.Policy(accountFailures, firstPause, longestPause, forgetAfter),
				new LoginThrottle.Policy(addressFailures, firstPause, longestPause, forgetAfter), capacity);
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		throttle.succeeded(event.getAuthentication().getName());
	}

	Optional<Duration> pause(String username, HttpServletRequest request) {
		return throttle.pause(username, request.getRemoteAddr());
	}

	/** Refuses the login form's POST while its account or address is paused. */
	OncePerRequestFilter formFilter(Refusal refusal) {
		RequestMatcher login = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
		return new ThrottleFilter(refusal) {
			@Override
			Optional<Duration> pause(HttpServletRequest request) {
				if (!login.matches(request)) {
					return Optional.empty();
				}
				return LoginThrottling.this.pause(request.getParameter("username"), request);
			}
		};
	}

	/** Refuses an HTTP Basic request while its account or address is paused. */
	OncePerRequestFilter basicFilter(Refusal refusal) {
		BasicAuthenticationConverter basic = new BasicAuthenticationConverter();
		return new ThrottleFilter(refusal) {
			@Override
			Optional<Duration> pause(HttpServletRequest request) {
				UsernamePasswordAuthenticationToken credentials;
				try {
					credentials = basic.convert(request);
				}
				catch (RuntimeException malformed) {
					// A broken header is answered by Spring's own Basic filter next, as before.
					return Optional.empty();
				}
				return credentials == null ? Optional.empty()
						: LoginThrottling.this.pause(credentials.getName(), request);
			}
		};
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	/** What a refused attempt gets: a page redirect or a problem answer. */
	@FunctionalInterface
	interface Refusal {

		void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException;
	}

	private abstract static class ThrottleFilter extends OncePerRequestFilter {

		private final Refusal refusal;

		ThrottleFilter(Refusal refusal) {
			this.refusal = refusal;
		}

		abstract Optional<Duration> pause(HttpServletRequest request);

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Optional<Duration> pause = pause(request);
			if (pause.isPresent()) {
				refusal.refuse(request, response, pause.get());
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
