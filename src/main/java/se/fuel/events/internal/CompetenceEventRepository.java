package se.fuel.events.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompetenceEventRepository extends JpaRepository<CompetenceEvent, UUID> {

	List<CompetenceEvent> findAllByOrderByDateDescTitleAsc();

	Optional<CompetenceEvent> findFirstByTitleAndDate(String title, java.time.LocalDate date);
}
