package se.fuel.knowledge.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The methods catalogue's storage. */
interface MethodRepository extends JpaRepository<Method, UUID> {

	List<Method> findAllByOrderByNameAsc();

	Optional<Method> findByNameIgnoreCase(String name);
}
