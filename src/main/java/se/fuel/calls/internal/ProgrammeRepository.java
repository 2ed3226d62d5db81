package se.fuel.calls.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

	Optional<Programme> findByCodeIgnoreCase(String code);

	List<Programme> findAllByOrderByCode();
}
