package se.fuel.decisions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionDocumentRepository extends JpaRepository<DecisionDocument, UUID> {

	List<DecisionDocument> findByYearOrderByNumberDesc(int year);

	Optional<DecisionDocument> findByYearAndCurrentTrue(int year);
}
