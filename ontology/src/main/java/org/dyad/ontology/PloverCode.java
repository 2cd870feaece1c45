package org.dyad.ontology;

/**
 * The PLOVER reading of a CAMEO code: event type ({@code AGREE}, {@code CONSULT}, ...), mode
 * ({@code phone}, {@code visit}, ... or {@code ""}) and context ({@code diplomatic}, ... or {@code ""}).
 */
public record PloverCode(String type, String mode, String context) {
}
