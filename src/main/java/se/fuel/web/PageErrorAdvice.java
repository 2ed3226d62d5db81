package se.fuel.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.NotFoundException;

/**
 * Pages answer missing or hidden objects with the Swedish 404 page and forbidden actions with the 403 page.
 */
@ControllerAdvice
class PageErrorAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(AccessDeniedException.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}
}
