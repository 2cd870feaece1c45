package org.dyad.pipeline;

import org.dyad.actors.ActorMention;
import org.dyad.coding.CodedArticle;
import org.dyad.store.CodedDocument;

/** Coded articles in the form the store keeps them. */
public final class CodedArticles {
    private CodedArticles() {
    }

    /** What the store keeps of a coded article: its annotation, actors and events. */
    public static CodedDocument forStore(CodedArticle coded) {
        return new CodedDocument(coded.document(), coded.actors().stream().map(CodedArticles::actor).toList(),
                coded.events());
    }

    private static CodedDocument.Actor actor(ActorMention m) {
        return new CodedDocument.Actor(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.head(), m.actor());
    }
}
