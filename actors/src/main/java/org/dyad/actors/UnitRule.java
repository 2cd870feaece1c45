package org.dyad.actors;

/**
 * A rule that extends a sentence's phrase reading with units of its own ({@link Rule.Stage#UNITS}),
 * after the dictionary phrases and the named entities and before the nouns they share
 * ({@link UnitFinder}); the units then form noun phrases and take codes like any other.
 */
non-sealed interface UnitRule extends Rule {
    /** Adds the rule's units to the reading, on tokens still {@link PhraseReading#free free}. */
    void findUnits(PhraseReading r);

    @Override
    default Stage stage() {
        return Stage.UNITS;
    }
}
