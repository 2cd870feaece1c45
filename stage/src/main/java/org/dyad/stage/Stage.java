package org.dyad.stage;

import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;

/**
 * One step of Dyad's work on a document, from the tokens to the located events: it reads the layers it
 * {@link #requires()} and returns the document with the layers it {@link #assigns()} added.
 *
 * <p>The contract, which every stage's test checks with the stage test kit:
 * <ul>
 *   <li>{@link #apply} reads no layer outside {@link #requires()}: run on a document that carries
 *       only those, it gives the same layers it gives on a document that carries more;</li>
 *   <li>it adds exactly the layers of {@link #assigns()}, leaves every layer it was given as it was, and
 *       keeps its offsets inside the article's text;</li>
 *   <li>it is a function of the document: the same input gives an equal output, on any thread, whatever
 *       it worked on before. An instance is immutable and thread-safe; one serves every worker;</li>
 *   <li>a stage that works sentence by sentence checks its thread's interruption between sentences and
 *       throws {@link org.dyad.model.StageInterrupted} saying where it was, so that an article past its
 *       time budget stops.</li>
 * </ul>
 * The declarations are sets that do not change; a {@link StageChain} checks them when it is built, so
 * that a chain in the wrong order is refused before any document runs.
 */
public interface Stage {
    /** The layers this stage reads; each must be given to its chain or assigned by an earlier stage. */
    Set<Layer> requires();

    /** The layers this stage adds; none may be given to its chain or assigned by an earlier stage. */
    Set<Layer> assigns();

    /**
     * The document with this stage's layers added.
     *
     * @throws IllegalStateException when {@code document} lacks a required layer
     */
    AnnotatedDocument apply(AnnotatedDocument document);

    /** The stage's name in messages: its class's simple name unless it says otherwise. */
    default String name() {
        return getClass().getSimpleName();
    }
}
