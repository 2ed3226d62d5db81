package se.fuel.decisions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRoundRepository extends JpaRepository<DecisionRound, Integer> {
}
