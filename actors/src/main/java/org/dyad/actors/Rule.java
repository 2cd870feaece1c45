package org.dyad.actors;

/**
 * One named way the {@link ActorResolver} resolves actors: a class that the resolver's rule list
 * ({@link ActorResolver#RULES}) names in the place where it applies. Each rule writes the
 * {@link #id()} of {@link ActorRule} into the provenance of what it resolves, and works at one
 * {@link Stage} of the reading of a sentence or article; {@link Rules} checks when it is built that
 * the list follows the order of the stages.
 *
 * <p>A rule is stateless and thread-safe: what it reads and learns it finds in the
 * {@link PhraseReading} of the sentence and the {@link DiscourseContext} of the article.
 */
sealed interface Rule permits TokenRule, UnitRule, PhraseRule, ArticleRule {
    /**
     * The stages of a reading, in the order they run. Each sentence is read through the first five
     * stages in turn; {@link #ARTICLE} runs once the article's sentences are read.
     */
    enum Stage {
        /** Before the units: a rule claims tokens and resolves them ({@link TokenRule}). */
        TOKENS,
        /** A rule adds units to the sentence's phrase reading ({@link UnitRule}). */
        UNITS,
        /** Each noun phrase, in text order, takes the codes of the first rule that claims it ({@link PhraseRule}). */
        HEAD,
        /** A person or organisation still without a code takes what a description says of it. */
        DESCRIPTION,
        /** What is still without a code takes what the story supplies: the article's country. */
        STORY,
        /** After every sentence of the article is read ({@link ArticleRule}). */
        ARTICLE
    }

    /** The rule's id in provenance; a rule may write another id for some of its codes, as its Javadoc says. */
    ActorRule id();

    /** The stage at which the rule works. */
    Stage stage();

    /**
     * True when the rule applies under these settings; a rule of Dyad's heuristics, such as the
     * article's country, is off under PETRARCH's conventions.
     */
    default boolean enabled(ActorResolver.Settings settings) {
        return true;
    }
}
