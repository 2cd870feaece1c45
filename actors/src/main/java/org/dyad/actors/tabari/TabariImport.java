package org.dyad.actors.tabari;

import java.util.List;
import java.util.Objects;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.DictionaryProblem;

/** A dictionary imported from TABARI/PETRARCH files, with the problems found while reading them. */
public record TabariImport(ActorDictionary dictionary, List<DictionaryProblem> problems) {
    public TabariImport {
        Objects.requireNonNull(dictionary, "dictionary");
        problems = List.copyOf(problems);
    }
}
