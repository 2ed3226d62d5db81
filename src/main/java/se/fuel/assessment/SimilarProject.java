package se.fuel.assessment;

import java.util.List;
import java.util.UUID;

/**
 * An earlier published project of the knowledge bank like the application being assessed.
 *
 * @param kind the item's kind in Swedish ("Rapport", "Projektplan"...)
 * @param reasons why it matches, in Swedish: "Samma målgrupp: …", "Samma metod: …", "Gemensamma ord: …"
 */
public record SimilarProject(UUID itemId, String title, String kind, Integer year, List<String> reasons) {
}
