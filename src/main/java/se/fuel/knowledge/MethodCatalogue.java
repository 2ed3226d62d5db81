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

	/** Changes a method (officers). */
	MethodView update(UUID id, MethodInput input);
}
