package se.fuel.decisions.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRoundRepository extends JpaRepository<DecisionRound, Integer> {
}
