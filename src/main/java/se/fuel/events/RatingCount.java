package se.fuel.events;

/** How many participants gave one rating (1 = dåligt, 10 = mycket bra). */
public record RatingCount(int rating, int responses) {
}
