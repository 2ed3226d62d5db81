package se.fuel.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.NotFoundException;
import se.fuel.common.ViolationException;

/**
 * Pages answer missing or hidden objects with the Swedish 404 page and forbidden actions with the 403 page.
 */
@ControllerAdvice
class PageErrorAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	/**
	 * Two saves of the same object at the same moment, where the page did not catch it: the 409 page says so instead
	 * of a server error. Forms that can show the user's text again catch StaleVersionException themselves.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	void concurrent(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

	/**
	 * The database refused a save that the page's rules let through: the page for a request that could not be handled
	 * (nothing was saved), instead of a server error. Rules should catch these first; this is the net under them.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	void integrity(HttpServletResponse response) throws IOException {
		response.sendError(422);
	}

	/**
	 * A rule broken where the page did not expect one (a text longer than its column, found only when saving): the page
	 * for a request that could not be handled, instead of a server error. Forms catch ViolationException themselves
	 * to show the message beside the field; this is the net under those that do not.
	 */
	@ExceptionHandler(ViolationException.class)
	void violation(HttpServletResponse response) throws IOException {
		response.sendError(422);
	}

	@ExceptionHandler(AccessDeniedException.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}
}
