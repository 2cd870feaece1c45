package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;

/**
 * The private members of CoreNLP's {@link DependencyParser} that Dyad's fast path reads, by name: as
 * they are in CoreNLP 4.5.10, the version this module is written against (its build refuses any
 * other). {@link #reflect} looks them up without a loaded parser, so a CoreNLP whose parser differs
 * is found before any model is loaded. Part of Dyad, not of CoreNLP.
 *
 * @param system the transition system field
 * @param classifier the network field
 * @param config the settings field
 * @param preComputed the field of the frequent (feature, position) pairs
 * @param featureArray the method giving a state's features
 * @param relation the method making a grammatical relation of a label
 * @param structure the method making a grammatical structure of typed dependencies
 */
record ParserMembers(String system, String classifier, String config, String preComputed, String featureArray,
        String relation, String structure) {
    /** The members of CoreNLP 4.5.10's parser. */
    static final ParserMembers CORENLP_4_5_10 = new ParserMembers("system", "classifier", "config", "preComputed",
            "getFeatureArray", "makeGrammaticalRelation", "makeGrammaticalStructure");

    ParserMembers {
        for (String name : List.of(system, classifier, config, preComputed, featureArray, relation, structure)) {
            Objects.requireNonNull(name, "member name");
        }
    }

    /** The members, found and made accessible. */
    record Reflected(Field system, Field classifier, Field config, Field preComputed, Method featureArray,
            Method relation, Method structure) {
    }

    /**
     * Looks the members up.
     *
     * @throws IllegalStateException naming the member that this CoreNLP's parser lacks
     */
    Reflected reflect() {
        String looking = system;
        try {
            Field s = field(system);
            looking = classifier;
            Field c = field(classifier);
            looking = config;
            Field f = field(config);
            looking = preComputed;
            Field p = field(preComputed);
            looking = featureArray;
            Method a = method(featureArray, Configuration.class);
            looking = relation;
            Method r = method(relation, String.class);
            looking = structure;
            Method g = method(structure, List.class, edu.stanford.nlp.trees.TreeGraphNode.class);
            if (!ParsingSystem.class.isAssignableFrom(s.getType()) || !Classifier.class.isAssignableFrom(c.getType())
                    || !Config.class.isAssignableFrom(f.getType())) {
                throw new IllegalStateException("CoreNLP's DependencyParser has other types of members than in 4.5.10");
            }
            return new Reflected(s, c, f, p, a, r, g);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP's DependencyParser has no member '" + looking
                    + "' as in CoreNLP 4.5.10, which Dyad's fast parser is written against: " + e, e);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = DependencyParser.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Method method(String name, Class<?>... parameters) throws NoSuchMethodException {
        Method m = DependencyParser.class.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }
}
