package se.fuel.knowledge;

import java.util.List;
import java.util.UUID;

/**
 * The methods catalogue: everyone signed in reads it; officers (and administrators) add and change methods, audited.
 */
public interface MethodCatalogue {

	/** Every method by name. */
	List<MethodView> methods();

	/** One method; 404 if unknown. */
	MethodView method(UUID id);

	/** Adds a method (officers). */
	MethodView create(MethodInput input);

	/**
	 * Changes a method (officers).
	 * @param openedVersion the {@link MethodView#version()} the form or the API client read; a change on an older one
	 * is refused with {@link se.fuel.common.StaleVersionException} ({@code null}: no check)
	 */
	MethodView update(UUID id, MethodInput input, Long openedVersion);
}
