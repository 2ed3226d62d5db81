package se.fuel.identity.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Fuel's security filter chains for web slices: form login and CSRF for pages, HTTP Basic and problem answers for
 * the API, the role rules on addresses, and the security headers.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, LoginThrottling.class, ManagementPort.class })
public class SliceSecurity {
}
