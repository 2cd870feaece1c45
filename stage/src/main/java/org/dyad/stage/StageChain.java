package org.dyad.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;

/**
 * Stages in the order they run, checked when built: each stage's required layers are given to the
 * chain or assigned by a stage before it, and no layer is assigned twice. {@link #apply} runs the
 * stages in turn on a document that carries the given layers. Immutable and thread-safe when its
 * stages are.
 *
 * <pre>{@code
 * StageChain chain = StageChain.builder(Layer.language())
 *         .add(new GeoparsingStage(geoparser))
 *         .add(new ActorStage(resolver, countries))
 *         .build();
 * }</pre>
 */
public final class StageChain implements Stage {
    private final Set<Layer> given;
    private final List<Stage> stages;
    private final Set<Layer> assigns;

    private StageChain(Set<Layer> given, List<Stage> stages) {
        this.given = Collections.unmodifiableSet(copy(given));
        this.stages = List.copyOf(stages);
        EnumSet<Layer> added = EnumSet.noneOf(Layer.class);
        for (Stage s : this.stages) {
            added.addAll(s.assigns());
        }
        this.assigns = Collections.unmodifiableSet(added);
    }

    /** A builder of a chain whose documents come with {@code layers}. */
    public static Builder builder(Set<Layer> layers) {
        return new Builder(layers);
    }

    /** A builder of a chain whose documents come with {@code layers}; none for a chain that starts from the text. */
    public static Builder builder(Layer... layers) {
        return new Builder(layers.length == 0 ? Set.of() : EnumSet.of(layers[0], layers));
    }

    /** The layers a document must carry when it enters the chain. */
    public Set<Layer> given() {
        return given;
    }

    /** The stages, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The chain as a stage requires the layers it is given. */
    @Override
    public Set<Layer> requires() {
        return given;
    }

    /** The layers the stages add. */
    @Override
    public Set<Layer> assigns() {
        return assigns;
    }

    /**
     * Runs the stages in order.
     *
     * @throws IllegalStateException when the document lacks a layer the chain is given, or a stage
     *     failed to add a layer it declares (a bug in that stage)
     */
    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(given.toArray(Layer[]::new));
        AnnotatedDocument doc = document;
        for (Stage s : stages) {
            doc = s.apply(doc);
            if (!doc.layers().containsAll(s.assigns())) {
                EnumSet<Layer> missing = copy(s.assigns());
                missing.removeAll(doc.layers());
                throw new IllegalStateException("stage " + s.name() + " declares that it assigns " + missing
                        + " but returned article " + doc.article().id() + " without them");
            }
        }
        return doc;
    }

    @Override
    public String name() {
        return "chain" + stages.stream().map(Stage::name).toList();
    }

    private static EnumSet<Layer> copy(Set<Layer> layers) {
        return layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    }

    /** Stages added in the order they will run; {@link #build} checks the order. */
    public static final class Builder {
        private final Set<Layer> given;
        private final List<Stage> stages = new ArrayList<>();

        private Builder(Set<Layer> given) {
            this.given = copy(Objects.requireNonNull(given, "given"));
        }

        /** Adds a stage after those added before. */
        public Builder add(Stage stage) {
            stages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /**
         * The chain, once every stage's required layers are given or assigned before it and no layer
         * is assigned twice.
         *
         * @throws IllegalArgumentException naming the first stage in error, the layer, what is available
         *     at that point and the fix
         */
        public StageChain build() {
            Map<Layer, String> source = new EnumMap<>(Layer.class);
            for (Layer l : given) {
                source.put(l, "given");
            }
            for (int i = 0; i < stages.size(); i++) {
                Stage s = stages.get(i);
                for (Layer l : new java.util.TreeSet<>(s.requires())) {
                    if (!source.containsKey(l)) {
                        String later = laterAssigner(l, i);
                        throw new IllegalArgumentException("stage " + s.name() + " (number " + (i + 1)
                                + ") requires layer " + l + ", which no earlier stage assigns and the chain is not"
                                + " given; available there: " + source.keySet() + ". "
                                + (later.isEmpty() ? "Add a stage that assigns " + l + " before " + s.name()
                                        : "Move " + s.name() + " after " + later + ", which assigns " + l)
                                + (given.isEmpty() ? "" : ", or give the chain documents that carry it") + ".");
                    }
                }
                for (Layer l : new java.util.TreeSet<>(s.assigns())) {
                    String before = source.get(l);
                    if (before != null) {
                        throw new IllegalArgumentException("stage " + s.name() + " (number " + (i + 1)
                                + ") assigns layer " + l + ", which " + (before.equals("given")
                                        ? "the chain is given" : "stage " + before + " assigned before it")
                                + "; a layer has one author: remove one of them.");
                    }
                    source.put(l, s.name());
                }
            }
            return new StageChain(given, stages);
        }

        private String laterAssigner(Layer l, int after) {
            for (int k = after + 1; k < stages.size(); k++) {
                if (stages.get(k).assigns().contains(l)) {
                    return stages.get(k).name();
                }
            }
            return "";
        }
    }
}
