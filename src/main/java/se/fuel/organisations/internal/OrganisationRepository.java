package se.fuel.organisations.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	Optional<Organisation> findByCode(String code);

	List<Organisation> findAllByOrderByName();
}
