package se.fuel.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The port actuator listens on when {@code management.server.port} (FUEL_MANAGEMENT_PORT) gives it one of its own,
 * learnt from the management server's start so that a random port (0, in tests) works too.
 */
@Component
class ManagementPort implements RequestMatcher {

	private volatile int port = -1;

	@EventListener
	void on(WebServerInitializedEvent event) {
		if ("management".equals(event.getApplicationContext().getServerNamespace())) {
			port = event.getWebServer().getPort();
		}
	}

	/** Whether the request came in on the separate management port (never, when there is none). */
	@Override
	public boolean matches(HttpServletRequest request) {
		return port > 0 && request.getLocalPort() == port;
	}
}
