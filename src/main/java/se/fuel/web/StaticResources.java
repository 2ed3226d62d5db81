package se.fuel.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages link the GOV.UK Frontend, htmx and font files without their versions ({@code /webjars/govuk-frontend/dist/…}),
 * and webjars-locator-lite finds the file when the browser asks for it. Spring Boot would also register
 * {@link ResourceUrlEncodingFilter}, which rewrites links to carry versions: it looks every link of every page up on
 * the classpath, and since a link that is no file (nearly all of them) is never cached, it searches every jar again
 * for each one on each page. That was a fifth of the server's CPU while rendering pages (bench/results/2026-12-07-
 * link-rewriting.md), for versions no cache header uses.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
