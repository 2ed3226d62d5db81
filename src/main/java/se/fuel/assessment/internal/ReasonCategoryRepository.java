package se.fuel.assessment.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReasonCategoryRepository extends JpaRepository<ReasonCategory, UUID> {

	List<ReasonCategory> findAllByOrderByPositionAsc();

	boolean existsByNameIgnoreCase(String name);
}
