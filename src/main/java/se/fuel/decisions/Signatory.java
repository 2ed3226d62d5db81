package se.fuel.decisions;

/** Who signs the decision document, e.g. "Veronica Wolgast Carstorp, Socialdirektör, Socialförvaltningen". */
public record Signatory(String name, String title, String organisation) {
}
