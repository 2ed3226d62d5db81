package se.fuel;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs MockMvc requests in as a real account (a demo account, or one a test created), so that services see the same
 * current user, role and organisation as in production.
 */
@Component
public class TestUsers {

	private final UserDetailsService users;

	TestUsers(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}
}
